/**
 * Quick fixes of a mission (FORMAT.md 7.2): create the unknown person, workstream or
 * milestone in its list (the list created when absent, comments kept), and add the
 * `https://` a link lacks. The exact text after each fix.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type RuleCode } from '../../server/src/core';
import { codeActions } from '../../server/src/core/codeActions';
import { messagesFor } from '../../server/src/core/messages';

const URI = 'file:///ws/crte.mission.yaml';

function diagnosticsOf(text: string, code: RuleCode, language: 'en' | 'fr' = 'en') {
  return createLanguageService({ settings: { language } }).check(URI, text).filter((d) => d.code === code) as unknown as Diagnostic[];
}

function actionsFor(text: string, diagnostics: Diagnostic[], language: 'en' | 'fr' = 'en') {
  const analysis = createLanguageService({ settings: { language } }).analyse(URI, text);
  return codeActions(diagnostics[0]!.range, diagnostics, { uri: URI, analysis, m: messagesFor(language), style: 'colon' }, ['quickfix']);
}

function apply(text: string, action: { edit?: { changes?: Record<string, { range: Diagnostic['range']; newText: string }[]> } }): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), action.edit!.changes![URI]!);
}

const MISSION = `title: Accompagnement des CRTE de l'Eure # seed 001
scheme: crte
period: { start: 2021-06, end: 2022-06 }
people:
  - id: guiot
    name: Mélanie Guiot # cheffe de projet
workstreams:
  - id: pa
    title: Pont-Audemer Val de Risle
    lead: leroy
phases:
  - id: lpa-diagnostic
    title: Diagnostic dans le Lieuvin
    workstream: lpa # à créer
`;

test('an unknown workstream lead: create the person in `people`, after the last one, comment kept', () => {
  const diagnostics = diagnosticsOf(MISSION, 'ref-unknown').filter((d) => (d as { data?: { refKind?: string } }).data?.refKind === 'person');
  const create = actionsFor(MISSION, diagnostics).find((a) => a.title === 'Create the person `leroy`');
  assert.ok(create);
  assert.equal(
    apply(MISSION, create),
    MISSION.replace('    name: Mélanie Guiot # cheffe de projet\n', '    name: Mélanie Guiot # cheffe de projet\n  - id: leroy\n    name: To be completed\n'),
  );
});

test('an unknown workstream of a phase: create it in `workstreams`, in French', () => {
  const diagnostics = diagnosticsOf(MISSION, 'ref-unknown', 'fr').filter((d) => (d as { data?: { refKind?: string } }).data?.refKind === 'workstream');
  const create = actionsFor(MISSION, diagnostics, 'fr').find((a) => a.title === 'Créer le chantier `lpa`');
  assert.ok(create, JSON.stringify(actionsFor(MISSION, diagnostics, 'fr').map((a) => a.title)));
  const after = apply(MISSION, create);
  assert.equal(after, MISSION.replace('    lead: leroy\n', '    lead: leroy\n  - id: lpa\n    title: À compléter\n'));
  assert.deepEqual(diagnosticsOf(after, 'ref-unknown').map((d) => d.message), ['No person has the id `leroy` (existing ids: `guiot`).']);
});

test('no `workstreams` list yet: it is created at the end of the document', () => {
  const text = MISSION.replace(/workstreams:\n(?:    .*\n|  - .*\n)*/, '');
  const diagnostics = diagnosticsOf(text, 'ref-unknown');
  const create = actionsFor(text, diagnostics).find((a) => a.title === 'Create the workstream `lpa`');
  assert.ok(create);
  assert.equal(apply(text, create), `${text}workstreams:\n  - id: lpa\n    title: To be completed\n`);
});

test('a milestone: created in `milestones`, the list made when absent', () => {
  const diagnostic = {
    range: { start: { line: 13, character: 16 }, end: { line: 13, character: 19 } },
    message: 'No milestone has the id `signature`.',
    code: 'ref-unknown',
    data: { code: 'ref-unknown', id: 'signature', refKind: 'milestone', candidates: [] },
  } as Diagnostic;
  const [create] = actionsFor(MISSION, [diagnostic]).filter((a) => a.title.startsWith('Create'));
  assert.equal(create!.title, 'Create the milestone `signature`');
  assert.equal(apply(MISSION, create!), `${MISSION}milestones:\n  - id: signature\n    title: To be completed\n`);
});

test('a link written without its scheme: the fix adds `https://`', () => {
  const text = `${MISSION}deliverables:
  - id: carnet
    title: Carnet de territoire
    link: www.cerema.fr/carnet # publié
`;
  const diagnostics = diagnosticsOf(text, 'schema');
  assert.equal(diagnostics.length, 1);
  const [fix] = actionsFor(text, diagnostics);
  assert.equal(fix!.title, 'Replace `www.cerema.fr/carnet` with `https://www.cerema.fr/carnet`');
  assert.equal(apply(text, fix!), text.replace('link: www.cerema.fr', 'link: https://www.cerema.fr'));
});
