/**
 * `time-overlap`: start the slot when the previous one ends (keeping its length, and pushing
 * the next slots only as far as needed so none overlaps), or shift it and every following
 * slot of the day by the overlap.
 */
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver-types';
import { formatClock, MINUTES_PER_DAY } from '../time';
import type { QuickFix } from './action';
import { pushFollowing } from './pushFollowing';
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
    const own = retimeSlot(doc, slot, slot.start + by, slot.end + by, style);
    const pushed = pushFollowing(doc, model, slot, slot.end + by, style);
    const one = pushed && [...own, ...pushed];
    // Every following slot moves; `retimeSlot` writes nothing for one that follows the
    // previous end (`duration` alone), and moves the end of one with `end` alone.
    const all: TextEdit[] = [...own];
    let pastMidnight = slot.end + by > MINUTES_PER_DAY;
    for (const next of followingSlots(model, slot)) {
      if (next.start === undefined || next.end === undefined) continue;
      pastMidnight ||= next.end + by > MINUTES_PER_DAY;
      all.push(...retimeSlot(doc, next, next.start + by, next.end + by, style));
    }
    const actions: CodeAction[] = [];
    if (own.length && one) {
      actions.push({
        title: m.actions.shift(formatClock(slot.start + by, style)),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: one } },
      });
    }
    if (!pastMidnight && all.length > (one?.length ?? 0)) {
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
