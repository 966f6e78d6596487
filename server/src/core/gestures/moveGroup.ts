/**
 * `moveGroup`: a group dragged from one track of a slot to another. Its id leaves the first
 * track's `groups` and joins the end of the second's, each list keeping its style (`[g1, g2]`
 * on one line, or one `- g1` a line); a track without `groups` gets one under its title.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { isSeq, type Node } from 'yaml';
import { insertItemAfter, insertLinesAfter } from '../codeActions/edits';
import { nodeAt, type ParsedDocument, type PathSegment } from '../parse';
import { isRefused, slotOf } from './context';
import type { Gesture, GestureHandler } from './types';

type MoveGroup = Extract<Gesture, { kind: 'moveGroup' }>;

export const moveGroup: GestureHandler<MoveGroup> = (analysis, gesture, m) => {
  const found = slotOf(analysis, gesture.slot, m);
  if (isRefused(found)) return found;
  const { slot } = found;
  const from = slot.tracks[gesture.fromTrack];
  const to = slot.tracks[gesture.toTrack];
  if (!from || !to || !Number.isInteger(gesture.fromTrack) || !Number.isInteger(gesture.toTrack)) return { refused: m.gestures.noTrack };
  const trackName = to.title ?? m.gestures.trackName(gesture.toTrack + 1);
  const announce = m.gestures.groupMoved(gesture.group, trackName);
  if (gesture.fromTrack === gesture.toTrack) return { edits: [], announce };
  const doc = analysis.doc;
  const source = nodeAt(doc.tree()?.contents, [...from.path, 'groups']) as Node | undefined;
  const index = isSeq(source) ? source.items.findIndex((item) => (item as { value?: unknown }).value === gesture.group) : -1;
  if (!isSeq(source) || index < 0) return { refused: m.gestures.noGroup(gesture.group) };
  if (source.items.length === 1) return { refused: m.gestures.lastGroup(gesture.group) };
  const removal = removeItem(doc, source, index);
  const addition = appendGroup(doc, to.path, gesture.group);
  if (!removal || !addition) return { refused: m.gestures.flowSlot };
  return { edits: [removal, addition], announce };
};

function itemText(doc: ParsedDocument, item: unknown): string {
  const r = (item as Node).range!;
  return doc.text.slice(r[0], r[1]);
}

/** The list without item `index`: a one-line list rewritten, a block list losing its line. */
function removeItem(doc: ParsedDocument, list: Node & { items: unknown[]; flow?: boolean }, index: number): TextEdit | undefined {
  const r = list.range!;
  if (list.flow) {
    const rest = list.items.filter((_, i) => i !== index).map((item) => itemText(doc, item));
    return { range: { start: doc.lines.positionAt(r[0]), end: doc.lines.positionAt(r[1]) }, newText: `[${rest.join(', ')}]` };
  }
  const line = doc.lines.positionAt((list.items[index] as Node).range![0]).line;
  return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
}

function appendGroup(doc: ParsedDocument, trackPath: PathSegment[], group: string): TextEdit | undefined {
  const list = nodeAt(doc.tree()?.contents, [...trackPath, 'groups']) as Node | undefined;
  if (isSeq(list) && list.flow) {
    const items = [...list.items.map((item) => itemText(doc, item)), group];
    const r = list.range!;
    return { range: { start: doc.lines.positionAt(r[0]), end: doc.lines.positionAt(r[1]) }, newText: `[${items.join(', ')}]` };
  }
  if (isSeq(list) && list.items.length > 0) return insertItemAfter(doc, [...trackPath, 'groups'], list.items.length - 1, [`- ${group}`]);
  if (list !== undefined && list !== null) return undefined;
  return insertLinesAfter(doc, trackPath, 'title', [`groups: [${group}]`]);
}
