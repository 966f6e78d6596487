/**
 * `date-outside-phase` on a deliverable: sets its `due` to the end of the phase that lists
 * it, written as that end is (`2016-06` or `2016-06-15`). The diagnostic's `data` carries
 * the phase's end and the path of the `due`; the value is replaced in place, keeping its quotes.
 */
import { CodeActionKind } from 'vscode-languageserver-types';
import type { PathSegment } from '../parse';
import { replaceValue } from './edits';
import type { QuickFix } from './action';

export const moveDue: QuickFix = {
  codes: ['date-outside-phase'],
  provide(diagnostic, { uri, analysis, m }) {
    const data = diagnostic.data ?? {};
    if (data.kind !== 'deliverable' || typeof data.phaseEnd !== 'string' || analysis.doc.kind !== 'mission') return [];
    const path = data.path as PathSegment[] | undefined;
    if (!Array.isArray(path) || path[path.length - 1] !== 'due') return [];
    const edit = replaceValue(analysis.doc, path, data.phaseEnd);
    if (!edit) return [];
    return [{ title: m.actions.moveDue(data.phaseEnd), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } }];
  },
};
