/** Definition, references and rename over stdio, on the fixture programme, with exact results. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { at, ctx, lineOf, programme, useServer } from './fixture';

useServer();

test('definition, references and rename of a person id', async () => {
  const line = lineOf(programme, 'speakers: [archi]');
  const def = (await ctx.server.connection.sendRequest('textDocument/definition', at(line, 17))) as Location[];
  assert.equal(def[0]!.range.start.line, lineOf(programme, '- id: archi'));
  const refs = (await ctx.server.connection.sendRequest('textDocument/references', { ...at(line, 17), context: { includeDeclaration: true } })) as Location[];
  assert.equal(refs.length, 4); // definition, two group leads, one speaker
  const edit = (await ctx.server.connection.sendRequest('textDocument/rename', { ...at(line, 17), newName: 'claire' })) as WorkspaceEdit;
  assert.equal(edit.changes![ctx.uri]!.length, 4);
  assert.ok(edit.changes![ctx.uri]!.every((e) => e.newText === 'claire'));
  const invalid = await ctx.server.connection.sendRequest('textDocument/rename', { ...at(line, 17), newName: 'Claire Martin' });
  assert.equal(invalid, null);
});
