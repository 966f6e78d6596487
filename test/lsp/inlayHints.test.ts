/** Inlay hints over stdio, on the fixture programme, with exact results. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { ctx, lineOf, programme, useServer } from './fixture';

useServer();

test('inlay hints: computed times of a duration-only slot, length of ranges, day total', async () => {
  const hints = (await ctx.server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: ctx.uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } })) as InlayHint[];
  const labels = hints.map((h) => [h.position.line, String(h.label).trim()]);
  assert.deepEqual(labels, [
    [lineOf(programme, 'duration: 30min'), '08:30–09:00'],
    [lineOf(programme, '09h00-10h00'), '1 h'],
    [lineOf(programme, '10h00-10h30'), '30 min'],
    [1, '1 h 30 of content, 30 min of breaks'],
  ]);
});
