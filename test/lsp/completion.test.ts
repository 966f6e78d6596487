/** Completion over stdio, on the fixture programme, with exact results. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { at, ctx, lineOf, programme, useServer } from './fixture';

useServer();

test('completion of keys: only those not present, with descriptions', async () => {
  const text = programme.replace('    per_group: 15min\n', '    per_group: 15min\n    \n');
  ctx.server.change('atelier.programme.yaml', text, 2);
  const line = lineOf(text, 'per_group') + 1;
  const items = (await ctx.server.connection.sendRequest('textDocument/completion', at(line, 4))) as CompletionItem[];
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('speakers') && labels.includes('groups') && labels.includes('notes'));
  assert.ok(!labels.includes('title') && !labels.includes('per_group') && !labels.includes('time'));
  assert.ok(items.every((i) => typeof i.detail === 'string' && i.detail.length > 0));
  ctx.server.change('atelier.programme.yaml', programme, 3);
});

test('completion of an enum value: identifiers with their labels', async () => {
  const text = programme.replace('    type: report-back', '    type: ');
  ctx.server.change('atelier.programme.yaml', text, 4);
  const items = (await ctx.server.connection.sendRequest('textDocument/completion', at(lineOf(text, '    type: ') + 0, 10))) as CompletionItem[];
  const lastType = text.split('\n').map((l, i) => [l, i] as const).filter(([l]) => l === '    type: ').pop()![1];
  const list = (await ctx.server.connection.sendRequest('textDocument/completion', at(lastType, 10))) as CompletionItem[];
  assert.ok(items.length > 0);
  assert.deepEqual(list.find((i) => i.label === 'report-back')?.detail, 'report-back');
  assert.equal(list.find((i) => i.label === 'group-work')?.detail, 'group work');
  assert.equal(list.length, 15);
  ctx.server.change('atelier.programme.yaml', programme, 5);
});

test('completion of ids in a reference list, and of the previous end as a start', async () => {
  const text1 = programme.replace('    speakers: [archi]', '    speakers: [');
  ctx.server.change('atelier.programme.yaml', text1, 6);
  const speakers = (await ctx.server.connection.sendRequest('textDocument/completion', at(lineOf(text1, 'speakers: ['), 15))) as CompletionItem[];
  assert.deepEqual(speakers.map((i) => [i.label, i.detail]), [['archi', 'Claire Martin']]);
  const text = programme.replace('  - id: restitution\n    time: 10h00-10h30', '  - id: restitution\n    start: ');
  ctx.server.change('atelier.programme.yaml', text, 61);
  const start = (await ctx.server.connection.sendRequest('textDocument/completion', at(lineOf(text, '    start: '), 11))) as CompletionItem[];
  assert.equal(start[0]?.label, '10:00');
  ctx.server.change('atelier.programme.yaml', programme, 7);
});

test('completion of a new agenda item offers slot snippets', async () => {
  const text = `${programme}  - `;
  ctx.server.change('atelier.programme.yaml', text, 8);
  const items = (await ctx.server.connection.sendRequest('textDocument/completion', at(text.split('\n').length - 1, 4))) as CompletionItem[];
  const snippets = items.filter((i) => i.kind === 15).map((i) => i.label);
  assert.ok(snippets.includes('slot-report-back') && snippets.includes('slot-group-work') && snippets.includes('slot-break'), snippets.join(','));
  ctx.server.change('atelier.programme.yaml', programme, 9);
});

test('completion far past the end of the text answers as at its end (and does not walk a billion lines)', async () => {
  const end = programme.split('\n').length - 1;
  const atEnd = await ctx.server.connection.sendRequest('textDocument/completion', at(end, 0));
  const far = await ctx.server.connection.sendRequest('textDocument/completion', at(1e9, 1e9));
  assert.ok(Array.isArray(atEnd) && atEnd.length > 0);
  assert.deepEqual(far, atEnd);
});
