/**
 * Astral characters (emoji, 𝔘: two UTF-16 units each) before an error, through the built
 * server: LSP ranges count UTF-16 units, so the range, the hover and the quick fix must all
 * land on the right characters.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { startServer, type Harness } from './harness';

let server: Harness;
before(async () => {
  server = await startServer();
});
after(() => server.stop());

const text = `title: "🎉 Atelier 𝔘rbanisme"
date: 2021-10-20
agenda: [{title: "🎉𝔘 Fête", time: 08h30-09h00, typ: welcome}]
people:
  - {id: archi, name: "𝔘𝔘 Claire 🎉"}
  - {id: hugo, name: "Hugo"}
groups: [{id: g1, lead: "𝔘"}]
`;
const line2 = text.split('\n')[2]!;
const line6 = text.split('\n')[6]!;

test('diagnostics after astral characters: UTF-16 columns on the exact characters', async () => {
  const uri = server.open('astral.programme.yaml', text);
  const diagnostics = await server.diagnostics(uri, 1);
  const typo = diagnostics.find((d) => d.code === 'schema' && d.range.start.line === 2)!;
  const col = line2.indexOf('typ:');
  assert.deepEqual(typo.range, { start: { line: 2, character: col }, end: { line: 2, character: col + 3 } });
  // The code unit count differs from the code point count here: the test means something.
  assert.notEqual(col, [...line2.slice(0, col)].length);
  const lead = diagnostics.find((d) => d.code === 'schema' && d.range.start.line === 6)!;
  const at = line6.indexOf('"𝔘"');
  assert.deepEqual(lead.range, { start: { line: 6, character: at }, end: { line: 6, character: at + 4 } });
});

test('hover after astral characters names the slot type; the quick fix replaces exactly `typ`', async () => {
  const uri = server.uri('astral.programme.yaml');
  const col = line2.indexOf('welcome');
  const h = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: col + 2 } })) as Hover;
  assert.deepEqual(h.range, { start: { line: 2, character: col }, end: { line: 2, character: col + 'welcome'.length } });
  const start = line2.indexOf('typ:');
  const range = { start: { line: 2, character: start }, end: { line: 2, character: start + 3 } };
  const all = await new Promise<Diagnostic[]>((resolve) => {
    server.change('astral.programme.yaml', text, 2);
    void server.diagnostics(uri, 2).then(resolve);
  });
  const d = all.find((x) => x.code === 'schema' && x.range.start.line === 2)!;
  const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [d], only: ['quickfix'] } })) as CodeAction[];
  const fix = actions.find((a) => a.title === 'Replace `typ` with `type`')!;
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), fix.edit!.changes![uri]!);
  assert.equal(fixed, text.replace('typ: welcome', 'type: welcome'));
});

test('rename after astral characters touches only the id', async () => {
  const uri = server.uri('astral.programme.yaml');
  const line4 = text.split('\n')[4]!;
  const edit = (await server.connection.sendRequest('textDocument/rename', {
    textDocument: { uri },
    position: { line: 4, character: line4.indexOf('archi') + 1 },
    newName: 'claire',
  })) as { changes: Record<string, { range: Diagnostic['range']; newText: string }[]> };
  const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edit.changes[uri]!);
  assert.equal(renamed, text.replace('{id: archi,', '{id: claire,'));
});
