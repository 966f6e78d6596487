/**
 * The outline, workspace symbols, go to definition, references and rename of a mission's
 * people, territories, workstreams, phases and milestones (FORMAT.md 7.2).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind, type DocumentSymbol, type TextEdit } from 'vscode-languageserver-types';
import { CRTE, URI, lineOf, positionOf, serviceFor } from './missionFixture';

const fr = serviceFor('fr');
const doc = { uri: URI, text: CRTE };

const outline = (symbols: DocumentSymbol[]): unknown[] =>
  symbols.map((s) => (s.children ? [s.name, s.kind, s.detail, outline(s.children)] : [s.name, s.kind, s.detail]));

test('outline: the team, workstreams with their status, phases, milestones with their date', () => {
  assert.deepEqual(outline(fr.symbols(doc)), [
    ['people', SymbolKind.Namespace, undefined, [['guiot', SymbolKind.Constructor, 'Mélanie Guiot'], ['leroy', SymbolKind.Constructor, 'Paul Leroy']]],
    ['workstreams', SymbolKind.Namespace, undefined, [
      ['Pont-Audemer Val de Risle', SymbolKind.Package, 'terminé'],
      ['Intercom Bernay Terres de Normandie', SymbolKind.Package, 'prévu'],
    ]],
    ['phases', SymbolKind.Namespace, undefined, [
      ['Cadrage', SymbolKind.Module, '2021-09-01 – 2021-09-30'],
      ['Diagnostic partagé', SymbolKind.Module, '2021-10-01 – 2021-12-31', [['atelier.programme.yaml', SymbolKind.File, undefined]]],
    ]],
    ['milestones', SymbolKind.Namespace, undefined, [
      ['Signature du CRTE', SymbolKind.Event, '15 décembre 2021'],
      ['Lancement', SymbolKind.Event, 'septembre 2021'],
    ]],
    ['governance', SymbolKind.Namespace, undefined, [['copil', SymbolKind.Struct, 'Comité de pilotage']]],
    ['deliverables', SymbolKind.Namespace, undefined, [['carnet', SymbolKind.Object, 'Carnet de territoire'], ['rapport', SymbolKind.Object, 'Rapport']]],
  ]);
  const workstream = fr.symbols(doc)[1]!.children![0]!;
  assert.equal(workstream.selectionRange.start.line, lineOf(CRTE, '- id: pont-audemer', lineOf(CRTE, 'workstreams:')));
});

test('workspace symbols: a mission`s milestones and workstreams by name', async () => {
  const service = serviceFor('en', { [URI]: CRTE });
  const found = await service.workspaceSymbols('signature');
  assert.deepEqual(found.map((s) => [s.name, s.kind, s.containerName, s.location.range.start.line]), [
    ['Signature du CRTE', SymbolKind.Event, 'milestones', lineOf(CRTE, '- id: signature')],
  ]);
  const streams = await service.workspaceSymbols('bernay');
  assert.deepEqual(streams.map((s) => [s.name, s.kind, s.containerName]), [['Intercom Bernay Terres de Normandie', SymbolKind.Package, 'workstreams']]);
});

/** The text after applying `edits` (non-overlapping) to `text`. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const rename = (position: { line: number; character: number }, newName: string) => {
  const edit = fr.rename(doc, position, newName);
  return apply(CRTE, edit!.changes![URI]!);
};

test('rename a person: its id, pilot, lead and owner where they name it; a free-text owner stays', () => {
  const after = rename(positionOf(CRTE, 'pilot: guiot', 'guiot'), 'melanie');
  assert.equal(
    after,
    CRTE.replace('  - id: guiot', '  - id: melanie')
      .replace('pilot: guiot', 'pilot: melanie')
      .replace('    lead: guiot', '    lead: melanie')
      .replace('    owner: guiot', '    owner: melanie'),
  );
  assert.ok(after.includes("owner: CAUE de l'Eure"));
});

test('a territory and a workstream of the same id are renamed apart', () => {
  const territory = rename(positionOf(CRTE, 'territories: [pont-audemer, lieuvin]', 'pont-audemer'), 'pavr');
  assert.equal(territory, CRTE.replace('  - id: pont-audemer\n    name:', '  - id: pavr\n    name:').replace('[pont-audemer, lieuvin]', '[pavr, lieuvin]'));
  const workstream = rename(positionOf(CRTE, '    workstream: pont-audemer', 'pont-audemer'), 'pavr');
  assert.equal(
    workstream,
    CRTE.replace('  - id: pont-audemer\n    title:', '  - id: pavr\n    title:').replaceAll('    workstream: pont-audemer', '    workstream: pavr'),
  );
});

test('definition and references: a workstream lead goes to the person; a phase is found from a milestone', () => {
  const def = fr.definition(doc, positionOf(CRTE, 'lead: leroy', 'leroy'));
  assert.deepEqual(def.map((l) => l.range.start), [positionOf(CRTE, '- id: leroy', 'leroy')]);
  const refs = fr.references(doc, positionOf(CRTE, 'phase: diagnostic', 'diagnostic'), true);
  assert.deepEqual(refs.map((l) => l.range.start), [positionOf(CRTE, '- id: diagnostic', 'diagnostic'), positionOf(CRTE, 'phase: diagnostic', 'diagnostic')]);
  const territoryRefs = fr.references(doc, positionOf(CRTE, '- id: lieuvin', 'lieuvin'), false);
  assert.deepEqual(territoryRefs.map((l) => l.range.start.line), [lineOf(CRTE, '[pont-audemer, lieuvin]'), lineOf(CRTE, '[lieuvin]')]);
});

test('a milestone can be renamed where it is defined', () => {
  const position = positionOf(CRTE, '- id: signature', 'signature');
  assert.deepEqual(fr.prepareRename(doc, position), { range: { start: position, end: { ...position, character: position.character + 9 } }, placeholder: 'signature' });
  assert.equal(rename(position, 'signature-crte'), CRTE.replace('- id: signature', '- id: signature-crte'));
});
