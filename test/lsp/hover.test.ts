/** Hover over stdio, on the fixture programme, with exact results. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { at, ctx, lineOf, programme, useServer } from './fixture';

useServer();

test('hover on a key: its description from the schema', async () => {
  const h = (await ctx.server.connection.sendRequest('textDocument/hover', at(lineOf(programme, 'per_group'), 5))) as Hover;
  assert.match((h.contents as { value: string }).value, /^\*\*per_group\*\* — /);
});

test('hover on an enum value: the label and description', async () => {
  const h = (await ctx.server.connection.sendRequest('textDocument/hover', at(lineOf(programme, 'type: report-back'), 12))) as Hover;
  assert.match((h.contents as { value: string }).value, /\*\*report-back\*\* \(report-back\) — /);
});

test('hover on a duration-only slot: its computed times', async () => {
  const h = (await ctx.server.connection.sendRequest('textDocument/hover', at(lineOf(programme, 'duration: 30min'), 14))) as Hover;
  assert.match((h.contents as { value: string }).value, /08:30 – 09:00 \(30 min\) — starts when the previous slot ends/);
});

test('hover on a reference: who it is', async () => {
  const h = (await ctx.server.connection.sendRequest('textDocument/hover', at(lineOf(programme, 'speakers: [archi]'), 16))) as Hover;
  assert.match((h.contents as { value: string }).value, /Person \*\*Claire Martin\*\* — Architecte conseil, DDTM 59/);
});
