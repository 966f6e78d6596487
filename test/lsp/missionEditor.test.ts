/**
 * The mission v2 editor features over stdio, in French: completion of a workstream lead,
 * hover on a workstream reference, a milestone's weekday, the outline's workstreams, the
 * rename of a person, and the Déroulé view's workstreams and milestones.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CompletionItem, DocumentSymbol, Hover, InlayHint, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ExplorerNode } from '../../common/protocol';
import { CRTE, lineOf, positionOf } from '../unit/features/missionFixture';
import { startServer, type Harness } from './harness';

let server: Harness;
let uri: string;
const at = (position: { line: number; character: number }) => ({ textDocument: { uri }, position });

before(async () => {
  server = await startServer({ settings: { language: 'fr' }, files: { 'crte.mission.yaml': CRTE } });
  uri = server.open('crte.mission.yaml', CRTE);
  await server.diagnostics(uri, 1);
});
after(() => server.stop());

test('completion of a workstream lead, hover on a workstream reference', async () => {
  const text = CRTE.replace('    lead: leroy', '    lead: ');
  server.change('crte.mission.yaml', text, 2);
  await server.diagnostics(uri, 2);
  const items = (await server.connection.sendRequest('textDocument/completion', at({ line: lineOf(text, '    lead: '), character: 10 }))) as CompletionItem[];
  assert.deepEqual(items.map((i) => [i.label, i.detail]), [['guiot', 'Mélanie Guiot'], ['leroy', 'Paul Leroy']]);
  server.change('crte.mission.yaml', CRTE, 3);
  await server.diagnostics(uri, 3);
  const h = (await server.connection.sendRequest('textDocument/hover', at(positionOf(CRTE, '    workstream: pont-audemer', 'pont-audemer')))) as Hover;
  assert.equal(
    (h.contents as { value: string }).value,
    "Chantier **Pont-Audemer Val de Risle** — terminé\n\nTerritoires : CC de Pont-Audemer Val de Risle, Lieuvin Pays d'Auge\n\nRéférent : Mélanie Guiot",
  );
});

test('inlay hint of a milestone, outline of the workstreams, rename of a person', async () => {
  const hints = (await server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } })) as InlayHint[];
  assert.deepEqual(hints.map((h) => [h.position, h.label]), [[{ line: lineOf(CRTE, 'date: 2021-12-15'), character: 20 }, ' mercredi']]);
  const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  const workstreams = symbols.find((s) => s.name === 'workstreams');
  assert.deepEqual(workstreams?.children?.map((s) => [s.name, s.detail]), [['Pont-Audemer Val de Risle', 'terminé'], ['Intercom Bernay Terres de Normandie', 'prévu']]);
  const edit = (await server.connection.sendRequest('textDocument/rename', { ...at(positionOf(CRTE, 'pilot: guiot', 'guiot')), newName: 'melanie' })) as WorkspaceEdit;
  assert.deepEqual(
    edit.changes![uri]!.map((e) => [e.range.start.line, e.newText]).sort((a, b) => Number(a[0]) - Number(b[0])),
    [lineOf(CRTE, '- id: guiot'), lineOf(CRTE, 'pilot: guiot'), lineOf(CRTE, 'lead: guiot'), lineOf(CRTE, 'owner: guiot')].map((l) => [l, 'melanie']),
  );
});

test('the Déroulé view shows the workstreams with their status and the milestones', async () => {
  const tree = (await server.connection.sendRequest('deroule/explorer', { language: 'fr' })) as ExplorerNode[];
  const mission = tree.find((n) => n.kind === 'mission');
  assert.deepEqual(mission?.children?.map((n) => [n.kind, n.label, n.description]), [
    ['phase', 'Cadrage', '2021-09-01 – 2021-09-30'],
    ['workstream', 'Pont-Audemer Val de Risle', 'terminé'],
    ['workstream', 'Intercom Bernay Terres de Normandie', 'prévu'],
    ['milestone', 'Lancement', 'septembre 2021'],
    ['milestone', 'Signature du CRTE', '15 décembre 2021'],
  ]);
});
