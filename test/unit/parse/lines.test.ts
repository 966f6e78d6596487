/**
 * The core's line index of a large text (parse/lines.ts) is found with indexOf: it must
 * answer exactly as the library's own, for every line ending, and when moved by an edit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineIndex, movedLineIndex } from '../../../server/src/core/parse/lines';

/** A programme-like text of about 100 KB, with the line ending given. */
function largeText(eol: string, trailing: boolean): string {
  const lines: string[] = ['title: Atelier des territoires', 'agenda:'];
  for (let i = 0; lines.join(eol).length < 100_000; i++) lines.push(`  - time: 09h${String(i % 60).padStart(2, '0')}`, `    title: Séquence ${i} — « forces, fragilités » 🏘️`, '');
  return lines.join(eol) + (trailing ? eol : '');
}

function sameAnswers(actual: TextDocument, expected: TextDocument, what: string): void {
  const text = expected.getText();
  assert.equal(actual.lineCount, expected.lineCount, `${what}: line count`);
  for (let o = 0; o <= text.length; o += 97) assert.deepEqual(actual.positionAt(o), expected.positionAt(o), `${what}: offset ${o}`);
  assert.deepEqual(actual.positionAt(text.length), expected.positionAt(text.length), `${what}: end`);
  for (let line = 0; line < expected.lineCount; line += 13) {
    for (const character of [0, 5, 1000]) assert.equal(actual.offsetAt({ line, character }), expected.offsetAt({ line, character }), `${what}: ${line}:${character}`);
  }
}

const cases = [
  ['LF', largeText('\n', true)],
  ['LF, no final line break', largeText('\n', false)],
  ['CRLF', largeText('\r\n', true)],
  ['mixed LF and CRLF', largeText('\n', true).replace(/\n(?=    title)/g, '\r\n')],
  ['a lone CR (the library counts it as a line break)', largeText('\n', true).replace('\n  - time: 09h03', '\r  - time: 09h03')],
  ['small', 'title: Atelier\r\nagenda: []\n'],
] as const;

test('the line index of a large text answers as the library’s, for every line ending', () => {
  for (const [what, text] of cases) sameAnswers(lineIndex('file:///a.programme.yaml', text), TextDocument.create('file:///a.programme.yaml', 'yaml', 0, text), what);
});

test('the line index moved by an edit within one line answers as a new one', () => {
  for (const [what, text] of cases) {
    const lines = lineIndex('file:///a.programme.yaml', text);
    lines.positionAt(text.length); // the library indexes lazily: make sure it has
    const at = text.indexOf('Séquence 40');
    if (at < 0) continue;
    for (const [edit, delta] of [['Séquence 40 (reportée)', 11], ['Séq 40', -5]] as const) {
      const next = text.slice(0, at) + edit + text.slice(at + 'Séquence 40'.length);
      const line = lines.positionAt(at).line;
      const moved = movedLineIndex(lineIndex('file:///a.programme.yaml', text), next, line, delta);
      sameAnswers(moved, TextDocument.create('file:///a.programme.yaml', 'yaml', 0, next), `${what}, ${edit}`);
    }
  }
});
