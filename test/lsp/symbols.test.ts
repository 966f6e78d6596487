/** Document symbols and folding over stdio, on the fixture programme, with exact results. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { ctx, lineOf, programme, useServer } from './fixture';

useServer();

test('document symbols: the day with its slots named by time, then people, groups, deliverables', async () => {
  const symbols = (await ctx.server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: ctx.uri } })) as DocumentSymbol[];
  assert.deepEqual(symbols.map((s) => s.name), ['2021-10-20', 'people', 'groups', 'deliverables']);
  assert.deepEqual(symbols[0]!.children!.map((s) => s.name), ['08:30–09:00 Accueil des participants', '09:00–10:00 Visite de terrain', '10:00–10:30 Restitution par groupe']);
});

test('folding ranges cover people, groups, agenda and each slot', async () => {
  const ranges = (await ctx.server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: ctx.uri } })) as FoldingRange[];
  const starts = ranges.map((r) => r.startLine);
  for (const needle of ['people:', 'groups:', 'agenda:', '  - duration: 30min']) assert.ok(starts.includes(lineOf(programme, needle)), needle);
});
