/** Creates the person, group or deliverable an unknown reference names. */
import { CodeActionKind } from 'vscode-languageserver-types';
import type { Noun } from '../messages';
import { scalarText } from '../parse';
import { appendItem } from './edits';
import type { QuickFix } from './action';

const TARGET: Record<string, { list: string; noun: Noun; lines: (id: string, todo: string) => string[] }> = {
  person: { list: 'people', noun: 'person', lines: (id, todo) => [`- id: ${id}`, `name: ${todo}`] },
  group: { list: 'groups', noun: 'group', lines: (id) => [`- id: ${id}`] },
  deliverable: { list: 'deliverables', noun: 'deliverable', lines: (id, todo) => [`- id: ${id}`, `title: ${todo}`] },
};

export const createMissing: QuickFix = {
  codes: ['ref-unknown'],
  provide(diagnostic, { uri, analysis, m }) {
    const data = diagnostic.data ?? {};
    if (analysis.doc.kind !== 'programme') return [];
    const target = TARGET[String(data.refKind)];
    const id = String(data.id);
    if (!target) return [];
    // `42` or `true` as an id must be written quoted, or it would not be the id referenced.
    const edit = appendItem(analysis.doc, [target.list], target.lines(scalarText(id), m.actions.todo));
    if (!edit) return [];
    return [{ title: m.actions.create(target.noun, id), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } }];
  },
};
