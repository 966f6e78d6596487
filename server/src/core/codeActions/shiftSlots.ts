/**
 * `time-overlap`: start the slot when the previous one ends (keeping its length), or shift
 * it and every following slot of the day by the overlap.
 */
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver-types';
import { formatClock } from '../time';
import type { QuickFix } from './action';
import { followingSlots, slotAt } from './slotLookup';
import { retimeSlot } from './slotTimes';

export const shiftSlots: QuickFix = {
  codes: ['time-overlap'],
  provide(diagnostic, { uri, analysis, m, style }) {
    const model = analysis.model;
    if (model?.kind !== 'programme') return [];
    const slot = slotAt(model, diagnostic.data?.slotPath);
    const by = Number(diagnostic.data?.overlap);
    if (!slot || slot.start === undefined || slot.end === undefined || !(by > 0)) return [];
    const doc = analysis.doc;
    const one = retimeSlot(doc, slot, slot.start + by, slot.end + by, style);
    const all: TextEdit[] = [...one];
    for (const next of followingSlots(model, slot)) {
      if (next.start === undefined || next.end === undefined || !next.explicitStart) continue;
      all.push(...retimeSlot(doc, next, next.start + by, next.end + by, style));
    }
    const actions: CodeAction[] = [];
    if (one.length) {
      actions.push({
        title: m.actions.shift(formatClock(slot.start + by, style)),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: one } },
      });
    }
    if (all.length > one.length) {
      actions.push({
        title: m.actions.shiftAll(m.duration(by)),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: all } },
      });
    }
    return actions;
  },
};
