/**
 * Inlay hints of a programme's v2 keys (FORMAT.md 7.3): after its declared `duration`, the
 * agenda's content time when they differ (« agenda : 6 h 30 »); after a slot's `steps`,
 * the steps' total against the slot (« étapes : 35 min / 30 min »).
 */
import type { Position } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import type { Messages } from '../messages';
import type { ProgrammeModel, Slot } from '../model/types';
import { keyRangeAt, nodeAt, valueRangeAt } from '../parse';
import { contentMinutes } from '../model/dayTime';
import { stepsTotal } from './programmeDurations';

type Push = (position: Position, label: string) => void;

export function declaredDurationHint(analysis: Analysis, model: ProgrammeModel, m: Messages, push: Push): void {
  if (!model.duration) return;
  const content = contentMinutes(model);
  if (content === undefined || content === model.duration.value) return;
  push(valueRangeAt(analysis.doc, model.duration.path).end, m.ui.agendaHint(m.duration(content)));
}

/**
 * After the `steps:` key: after the list when it is written on the key's line
 * (`steps: [a, b]`), else right after the colon (the steps follow, one per line).
 */
export function stepsHint(analysis: Analysis, slot: Slot, m: Messages, push: Push): void {
  const steps = stepsTotal(slot);
  if (!steps) return;
  const { doc } = analysis;
  if (!nodeAt(doc.tree()?.contents, [...slot.path, 'steps'])) return;
  const key = keyRangeAt(doc, slot.path, 'steps');
  if (!key) return;
  const value = valueRangeAt(doc, [...slot.path, 'steps']);
  let position = value.start.line === key.end.line && value.end.line === key.end.line ? value.end : key.end;
  if (position === key.end && doc.text[doc.lines.offsetAt(key.end)] === ':') position = { line: key.end.line, character: key.end.character + 1 };
  push(position, m.ui.stepsHint(m.duration(steps.total), steps.slot === undefined ? undefined : m.duration(steps.slot)));
}
