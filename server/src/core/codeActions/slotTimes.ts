/** Rewrites a slot's time to new start/end minutes in the notation it already uses. */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Slot } from '../model/types';
import { nodeAt, type ParsedDocument } from '../parse';
import { formatClock, type TimeStyle } from '../time';
import { formatRange, replaceValue, styleOf } from './edits';

export function retimeSlot(doc: ParsedDocument, slot: Slot, start: number, end: number, fallback: TimeStyle): TextEdit[] {
  const raw = (nodeAt(doc.tree()?.contents, slot.path) as unknown as { toJSON(): Record<string, unknown> } | undefined)?.toJSON?.() ?? {};
  const text = (key: string) => (raw[key] === undefined ? undefined : String(raw[key]));
  const edits: (TextEdit | undefined)[] = [];
  if (text('time') !== undefined) {
    edits.push(replaceValue(doc, [...slot.path, 'time'], formatRange(start, end, styleOf(text('time'), fallback), text('time'))));
  } else {
    if (text('start') !== undefined && start !== slot.start) {
      edits.push(replaceValue(doc, [...slot.path, 'start'], formatClock(start, styleOf(text('start'), fallback))));
    }
    if (text('end') !== undefined && end !== slot.end) {
      edits.push(replaceValue(doc, [...slot.path, 'end'], formatClock(end, styleOf(text('end'), fallback))));
    } else if (text('duration') !== undefined && end - start !== (slot.end ?? 0) - (slot.start ?? 0)) {
      edits.push(replaceValue(doc, [...slot.path, 'duration'], formatDurationLike(end - start, raw.duration)));
    }
  }
  return edits.filter((e): e is TextEdit => e !== undefined);
}

/** A duration written like `original`: a number stays a number, `1h30` stays in hours. */
export function formatDurationLike(minutes: number, original: unknown): string {
  if (typeof original === 'number') return String(minutes);
  const text = String(original ?? '');
  if (/^PT/.test(text)) return `PT${Math.floor(minutes / 60) ? `${Math.floor(minutes / 60)}H` : ''}${minutes % 60 ? `${minutes % 60}M` : ''}`;
  if (/[hH]/.test(text) || minutes >= 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return h === 0 ? `${m}min` : `${h}h${m ? String(m).padStart(2, '0') : ''}`;
  }
  return `${minutes}min`;
}
