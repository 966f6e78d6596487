/**
 * `per-group`: make the slot last `per_group` × groups, keeping its start. The slots after
 * it are pushed as far as needed, so a longer restitution never overlaps the next slot.
 */
import { CodeActionKind } from 'vscode-languageserver-types';
import type { QuickFix } from './action';
import { pushFollowing } from './pushFollowing';
import { slotAt } from './slotLookup';
import { retimeSlot } from './slotTimes';

export const resizeRestitution: QuickFix = {
  codes: ['per-group'],
  provide(diagnostic, { uri, analysis, m, style }) {
    const model = analysis.model;
    if (model?.kind !== 'programme') return [];
    const slot = slotAt(model, diagnostic.data?.slotPath);
    const needed = Number(diagnostic.data?.needed);
    if (!slot || slot.start === undefined || !(needed > 0)) return [];
    const edits = retimeSlot(analysis.doc, slot, slot.start, slot.start + needed, style);
    const pushed = pushFollowing(analysis.doc, model, slot, slot.start + needed, style);
    if (!edits.length || !pushed) return [];
    return [{ title: m.actions.resize(m.duration(needed)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: [...edits, ...pushed] } } }];
  },
};
