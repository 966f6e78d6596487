/**
 * `training-fields`: add every missing field of the training sheet as a skeleton after
 * `format`. Each placeholder is the words « À compléter » / "To be completed", never a value
 * that could pass for a real one: a `duration` placeholder is not a duration, so the schema
 * keeps it underlined until it is filled in, and its comment gives the agenda's content time.
 */
import { CodeActionKind } from 'vscode-languageserver-types';
import { contentMinutes } from '../features/programmeDurations';
import type { QuickFix } from './action';
import { insertLinesAfter } from './edits';

/** In the order they are added (the order of v1, then the rest of the sheet, FORMAT.md 7.3). */
const FIELDS = ['objectives', 'prerequisites', 'audience', 'evaluation', 'accessibility', 'duration', 'price', 'access', 'contact', 'methods'];
const LIST_FIELDS = new Set(['objectives', 'prerequisites', 'evaluation', 'methods']);

export const trainingSkeleton: QuickFix = {
  codes: ['training-fields'],
  provide(diagnostic, { uri, analysis, m }) {
    const data = analysis.doc.data as Record<string, unknown>;
    const missing = FIELDS.filter((f) => {
      const v = data?.[f];
      return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
    });
    // Fields present but empty are not re-added (the edit would duplicate the key).
    const absent = missing.filter((f) => !(f in (data ?? {})));
    if (!absent.length) return [];
    const model = analysis.model?.kind === 'programme' ? analysis.model : undefined;
    const content = model && contentMinutes(model);
    const lines = absent.flatMap((f) => {
      if (LIST_FIELDS.has(f)) return [`${f}:`, `  - ${m.actions.todo}`];
      if (f === 'duration' && content) return [`${f}: ${m.actions.todo} # ${m.ui.agendaHint(m.duration(content))}`];
      return [`${f}: ${m.actions.todo}`];
    });
    const edit = insertLinesAfter(analysis.doc, [], 'format', lines);
    if (!edit) return [];
    return [{ title: m.actions.addTrainingFields, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: [edit] } } }];
  },
};
