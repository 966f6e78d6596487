/**
 * A slot's new start and end written in the keys it already has: a `time` range is rewritten
 * in its own style; `start` moves; `end` moves when the end changes; `duration` changes when
 * the length does. A slot written with `duration` alone follows the previous one and needs
 * no edit to move (its place in the list is its time).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { replaceValue } from '../codeActions/edits';
import type { Slot } from '../model/types';
import { nodeAt, type ParsedDocument } from '../parse';
import { clockLike, durationLike, rangeLike } from './timeText';

/** The slot's time keys as written (undefined when absent). */
export function timeKeys(doc: ParsedDocument, slot: Slot): { time?: string; start?: string; end?: string; duration?: unknown } {
  const node = nodeAt(doc.tree()?.contents, slot.path) as unknown as { toJSON?(): Record<string, unknown> } | undefined;
  const raw = node?.toJSON?.() ?? {};
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
  return { time: text('time'), start: text('start'), end: text('end'), duration: raw.duration };
}

export function retime(doc: ParsedDocument, slot: Slot, start: number, end: number): TextEdit[] {
  const keys = timeKeys(doc, slot);
  const edits: (TextEdit | undefined)[] = [];
  const oldStart = slot.start ?? start;
  const oldEnd = slot.end ?? end;
  if (keys.time !== undefined) {
    if (start !== oldStart || end !== oldEnd) edits.push(replaceValue(doc, [...slot.path, 'time'], rangeLike(start, end, keys.time)));
  } else {
    if (keys.start !== undefined && start !== oldStart) edits.push(replaceValue(doc, [...slot.path, 'start'], clockLike(start, keys.start)));
    if (keys.end !== undefined && end !== oldEnd) edits.push(replaceValue(doc, [...slot.path, 'end'], clockLike(end, keys.end)));
    else if (keys.duration !== undefined && keys.end === undefined && end - start !== oldEnd - oldStart) {
      edits.push(replaceValue(doc, [...slot.path, 'duration'], durationLike(end - start, keys.duration)));
    }
  }
  return edits.filter((e): e is TextEdit => e !== undefined);
}
