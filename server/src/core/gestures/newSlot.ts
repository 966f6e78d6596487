/**
 * A slot added to a day (insert, duplicate): where it starts, the following slots shifted
 * by its length up to the next pinned one (a slot pushed into a pinned one goes after it),
 * and its block written at its place with the time keys its neighbours use.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Messages } from '../messages';
import type { Analysis } from '../languageService';
import type { Day } from '../model/types';
import { composeEdit } from './compose';
import { blocksOf, isRefused, planItems, refusalText, shiftUntilPinned, type Refused } from './context';
import { planDay, type PlanItem } from './dayPlan';
import { planText, type PlanEntry } from './applyPlan';

export interface NewSlot {
  length: number;
  /** It names its start (its block has `time` or `start`). */
  explicit: boolean;
  title: string;
  /** Its block's text for a start, at the day's indentation (`dashColumn`). */
  text(start: number, dashColumn: number): string;
}

export function addSlot(analysis: Analysis, day: Day, at: number, slot: NewSlot, m: Messages): { edits: TextEdit[]; start: number } | Refused {
  const items = planItems(day, m);
  if (isRefused(items)) return items;
  const blocks = blocksOf(analysis, day, m);
  if (isRefused(blocks)) return blocks;
  if (blocks.length === 0) return { refused: m.gestures.noPlace };
  const added: PlanItem = { old: -1, length: slot.length, pinned: false, explicit: slot.explicit, proposed: items[at]?.before ?? 0, subject: true };
  const topStart = items[0]?.before ?? day.start?.value;
  shiftUntilPinned(items, at, slot.length);
  const all = [...items.slice(0, at), added, ...items.slice(at)];
  const plan = planDay(all, { dayStart: day.start?.value, topStart, flow: true, subjectFollows: true });
  const slots = [...day.slots.slice(0, at), undefined, ...day.slots.slice(at)];
  if ('reason' in plan) return { refused: refusalText(plan, (k) => slots[k]?.title ?? slot.title, (k) => all[k]!.proposed, m) };
  const dash = blocks[0]!.dashColumn;
  const entries: PlanEntry[] = all.map((item, k) => (slots[k] ? { item, slot: slots[k], block: item.old } : { item, text: (start) => slot.text(start, dash) }));
  const { edits, rewrite } = planText(analysis.doc, blocks, entries, plan);
  return { edits: composeEdit(analysis.doc, edits, rewrite ? [rewrite] : []), start: plan.starts[at]! };
}
