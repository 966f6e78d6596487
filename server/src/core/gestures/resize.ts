/**
 * `resize`: a slot's lower edge dragged to a new length (5-minute steps, at least 5 minutes).
 * Its end moves; the slots after it shift by the difference up to the next pinned slot, and
 * the gesture is refused when they would run into it or past midnight. With `alone` (Alt)
 * only this slot changes: the slots after it that name their start keep it, even if that
 * makes an overlap (the one diagnostic a gesture may add); slots written with a duration
 * alone still follow it, since their text says so.
 */
import { composeEdit } from './compose';
import { blocksOf, isRefused, planItems, refusalText, shiftUntilPinned, slotOf } from './context';
import { planDay } from './dayPlan';
import { planText } from './applyPlan';
import type { Gesture, GestureHandler } from './types';

type Resize = Extract<Gesture, { kind: 'resize' }>;

export const resize: GestureHandler<Resize> = (analysis, gesture, m) => {
  const found = slotOf(analysis, gesture.slot, m);
  if (isRefused(found)) return found;
  const { day, slot, pos } = found;
  const minutes = gesture.minutes;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 5) return { refused: m.gestures.tooShort };
  if (minutes % 5 !== 0) return { refused: m.gestures.fiveMinutes };
  const items = planItems(day, m);
  if (isRefused(items)) return items;
  const blocks = blocksOf(analysis, day, m);
  if (isRefused(blocks)) return blocks;
  const subject = items[pos]!;
  const by = minutes - subject.length;
  if (by === 0) return { edits: [], announce: m.gestures.resized(slot.title, minutes, true) };
  subject.length = minutes;
  subject.subject = true;
  // A pinned slot being resized keeps its start (pinned is about when it happens).
  subject.pinned = false;
  if (!gesture.alone) shiftUntilPinned(items, pos + 1, by);
  const plan = planDay(items, { dayStart: day.start?.value, flow: false, alone: gesture.alone === true, subjectFollows: false });
  if ('reason' in plan) return { refused: refusalText(plan, (k) => day.slots[k]!.title, (k) => items[k]!.proposed, m) };
  const { edits, rewrite } = planText(analysis.doc, blocks, items.map((item, k) => ({ item, slot: day.slots[k]!, block: k })), plan);
  return { edits: composeEdit(analysis.doc, edits, rewrite ? [rewrite] : []), announce: m.gestures.resized(slot.title, minutes, by > 0) };
};
