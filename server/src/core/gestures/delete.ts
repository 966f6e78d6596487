/**
 * `delete`: the slot's block goes, with the comments directly above it. The others keep
 * their times: in a day of explicit times a gap appears where the slot was (`time-gap`
 * reports it as information, and its quick fix closes it if the planner wants to), because
 * removing a talk must not move the lunch or the afternoon's visit behind the planner's
 * back. Slots written with a duration alone follow the one before them, as their text says.
 * The last slot of a day is not deleted (a day has an agenda).
 */
import { composeEdit } from './compose';
import { blocksOf, isRefused, planItems, refusalText, slotOf } from './context';
import { planDay } from './dayPlan';
import { planText } from './applyPlan';
import type { Gesture, GestureHandler } from './types';

type Delete = Extract<Gesture, { kind: 'delete' }>;

export const deleteSlot: GestureHandler<Delete> = (analysis, gesture, m) => {
  const found = slotOf(analysis, gesture.slot, m);
  if (isRefused(found)) return found;
  const { day, slot, pos } = found;
  if (day.slots.length === 1) return { refused: m.gestures.lastSlot };
  const items = planItems(day, m);
  if (isRefused(items)) return items;
  const blocks = blocksOf(analysis, day, m);
  if (isRefused(blocks)) return blocks;
  const left = items.filter((_, k) => k !== pos);
  const leftSlots = day.slots.filter((_, k) => k !== pos);
  const plan = planDay(left, { dayStart: day.start?.value, flow: true, subjectFollows: false });
  if ('reason' in plan) return { refused: refusalText(plan, (k) => leftSlots[k]!.title, (k) => left[k]!.proposed, m) };
  const { edits, rewrite } = planText(analysis.doc, blocks, left.map((item, k) => ({ item, slot: leftSlots[k]!, block: item.old })), plan);
  return { edits: composeEdit(analysis.doc, edits, rewrite ? [rewrite] : []), announce: m.gestures.deleted(slot.title) };
};
