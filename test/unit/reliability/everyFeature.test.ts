/** The invariant checks the corpora rely on catch what they must (so a pass means something). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { assertRangeInside, lineLengths, probePositions } from './everyFeature';

const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

test('ranges: lines counted as LSP does (CRLF, lone CR), columns in UTF-16 units', () => {
  const lines = lineLengths('a: 𝔘\r\nbb\rc\n');
  assert.deepEqual(lines, [5, 2, 1, 0]);
  assertRangeInside(lines, r(0, 0, 0, 5), 'x');
  assertRangeInside(lines, r(3, 0, 3, 0), 'x');
  assert.throws(() => assertRangeInside(lines, r(0, 0, 0, 6), 'x'), /character 6 beyond line 0/);
  assert.throws(() => assertRangeInside(lines, r(4, 0, 4, 0), 'x'), /line 4 outside/);
  assert.throws(() => assertRangeInside(lines, r(1, 2, 1, 1), 'x'), /ends before it starts/);
  assert.throws(() => assertRangeInside(lines, r(0, 0.5, 0, 1), 'x'), /integers/);
});

test('probe positions: line starts and ends, token edges, the document end', () => {
  const doc = TextDocument.create('file:///x', 'yaml', 1, 'title: Atelier\nagenda: [a]\n');
  const at = probePositions(doc).map((p) => `${p.line}:${p.character}`);
  for (const p of ['0:0', '0:5', '0:6', '0:7', '0:14', '1:0', '1:6', '1:8', '1:9', '1:10', '1:11', '2:0']) assert.ok(at.includes(p), p);
  assert.equal(probePositions(TextDocument.create('file:///x', 'yaml', 1, 'a b '.repeat(1000)), 50).length, 51);
});
