/**
 * Fixes a typo: an unknown key (`typ` → `type`), an enum value (`formation` → `training`),
 * an id that is not valid (`Groupe 1` → `groupe-1`), an unknown reference (`archy` → `archi`),
 * a link without its scheme (`www.cerema.fr` → `https://www.cerema.fr`).
 */
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver-types';
import { locate, type PathSegment } from '../parse';
import { replaceKey, replaceValue } from './edits';
import type { QuickFix } from './action';

export const replaceWithSuggestion: QuickFix = {
  codes: ['schema', 'ref-unknown'],
  provide(diagnostic, { uri, analysis, m }) {
    const data = diagnostic.data ?? {};
    const doc = analysis.doc;
    let edit: TextEdit | undefined;
    let from = '';
    const to = typeof data.suggestion === 'string' ? data.suggestion : undefined;
    if (!to) return [];
    if (data.kind === 'unknown-key') {
      from = String(data.key);
      edit = replaceKey(doc, data.path as PathSegment[], from, to);
    } else if (data.kind === 'bad-enum' || data.kind === 'bad-id' || data.kind === 'bad-link') {
      from = String(data.value);
      edit = replaceValue(doc, data.path as PathSegment[], to);
    } else if (diagnostic.code === 'ref-unknown') {
      from = String(data.id);
      edit = replaceValue(doc, locate(doc, diagnostic.range.start).path, to);
    }
    if (!edit) return [];
    const action: CodeAction = {
      title: m.actions.replace(from, to),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [uri]: [edit] } },
    };
    return [action];
  },
};
