/**
 * The last check of every gesture: the document after the edit is checked like any other,
 * and a gesture that would add a problem that was not there is refused with that problem's
 * message. Two are let through: a gap between slots (`time-gap`, information: deleting a
 * slot in a day of explicit times leaves one on purpose) and, for a resize with Alt, the
 * overlap the user asked for.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceText } from '../languageService';
import type { Messages } from '../messages';
import type { DerouleDiagnostic, RuleCode } from '../types';
import type { Gesture, GestureOutcome } from './types';

export interface GuardHost {
  /** The diagnostics of a text checked alone. */
  check(doc: SourceText): DerouleDiagnostic[];
  /** Drops what was cached for a text checked on the side. */
  forget(uri: string): void;
}

export function guardOutcome(host: GuardHost, doc: SourceText, gesture: Gesture, outcome: GestureOutcome, m: Messages): GestureOutcome {
  if ('refused' in outcome || outcome.edits.length === 0) return outcome;
  const after = TextDocument.applyEdits(TextDocument.create(doc.uri, 'yaml', 0, doc.text), outcome.edits);
  // Checked under a name of its own, so the open document's cached analysis stays its own.
  const side = `${doc.uri}#gesture`;
  const before = host.check(doc);
  let next: DerouleDiagnostic[];
  try {
    next = host.check({ uri: side, text: after, kind: doc.kind ?? 'programme' });
  } finally {
    host.forget(side);
  }
  const allowed = new Set<RuleCode>(['time-gap']);
  if (gesture.kind === 'resize' && gesture.alone) allowed.add('time-overlap');
  const count = new Map<string, number>();
  for (const d of before) count.set(d.code, (count.get(d.code) ?? 0) + 1);
  for (const d of next) {
    const left = count.get(d.code) ?? 0;
    if (left > 0) count.set(d.code, left - 1);
    else if (!allowed.has(d.code)) return { refused: m.gestures.wouldCreate(d.message) };
  }
  return outcome;
}
