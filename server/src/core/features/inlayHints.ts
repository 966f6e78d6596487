/**
 * Inlay hints: the computed start and end of slots that give only a duration, the length
 * of each range, and each day's total (content time and pause time) at its header; after a
 * programme's `duration` and a slot's `steps`, what programmeHints.ts computes; in a
 * mission, the weekday of each milestone written as a date.
 */
import { InlayHintKind, type InlayHint, type Position, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import { timeKind } from '../model/dayTime';
import { messagesFor } from '../messages';
import { nodeAt, valueRangeAt } from '../parse';
import { formatClock, type TimeStyle } from '../time';
import type { Language } from '../types';
import { isFullDate, weekday } from './missionWords';
import { declaredDurationHint, stepsHint } from './programmeHints';

export function inlayHints(analysis: Analysis, range: Range, language: Language, style: TimeStyle): InlayHint[] {
  const { doc, model } = analysis;
  if (!model) return [];
  const m = messagesFor(language);
  const hints: InlayHint[] = [];
  const inRange = (line: number) => line >= range.start.line && line <= range.end.line;
  const push = (position: Position, label: string) => {
    if (inRange(position.line)) hints.push({ position, label: ` ${label}`, kind: InlayHintKind.Type, paddingLeft: true });
  };
  const at = (path: (string | number)[], label: string) => {
    if (nodeAt(doc.tree()?.contents, path)) push(valueRangeAt(doc, path).end, label);
  };
  if (model.kind === 'mission') {
    // A milestone's weekday after its date (a month has none).
    for (const milestone of model.milestones) if (isFullDate(milestone)) at([...milestone.path, 'date'], weekday(milestone.first!, language));
    return hints;
  }
  declaredDurationHint(analysis, model, m, push);
  for (const day of model.days) {
    let content = 0;
    let pauses = 0;
    for (const slot of day.slots) {
      if (slot.start === undefined || slot.end === undefined) continue;
      const length = slot.end - slot.start;
      const kind = timeKind(slot);
      if (kind === 'pause') pauses += length;
      else if (kind === 'content') content += length;
      const raw = nodeAt(doc.tree()?.contents, slot.path);
      const has = (key: string) => nodeAt(raw, [key]) !== undefined;
      const span = `${formatClock(slot.start, style)}–${formatClock(slot.end, style)}`;
      if (has('time')) at([...slot.path, 'time'], m.duration(length));
      else if (has('start') && has('end')) at([...slot.path, 'end'], m.duration(length));
      else if (has('duration')) at([...slot.path, 'duration'], has('start') ? `→ ${formatClock(slot.end, style)}` : span);
      else if (has('start')) at([...slot.path, 'start'], span);
    }
    for (const slot of day.slots) stepsHint(analysis, slot, m, push);
    if (content + pauses > 0) {
      const header = day.datePath ?? (day.path.length ? [...day.path, 'agenda'] : ['agenda']);
      at(header, m.ui.dayTotal(m.duration(content), pauses ? m.duration(pauses) : undefined));
    }
  }
  return hints;
}
