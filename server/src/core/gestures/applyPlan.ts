/**
 * A day's plan turned into text: the new times written into the slots that changed, and the
 * day's blocks in the plan's order when it changed.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Slot } from '../model/types';
import type { ParsedDocument } from '../parse';
import type { BlockPiece, DayRewrite } from './compose';
import type { Plan, PlanItem } from './dayPlan';
import { retime } from './retime';
import type { SlotBlock } from './slotBlocks';

export interface PlanEntry {
  item: PlanItem;
  /** The slot of this day it is (absent for a new slot, or one coming from another day). */
  slot?: Slot;
  /** Its block among this day's blocks. */
  block?: number;
  /** Its text when it is not one of this day's blocks, given its planned start. */
  text?: (start: number) => string;
}

export function planText(doc: ParsedDocument, blocks: SlotBlock[], entries: PlanEntry[], plan: Plan): { edits: TextEdit[]; rewrite?: DayRewrite } {
  const edits: TextEdit[] = [];
  entries.forEach((e, k) => {
    const start = plan.starts[k]!;
    if (e.slot && !e.text) edits.push(...retime(doc, e.slot, start, start + e.item.length));
  });
  const order: BlockPiece[] = plan.order.map((k) => {
    const e = entries[k]!;
    return e.text ? { text: e.text(plan.starts[k]!) } : { block: e.block! };
  });
  const same = order.length === blocks.length && order.every((p, i) => 'block' in p && p.block === i);
  return same ? { edits } : { edits, rewrite: { blocks, order } };
}

/** A slot's block from another place: its own edits applied, re-indented to `dashColumn`. */
export function movedBlockText(doc: ParsedDocument, block: SlotBlock, edits: TextEdit[], dashColumn: number): string {
  const inside = edits
    .map((e) => ({ start: doc.lines.offsetAt(e.range.start), end: doc.lines.offsetAt(e.range.end), text: e.newText }))
    .filter((e) => e.start >= block.start && e.end <= block.end)
    .sort((a, b) => a.start - b.start);
  let text = '';
  let at = block.start;
  for (const e of inside) {
    text += doc.text.slice(at, e.start) + e.text;
    at = e.end;
  }
  text += doc.text.slice(at, block.end);
  if (!/\n$/.test(text)) text += doc.text.includes('\r\n') ? '\r\n' : '\n';
  return reindent(text, dashColumn - block.dashColumn);
}

/** Adds or removes `by` spaces at the start of every line that has content. */
export function reindent(text: string, by: number): string {
  if (by === 0) return text;
  return text.replace(/^([ \t]*)(?=\S)/gm, (lead: string) => (by > 0 ? ' '.repeat(by) + lead : lead.slice(Math.min(-by, lead.length))));
}
