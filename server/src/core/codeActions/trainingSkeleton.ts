/**
 * `training-fields`: add every missing field of the training sheet as a skeleton after
 * `format`. A text placeholder is the words « À compléter » / "To be completed", never a
 * value that could pass for a real one. `duration` must be a duration (a text there would be
 * a new error): it gets the agenda's content time, commented « à vérifier », or is left out
 * when the agenda has no timed content. Only keys the programme schema defines are added.
 */
import { CodeActionKind } from 'vscode-languageserver-types';
import { contentMinutes } from '../model/dayTime';
import type { Messages } from '../messages';
import { keysAt } from '../schema/schemaLookup';
import type { QuickFix } from './action';
import { insertLinesAfter } from './edits';

/** In the order they are added (the order of v1, then the rest of the sheet, FORMAT.md 7.3). */
const FIELDS = ['objectives', 'prerequisites', 'audience', 'evaluation', 'accessibility', 'duration', 'price', 'access', 'contact', 'methods'];
const LIST_FIELDS = new Set(['objectives', 'prerequisites', 'evaluation', 'methods']);

/** `390` → `6h30`, `360` → `6h`, `45` → `45min`: the notation of the seeds (FORMAT.md 2). */
export function durationNotation(minutes: number): string {
  if (minutes < 60) return `${minutes}min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)}h${rest ? String(rest).padStart(2, '0') : ''}`;
}

/** The lines of the skeleton for `fields` (in that order); `content`: the agenda's content time, for `duration`. */
export function skeletonLines(fields: readonly string[], m: Messages, content: number | undefined): string[] {
  return fields.flatMap((f) => {
    if (LIST_FIELDS.has(f)) return [`${f}:`, `  - ${m.actions.todo}`];
    if (f === 'duration') return content ? [`${f}: ${durationNotation(content)} # ${m.ui.durationToCheck}`] : [];
    return [`${f}: ${m.actions.todo}`];
  });
}

export const trainingSkeleton: QuickFix = {
  codes: ['training-fields'],
  provide(diagnostic, { uri, analysis, m }) {
    const data = analysis.doc.data as Record<string, unknown>;
    const known = keysAt('programme', []);
    const model = analysis.model?.kind === 'programme' ? analysis.model : undefined;
    const content = model && contentMinutes(model);
    // Fields present but empty are not re-added (the edit would duplicate the key).
    const absent = FIELDS.filter((f) => !(f in (data ?? {})) && f in known && (f !== 'duration' || Boolean(content)));
    // This diagnostic's own field must be among them: a fix fixes the problem it is offered for.
    const field = diagnostic.data?.field;
    if (!absent.length || (typeof field === 'string' && FIELDS.includes(field) && !absent.includes(field) && !(field in (data ?? {})))) return [];
    const edit = insertLinesAfter(analysis.doc, [], 'format', skeletonLines(absent, m, content));
    if (!edit) return [];
    return [{ title: m.actions.addTrainingFields, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: [edit] } } }];
  },
};
