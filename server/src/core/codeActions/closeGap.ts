/** `time-gap`: extend the previous slot to the next start, or insert a break in the gap. */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { formatClock } from '../time';
import type { QuickFix } from './action';
import { formatRange, insertItemAfter } from './edits';
import { slotAt } from './slotLookup';
import { retimeSlot } from './slotTimes';

export const closeGap: QuickFix = {
  codes: ['time-gap'],
  provide(diagnostic, { uri, analysis, m, style }) {
    const model = analysis.model;
    if (model?.kind !== 'programme') return [];
    const previous = slotAt(model, diagnostic.data?.previousPath);
    const from = Number(diagnostic.data?.previousEnd);
    const to = Number(diagnostic.data?.start);
    if (!previous || previous.start === undefined || !(to > from)) return [];
    const actions: CodeAction[] = [];
    const extend = retimeSlot(analysis.doc, previous, previous.start, to, style);
    if (extend.length && previous.end === from) {
      actions.push({ title: m.actions.extendPrevious(formatClock(to, style)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: extend } } });
    }
    const list = previous.path.slice(0, -1);
    const index = Number(previous.path[previous.path.length - 1]);
    // The new slot goes right after the previous one, as a sibling item.
    const insert = insertItemAfter(analysis.doc, list, index, [
      `- time: ${formatRange(from, to, style)}`,
      `  title: ${m.actions.breakTitle}`,
      '  type: break',
    ]);
    if (insert) {
      actions.push({
        title: m.actions.insertBreak(formatClock(from, style), formatClock(to, style)),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [insert] } },
      });
    }
    return actions;
  },
};
