/**
 * Nothing a user can type crashes or hangs the checker: each hostile input gets a clear
 * diagnostic (or none when it is valid), with exact positions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectOne, only } from '../../helpers';

const slots = (n: number) =>
  Array.from({ length: n }, (_, i) => `  - start: "${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}"\n    duration: 1\n    title: Séquence ${i}\n`).join('');

test('CRLF line endings: exact line and column', () => {
  const text = 'title: Atelier\r\ndate: 2021-10-20\r\nagenda:\r\n  - time: 08h30-09h00\r\n    title: Accueil\r\n    typ: welcome\r\n';
  expectOne(diagnose(text), 'schema', 'error', { start: { line: 5, character: 4 }, end: { line: 5, character: 7 } });
});

test('lone CR line endings count as line breaks too', () => {
  const text = 'title: Atelier\rdate: 2021-10-20\rorganizer: DDTM\r';
  const all = diagnose(text);
  assert.ok(all.every((d) => d.range.start.line <= 3));
});

test('a BOM at the start changes nothing', () => {
  const text = '\uFEFFtitle: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 08h30-09h00\n    title: Accueil\n    type: welcome\n';
  assert.deepEqual(diagnose(text), []);
});

test('accents and emoji before an error: UTF-16 columns, as LSP counts them', () => {
  const text = 'title: Atelier\ndate: 2021-10-20\nagenda: [{title: "🎉 Fête é", time: 8h-9h, typ: welcome}]\n';
  const col = text.split('\n')[2]!.indexOf('typ');
  expectOne(diagnose(text), 'schema', 'error', { start: { line: 2, character: col }, end: { line: 2, character: col + 3 } });
});

test('NUL and other control characters are reported where they are', () => {
  const text = 'title: Atelier\u0000 territorial\ndate: 2021-10-20\nnotes: a\u0007b\n';
  const all = only('yaml-syntax', diagnose(text));
  assert.deepEqual(
    all.map((d) => [d.range.start, d.message]),
    [
      [{ line: 0, character: 14 }, 'A control character (U+0000) is not allowed in YAML: delete it.'],
      [{ line: 2, character: 8 }, 'A control character (U+0007) is not allowed in YAML: delete it.'],
    ],
  );
});

test('a binary file gives a short list, not thousands of diagnostics', () => {
  const text = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 32)).join('');
  const all = diagnose(text);
  assert.ok(all.length <= 12, `${all.length} diagnostics`);
});

test('a text over the size limit is reported once and not analysed', () => {
  const text = `title: Gros programme\ndate: 2021-10-20\nagenda:\n${slots(400)}`.repeat(1);
  const all = diagnose(text, { settings: { maxTextLength: 1000 } });
  assert.equal(all.length, 1);
  assert.equal(all[0]!.code, 'yaml-syntax');
  assert.match(all[0]!.message, /too large/);
});

test('10 MB: one clear diagnostic under the default limit', () => {
  const slot = '  - time: 08h30-09h00\n    title: Accueil des participants\n    type: welcome\n';
  const text = 'title: x\nagenda:\n' + slot.repeat(Math.ceil((10 * 1024 * 1024) / slot.length));
  const all = diagnose(text);
  assert.equal(all.length, 1);
  assert.match(all[0]!.message, /too large/);
});

test('10,000 and 100,000 levels of nesting, flow and block', () => {
  for (const n of [10_000, 100_000]) {
    for (const text of [`title: x\nnotes: ${'['.repeat(n)}${']'.repeat(n)}\n`, `${'- '.repeat(n)}x\n`, `notes: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`]) {
      const all = diagnose(text);
      assert.equal(all.length, 1);
      assert.equal(all[0]!.code, 'yaml-syntax');
      assert.match(all[0]!.message, /nested far too deeply/);
    }
  }
  const indented = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
  assert.match(diagnose(indented)[0]!.message, /nested far too deeply/);
});

test('moderate nesting inside text values is fine', () => {
  const text = `title: "Atelier [[[[ ]]]] {{{"\ndate: 2021-10-20\nnotes: 'L''atelier [ ( { '\n`;
  assert.deepEqual(only('yaml-syntax', diagnose(text)), []);
});

test('a billion-laughs alias bomb is refused quickly with a clear message', () => {
  const lines = ['title: x', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const all = diagnose(lines.join('\n') + '\n');
  assert.equal(all.length, 1);
  assert.equal(all[0]!.message, 'Aliases (`*name`) expand to an enormous document: the file is not analysed.');
  assert.equal(all[0]!.range.start.line, 2);
});

test('10,000 aliases of a short text are fine', () => {
  const text = `title: x\ndate: 2021-10-20\naudience: &public Agents de la DDTM\nobjectives: [${Array(10_000).fill('*public').join(', ')}]\n`;
  assert.deepEqual(diagnose(text), []);
});

test('values of every wrong type: one schema error each, no crash in the rules', () => {
  const values = ['~', '42', '3.5', 'true', '[1, 2]', '{a: 1}', '"texte"', '2021-10-20', '-1'];
  const keys = ['title', 'date', 'start', 'agenda', 'days', 'people', 'groups', 'deliverables', 'participants', 'objectives', 'location', 'audience', 'format', 'language'];
  for (const key of keys) {
    for (const value of values) {
      const text = `title: Atelier\n${key === 'title' ? '' : 'organiser: DDTM\n'}${key}: ${value}\n`;
      assert.doesNotThrow(() => diagnose(text), `${key}: ${value}`);
    }
  }
  const slotKeys = ['time', 'start', 'end', 'duration', 'title', 'type', 'speakers', 'groups', 'per_group', 'tracks', 'produces', 'steps', 'id'];
  for (const key of slotKeys) {
    for (const value of values) {
      const text = `title: Atelier\ndate: 2021-10-20\nstart: "08:30"\nagenda:\n  - title: Accueil\n    duration: 30\n  - ${key}: ${value}\n    ${key === 'title' ? 'type' : 'title'}: plenary\n`;
      const all = diagnose(text);
      for (const d of all) assert.ok(d.range.start.line <= 8, `${key}: ${value}`);
    }
  }
});

test('a large realistic day is checked (many slots) without stack trouble', () => {
  const text = `title: Gros programme\ndate: 2021-10-20\nagenda:\n${slots(600)}`;
  const all = diagnose(text);
  assert.ok(all.every((d) => d.code !== 'yaml-syntax'));
});
