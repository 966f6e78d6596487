/** Every language feature over stdio, on realistic documents, with exact results. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { CodeAction, CompletionItem, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServer, type Harness } from './harness';

const programme = `title: Atelier territorial
date: 2021-10-20
start: "08:30"
format: workshop
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
    organisation: DDTM 59
groups:
  - id: g1
    lead: archi
  - id: g2
    lead: archi
deliverables:
  - id: synthese
    title: Synthèse « à première vue »
    owner: each-group
agenda:
  - duration: 30min
    title: Accueil des participants
    type: welcome
  - time: 09h00-10h00
    title: Visite de terrain
    type: site-visit
    speakers: [archi]
    groups: all
  - id: restitution
    time: 10h00-10h30
    title: Restitution par groupe
    type: report-back
    per_group: 15min
    produces: [synthese]
`;

let server: Harness;
let uri: string;
const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

before(async () => {
  server = await startServer();
  uri = server.open('atelier.programme.yaml', programme);
  await server.diagnostics(uri, 1);
});
after(() => server.stop());

test('hover on a key: its description from the schema', async () => {
  const h = (await server.connection.sendRequest('textDocument/hover', at(lineOf(programme, 'per_group'), 5))) as Hover;
  assert.match((h.contents as { value: string }).value, /^\*\*per_group\*\* — /);
});

test('hover on an enum value: the label and description', async () => {
  const h = (await server.connection.sendRequest('textDocument/hover', at(lineOf(programme, 'type: report-back'), 12))) as Hover;
  assert.match((h.contents as { value: string }).value, /\*\*report-back\*\* \(report-back\) — /);
});

test('hover on a duration-only slot: its computed times', async () => {
  const h = (await server.connection.sendRequest('textDocument/hover', at(lineOf(programme, 'duration: 30min'), 14))) as Hover;
  assert.match((h.contents as { value: string }).value, /08:30 – 09:00 \(30 min\) — starts when the previous slot ends/);
});

test('hover on a reference: who it is', async () => {
  const h = (await server.connection.sendRequest('textDocument/hover', at(lineOf(programme, 'speakers: [archi]'), 16))) as Hover;
  assert.match((h.contents as { value: string }).value, /Person \*\*Claire Martin\*\* — Architecte conseil, DDTM 59/);
});

test('completion of keys: only those not present, with descriptions', async () => {
  const text = programme.replace('    per_group: 15min\n', '    per_group: 15min\n    \n');
  server.change('atelier.programme.yaml', text, 2);
  const line = lineOf(text, 'per_group') + 1;
  const items = (await server.connection.sendRequest('textDocument/completion', at(line, 4))) as CompletionItem[];
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('speakers') && labels.includes('groups') && labels.includes('notes'));
  assert.ok(!labels.includes('title') && !labels.includes('per_group') && !labels.includes('time'));
  assert.ok(items.every((i) => typeof i.detail === 'string' && i.detail.length > 0));
  server.change('atelier.programme.yaml', programme, 3);
});

test('completion of an enum value: identifiers with their labels', async () => {
  const text = programme.replace('    type: report-back', '    type: ');
  server.change('atelier.programme.yaml', text, 4);
  const items = (await server.connection.sendRequest('textDocument/completion', at(lineOf(text, '    type: ') + 0, 10))) as CompletionItem[];
  const lastType = text.split('\n').map((l, i) => [l, i] as const).filter(([l]) => l === '    type: ').pop()![1];
  const list = (await server.connection.sendRequest('textDocument/completion', at(lastType, 10))) as CompletionItem[];
  assert.ok(items.length > 0);
  assert.deepEqual(list.find((i) => i.label === 'report-back')?.detail, 'report-back');
  assert.equal(list.find((i) => i.label === 'group-work')?.detail, 'group work');
  assert.equal(list.length, 15);
  server.change('atelier.programme.yaml', programme, 5);
});

test('completion of ids in a reference list, and of the previous end as a start', async () => {
  const text1 = programme.replace('    speakers: [archi]', '    speakers: [');
  server.change('atelier.programme.yaml', text1, 6);
  const speakers = (await server.connection.sendRequest('textDocument/completion', at(lineOf(text1, 'speakers: ['), 15))) as CompletionItem[];
  assert.deepEqual(speakers.map((i) => [i.label, i.detail]), [['archi', 'Claire Martin']]);
  const text = programme.replace('  - id: restitution\n    time: 10h00-10h30', '  - id: restitution\n    start: ');
  server.change('atelier.programme.yaml', text, 61);
  const start = (await server.connection.sendRequest('textDocument/completion', at(lineOf(text, '    start: '), 11))) as CompletionItem[];
  assert.equal(start[0]?.label, '10:00');
  server.change('atelier.programme.yaml', programme, 7);
});

test('completion of a new agenda item offers slot snippets', async () => {
  const text = `${programme}  - `;
  server.change('atelier.programme.yaml', text, 8);
  const items = (await server.connection.sendRequest('textDocument/completion', at(text.split('\n').length - 1, 4))) as CompletionItem[];
  const snippets = items.filter((i) => i.kind === 15).map((i) => i.label);
  assert.ok(snippets.includes('slot-report-back') && snippets.includes('slot-group-work') && snippets.includes('slot-break'), snippets.join(','));
  server.change('atelier.programme.yaml', programme, 9);
});

test('document symbols: the day with its slots named by time, then people, groups, deliverables', async () => {
  const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(symbols.map((s) => s.name), ['2021-10-20', 'people', 'groups', 'deliverables']);
  assert.deepEqual(symbols[0]!.children!.map((s) => s.name), ['08:30–09:00 Accueil des participants', '09:00–10:00 Visite de terrain', '10:00–10:30 Restitution par groupe']);
});

test('folding ranges cover people, groups, agenda and each slot', async () => {
  const ranges = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
  const starts = ranges.map((r) => r.startLine);
  for (const needle of ['people:', 'groups:', 'agenda:', '  - duration: 30min']) assert.ok(starts.includes(lineOf(programme, needle)), needle);
});

test('definition, references and rename of a person id', async () => {
  const line = lineOf(programme, 'speakers: [archi]');
  const def = (await server.connection.sendRequest('textDocument/definition', at(line, 17))) as Location[];
  assert.equal(def[0]!.range.start.line, lineOf(programme, '- id: archi'));
  const refs = (await server.connection.sendRequest('textDocument/references', { ...at(line, 17), context: { includeDeclaration: true } })) as Location[];
  assert.equal(refs.length, 4); // definition, two group leads, one speaker
  const edit = (await server.connection.sendRequest('textDocument/rename', { ...at(line, 17), newName: 'claire' })) as WorkspaceEdit;
  assert.equal(edit.changes![uri]!.length, 4);
  assert.ok(edit.changes![uri]!.every((e) => e.newText === 'claire'));
  const invalid = await server.connection.sendRequest('textDocument/rename', { ...at(line, 17), newName: 'Claire Martin' });
  assert.equal(invalid, null);
});

test('inlay hints: computed times of a duration-only slot, length of ranges, day total', async () => {
  const hints = (await server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } })) as InlayHint[];
  const labels = hints.map((h) => [h.position.line, String(h.label).trim()]);
  assert.deepEqual(labels, [
    [lineOf(programme, 'duration: 30min'), '08:30–09:00'],
    [lineOf(programme, '09h00-10h00'), '1 h'],
    [lineOf(programme, '10h00-10h30'), '30 min'],
    [1, '1 h 30 of content, 30 min of breaks'],
  ]);
});

test('code actions: a refactor to start + duration and to 08h30 style', async () => {
  const actions = (await server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: lineOf(programme, '09h00-10h00'), character: 10 }, end: { line: lineOf(programme, '09h00-10h00'), character: 10 } },
    context: { diagnostics: [] },
  })) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.title), ['Write as start + duration', 'Write every time as 08:30', 'Write every time as 08h30']);
  const edit = actions[0]!.edit!.changes![uri]![0]!;
  assert.equal(edit.newText, 'start: "09h00"\n    duration: 1h');
});
