/**
 * `move`: a slot dragged to another place of its day or of another day. Its block moves with
 * its comments; it starts when the slot before its new place ends (at the top of a day: when
 * the day's first slot started); it keeps its length. Where it leaves, the slots after it move
 * up by its length; where it arrives, the slots after it move down by its length; both stop at
 * a pinned slot, which keeps its time (a slot pushed into it goes after it). Refused, with
 * nothing changed, when something would end after midnight, the slot itself would overlap a
 * pinned one, or a day would start with a slot that has no start time.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { retime } from './retime';
import { composeEdit, type DayRewrite } from './compose';
import { blocksOf, dayLabel, isRefused, placeDay, planItems, refusalText, shiftUntilPinned, slotOf } from './context';
import { planDay, type PlanItem } from './dayPlan';
import { movedBlockText, planText, type PlanEntry } from './applyPlan';
import type { Gesture, GestureHandler } from './types';

type Move = Extract<Gesture, { kind: 'move' }>;

export const move: GestureHandler<Move> = (analysis, gesture, m) => {
  const found = slotOf(analysis, gesture.slot, m);
  if (isRefused(found)) return found;
  const { model, day, slot, pos } = found;
  const target = placeDay(model, gesture.to);
  if (!target || target.slots.length === 0) return { refused: m.gestures.noPlace };
  if (target !== day && day.slots.length === 1) return { refused: m.gestures.lastSlot };
  const doc = analysis.doc;
  const sameDay = target === day;
  const to = gesture.to.index;
  const at = sameDay && to > pos ? to - 1 : to;
  if (sameDay && at === pos) return { edits: [], announce: m.gestures.moved(slot.title, m.gestures.clock(slot.start ?? 0)) };

  const sourceItems = planItems(day, m);
  const targetItems = planItems(target, m);
  const sourceBlocks = blocksOf(analysis, day, m);
  const targetBlocks = blocksOf(analysis, target, m);
  for (const x of [sourceItems, targetItems, sourceBlocks, targetBlocks]) if (isRefused(x)) return x;
  const src = sourceItems as PlanItem[];
  const moving = { ...src[pos]!, subject: true };
  const length = moving.length;
  const slots = (d: typeof day) => d.slots;

  // Where it leaves: the slots after it move up by its length (to the next pinned one).
  const left = src.filter((_, k) => k !== pos);
  const leftSlots = slots(day).filter((_, k) => k !== pos);
  shiftUntilPinned(left, pos, -length);
  // Where it arrives (the same list when it stays in its day).
  const arriving = sameDay ? left : (targetItems as PlanItem[]);
  const arrivingSlots = sameDay ? leftSlots : slots(target);
  const topStart = arriving[0]?.before ?? target.start?.value;
  shiftUntilPinned(arriving, at, length);
  const items = [...arriving.slice(0, at), moving, ...arriving.slice(at)];
  const itemSlots = [...arrivingSlots.slice(0, at), slot, ...arrivingSlots.slice(at)];

  const plan = planDay(items, { dayStart: target.start?.value, topStart, flow: true, subjectFollows: true });
  const titleOf = (k: number) => itemSlots[k]!.title;
  if ('reason' in plan) return { refused: refusalText(plan, titleOf, (k) => items[k]!.proposed, m) };

  const edits: TextEdit[] = [];
  const rewrites: DayRewrite[] = [];
  const tBlocks = targetBlocks as Exclude<typeof targetBlocks, { refused: string }>;
  const sBlocks = sourceBlocks as Exclude<typeof sourceBlocks, { refused: string }>;
  const newStart = plan.starts[at]!;
  const entries: PlanEntry[] = items.map((item, k) => {
    const s = itemSlots[k]!;
    if (sameDay || s !== slot) return { item, slot: s, block: item.old };
    // From another day: its block comes as text, retimed, at the indentation of its new day.
    return { item, slot: s, text: (start) => movedBlockText(doc, sBlocks[pos]!, retime(doc, slot, start, start + length), tBlocks[0]!.dashColumn) };
  });
  const arrived = planText(doc, tBlocks, entries, plan);
  edits.push(...arrived.edits);
  if (arrived.rewrite) rewrites.push(arrived.rewrite);

  if (!sameDay) {
    const leftPlan = planDay(left, { dayStart: day.start?.value, flow: true, subjectFollows: true });
    if ('reason' in leftPlan) return { refused: refusalText(leftPlan, (k) => leftSlots[k]!.title, (k) => left[k]!.proposed, m) };
    const departed = planText(doc, sBlocks, left.map((item, k) => ({ item, slot: leftSlots[k]!, block: item.old })), leftPlan);
    edits.push(...departed.edits);
    rewrites.push(departed.rewrite ?? { blocks: sBlocks, order: leftPlan.order.map((k) => ({ block: left[k]!.old })) });
  }
  const clock = m.gestures.clock(newStart);
  return {
    edits: composeEdit(doc, edits, rewrites),
    announce: sameDay ? m.gestures.moved(slot.title, clock) : m.gestures.movedToDay(slot.title, clock, dayLabel(target, m)),
  };
};
