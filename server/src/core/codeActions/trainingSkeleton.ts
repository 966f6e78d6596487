/** `training-fields`: add every missing mandatory field as a skeleton after `format`. */
import { CodeActionKind } from 'vscode-languageserver-types';
import type { QuickFix } from './action';
import { contentMinutes } from '../model/dayTime';
import { insertLinesAfter } from './edits';

const LIST_FIELDS = new Set(['objectives', 'prerequisites', 'evaluation', 'methods']);
/** The v1 fields, then the rest of the training sheet (FORMAT.md 7.4). */
const FIELDS = ['objectives', 'prerequisites', 'audience', 'evaluation', 'accessibility', 'duration', 'price', 'access', 'contact', 'methods'];
/** A duration needs a valid value: the agenda's content time, or one usual training day when there is none yet. */
const TRAINING_DAY_MINUTES = 7 * 60;

/** `6h`, `5h45`, `45min`: minutes as a duration of the format. */
function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes}min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)}h${rest ? String(rest).padStart(2, '0') : ''}`;
}

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
    const duration = durationText((model && contentMinutes(model)) || TRAINING_DAY_MINUTES);
    const lines = absent.flatMap((f) =>
      f === 'duration' ? [`duration: ${duration}`] : LIST_FIELDS.has(f) ? [`${f}:`, `  - ${m.actions.todo}`] : [`${f}: ${m.actions.todo}`],
    );
    const edit = insertLinesAfter(analysis.doc, [], 'format', lines);
    if (!edit) return [];
    return [{ title: m.actions.addTrainingFields, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: [edit] } } }];
  },
};
