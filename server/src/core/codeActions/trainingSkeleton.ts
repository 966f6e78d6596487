/** `training-fields`: add every missing mandatory field as a skeleton after `format`. */
import { CodeActionKind } from 'vscode-languageserver-types';
import type { QuickFix } from './action';
import { insertLinesAfter } from './edits';

const LIST_FIELDS = new Set(['objectives', 'prerequisites', 'evaluation']);

export const trainingSkeleton: QuickFix = {
  codes: ['training-fields'],
  provide(diagnostic, { uri, analysis, m }) {
    const data = analysis.doc.data as Record<string, unknown>;
    const missing = ['objectives', 'prerequisites', 'audience', 'evaluation', 'accessibility'].filter((f) => {
      const v = data?.[f];
      return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
    });
    // Fields present but empty are not re-added (the edit would duplicate the key).
    const absent = missing.filter((f) => !(f in (data ?? {})));
    if (!absent.length) return [];
    const lines = absent.flatMap((f) => (LIST_FIELDS.has(f) ? [`${f}:`, `  - ${m.actions.todo}`] : [`${f}: ${m.actions.todo}`]));
    const edit = insertLinesAfter(analysis.doc, [], 'format', lines);
    if (!edit) return [];
    return [{ title: m.actions.addTrainingFields, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: [edit] } } }];
  },
};
