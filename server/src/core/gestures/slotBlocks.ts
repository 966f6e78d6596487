/**
 * Where each slot of a day is written: its block of whole lines, from the comment lines
 * directly above its `- ` (they belong to it) to its last line, with the comment lines
 * indented under it that follow (a note on the slot). What lies between two blocks (blank
 * lines, a comment separated by a blank line) belongs to the place, not to a slot: it stays
 * where it is when slots move, so moving a slot and moving it back gives the same text.
 */
import { isSeq, type Node } from 'yaml';
import type { Day } from '../model/types';
import { nodeAt, type ParsedDocument } from '../parse';

export interface SlotBlock {
  /** Offsets of the block: from the start of its first line to after its last line break. */
  start: number;
  end: number;
  /** The column of the item's `-`. */
  dashColumn: number;
}

/** The blocks of a day's slots, in order; undefined when its agenda is not a block list (`[…]` on one line). */
export function slotBlocks(doc: ParsedDocument, day: Day): SlotBlock[] | undefined {
  const list = nodeAt(doc.tree()?.contents, [...day.path, 'agenda']) as Node | undefined;
  if (!isSeq(list) || list.flow) return undefined;
  const text = doc.text;
  const blocks: SlotBlock[] = [];
  for (const item of list.items as Node[]) {
    const r = item?.range;
    if (!r) return undefined;
    // The dash: back over spaces and line breaks from the item's first character.
    let dash = r[0] - 1;
    while (dash >= 0 && /[ \t\r\n]/.test(text[dash]!)) dash--;
    if (text[dash] !== '-') return undefined;
    const dashLine = lineStart(text, dash);
    let start = dashLine;
    // Comment lines directly above belong to the slot.
    while (start > 0) {
      const above = lineStart(text, start - 1);
      if (!/^[ \t]*#/.test(text.slice(above, start))) break;
      start = above;
    }
    let end = lineEnd(text, contentEnd(text, r[1]));
    const dashColumn = dash - dashLine;
    // Comment lines indented under the slot that follow it are its notes.
    while (end < text.length) {
      const next = lineEnd(text, end);
      const line = text.slice(end, next);
      const m = /^([ \t]*)#/.exec(line);
      if (!m || m[1]!.length <= dashColumn) break;
      end = next;
    }
    const previous = blocks[blocks.length - 1];
    if (previous && start < previous.end) start = previous.end;
    blocks.push({ start, end, dashColumn });
  }
  return blocks;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** After the line break ending the line of `offset` (or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The last character of content at or before `offset` (trailing spaces and line breaks skipped). */
function contentEnd(text: string, offset: number): number {
  let o = Math.min(offset, text.length);
  while (o > 0 && /\s/.test(text[o - 1]!)) o--;
  return Math.max(0, o - 1);
}
