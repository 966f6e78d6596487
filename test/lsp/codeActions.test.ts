/** Code actions over stdio, on the fixture programme, with exact results. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { ctx, lineOf, programme, useServer } from './fixture';

useServer();

test('code actions: a refactor to start + duration and to 08h30 style', async () => {
  const actions = (await ctx.server.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: ctx.uri },
    range: { start: { line: lineOf(programme, '09h00-10h00'), character: 10 }, end: { line: lineOf(programme, '09h00-10h00'), character: 10 } },
    context: { diagnostics: [] },
  })) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.title), ['Write as start + duration', 'Write every time as 08:30', 'Write every time as 08h30']);
  const edit = actions[0]!.edit!.changes![ctx.uri]![0]!;
  assert.equal(edit.newText, 'start: "09h00"\n    duration: 1h');
});
