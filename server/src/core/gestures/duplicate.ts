/**
 * `duplicate`: a copy of the slot right after it, starting when it ends; the slots after
 * shift like an insert. The copy has no `id` (ids are unique; nothing refers to the copy)
 * and not the comment lines above the original (they are about the original).
 */
import { isMap, type Node } from 'yaml';
import { nodeAt } from '../parse';
import { movedBlockText } from './applyPlan';
import { isRefused, slotOf } from './context';
import { retime } from './retime';
import { addSlot } from './newSlot';
import { slotBlocks } from './slotBlocks';
import type { Gesture, GestureHandler } from './types';

type Duplicate = Extract<Gesture, { kind: 'duplicate' }>;

export const duplicate: GestureHandler<Duplicate> = (analysis, gesture, m) => {
  const found = slotOf(analysis, gesture.slot, m);
  if (isRefused(found)) return found;
  const { day, slot, pos } = found;
  if (slot.start === undefined || slot.end === undefined) return { refused: m.gestures.unknownTimes(m.gestures.dayName(day.index + 1)) };
  const doc = analysis.doc;
  const block = slotBlocks(doc, day)?.[pos];
  if (!block) return { refused: m.gestures.flowAgenda };
  // The block from its dash line (not the comments above it).
  let start = block.start;
  while (/^[ \t]*#/.test(doc.text.slice(start, doc.text.indexOf('\n', start) + 1 || undefined))) start = doc.text.indexOf('\n', start) + 1;
  const idEdit = idRemoval(doc, slot.path);
  const length = slot.end - slot.start;
  const added = addSlot(
    analysis,
    day,
    pos + 1,
    {
      length,
      explicit: slot.explicitStart,
      title: slot.title,
      text: (at, dash) => movedBlockText(doc, { ...block, start }, [...retime(doc, slot, at, at + length), ...(idEdit ? [idEdit] : [])], dash),
    },
    m,
  );
  if (isRefused(added)) return added;
  return { edits: added.edits, announce: m.gestures.duplicated(slot.title, m.gestures.clock(added.start)) };
};

/** The edit removing a slot's `id` pair: from its key to the next key (or its whole line when last). */
function idRemoval(doc: Parameters<GestureHandler<Duplicate>>[0]['doc'], path: (string | number)[]) {
  const map = nodeAt(doc.tree()?.contents, path) as Node | undefined;
  if (!isMap(map) || map.flow) return undefined;
  const i = map.items.findIndex((p) => (p.key as { value?: unknown } | null)?.value === 'id');
  if (i < 0) return undefined;
  const key = map.items[i]!.key as Node;
  const next = map.items[i + 1]?.key as Node | undefined;
  const from = key.range![0];
  if (next?.range) return { range: { start: doc.lines.positionAt(from), end: doc.lines.positionAt(next.range[0]) }, newText: '' };
  const line = doc.lines.positionAt(from).line;
  return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
}
