/**
 * Creates what an unknown reference names: in a programme a person, group or deliverable;
 * in a mission a person of the team, a territory, a workstream, a phase, a milestone, a
 * governance body or a deliverable. The item is appended to its list (created at the end
 * of the document when absent); comments and formatting stay.
 */
import { CodeActionKind } from 'vscode-languageserver-types';
import type { Noun } from '../messages';
import { scalarText } from '../parse';
import type { DocumentKind } from '../types';
import { appendItem } from './edits';
import type { QuickFix } from './action';

interface Target {
  list: string;
  noun: Noun;
  lines: (id: string, todo: string) => string[];
}

const withName = (id: string, todo: string) => [`- id: ${id}`, `name: ${todo}`];
const withTitle = (id: string, todo: string) => [`- id: ${id}`, `title: ${todo}`];

const TARGETS: Record<DocumentKind, Record<string, Target>> = {
  programme: {
    person: { list: 'people', noun: 'person', lines: withName },
    group: { list: 'groups', noun: 'group', lines: (id) => [`- id: ${id}`] },
    deliverable: { list: 'deliverables', noun: 'deliverable', lines: withTitle },
  },
  mission: {
    person: { list: 'people', noun: 'person', lines: withName },
    territory: { list: 'territories', noun: 'territory', lines: withName },
    workstream: { list: 'workstreams', noun: 'workstream', lines: withTitle },
    phase: { list: 'phases', noun: 'phase', lines: withTitle },
    milestone: { list: 'milestones', noun: 'milestone', lines: withTitle },
    governance: { list: 'governance', noun: 'governance', lines: withName },
    deliverable: { list: 'deliverables', noun: 'deliverable', lines: withTitle },
  },
};

export const createMissing: QuickFix = {
  codes: ['ref-unknown'],
  provide(diagnostic, { uri, analysis, m }) {
    const data = diagnostic.data ?? {};
    const target = TARGETS[analysis.doc.kind]?.[String(data.refKind)];
    const id = String(data.id);
    if (!target) return [];
    // `42` or `true` as an id must be written quoted, or it would not be the id referenced.
    const edit = appendItem(analysis.doc, [target.list], target.lines(scalarText(id), m.actions.todo));
    if (!edit) return [];
    return [{ title: m.actions.create(target.noun, id), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } }];
  },
};
