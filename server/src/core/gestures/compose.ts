/**
 * Puts a gesture's changes together into one text edit: value edits inside slot blocks,
 * and days whose blocks are written in a new order (a block moved, removed, added). The
 * whole new text is built, then the edit is the smallest run of whole lines that differs,
 * so every untouched line stays byte for byte and undo reverts the gesture in one step.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';
import type { SlotBlock } from './slotBlocks';

/** A block in a day's new order: an existing block (by index in the day's blocks), or new text. */
export type BlockPiece = { block: number } | { text: string };

export interface DayRewrite {
  blocks: SlotBlock[];
  order: BlockPiece[];
}

interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit that makes the value edits and rewrites the days (each day: its blocks in the
 * new order, the separators between blocks staying at their places). Undefined when
 * nothing changes.
 */
export function composeEdit(doc: ParsedDocument, valueEdits: TextEdit[], days: DayRewrite[]): TextEdit[] {
  // A last line without a line break is given one while blocks are moved, and loses it after.
  const addedBreak = !/\n$/.test(doc.text) && days.length > 0;
  const original = addedBreak ? `${doc.text}\n` : doc.text;
  const edits: OffsetEdit[] = valueEdits.map((e) => ({ start: doc.lines.offsetAt(e.range.start), end: doc.lines.offsetAt(e.range.end), text: e.newText }));
  const apply = (from: number, to: number) => applyInside(original, from, to, edits);

  const regions = days
    .filter((d) => d.blocks.length > 0)
    .map((d) => {
      const { blocks, order } = d;
      const parts: string[] = [];
      // Separators keep their places: the one before the k-th block of the new order is the
      // k-th separator of the old one (the last one repeated when the day gains a block).
      const separators = blocks.slice(1).map((b, i) => original.slice(blocks[i]!.end, b.start));
      order.forEach((piece, k) => {
        if (k > 0) parts.push(separators[Math.min(k - 1, separators.length - 1)] ?? '');
        parts.push('block' in piece ? apply(blocks[piece.block]!.start, blocks[piece.block]!.end) : piece.text);
      });
      return { start: blocks[0]!.start, end: blocks[blocks.length - 1]!.end, text: parts.join('') };
    })
    .sort((a, b) => a.start - b.start);

  let next = '';
  let at = 0;
  for (const r of regions) {
    next += apply(at, r.start) + r.text;
    at = r.end;
  }
  next += apply(at, original.length);
  if (addedBreak && next.endsWith('\n')) next = next.slice(0, -1);
  return lineDiff(doc, next);
}

/** The text from `from` to `to` with the edits that fall inside it applied. */
function applyInside(text: string, from: number, to: number, edits: OffsetEdit[]): string {
  const inside = edits.filter((e) => e.start >= from && e.end <= to).sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  for (const e of inside) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, to);
}

/** The one edit of whole lines from the document's text to `next` (none when equal). */
export function lineDiff(doc: ParsedDocument, next: string): TextEdit[] {
  const old = doc.text;
  if (old === next) return [];
  let prefix = 0;
  const max = Math.min(old.length, next.length);
  while (prefix < max && old.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && old[prefix - 1] !== '\n') prefix--;
  let suffix = 0;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  while (suffix > 0 && old[old.length - suffix - 1] !== '\n') suffix--;
  const range = { start: doc.lines.positionAt(prefix), end: doc.lines.positionAt(old.length - suffix) };
  return [{ range, newText: next.slice(prefix, next.length - suffix) }];
}
