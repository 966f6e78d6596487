/**
 * The incremental path (parse/fast/incremental.ts) must give exactly what a full parse of the
 * new text gives — the same tree (kinds, the three offsets of every range, values,
 * sources), the same data, the same line index — or decline. Every scalar value of every
 * example and template is edited in the ways people type (a letter, an accent, a digit,
 * an emoji, a deletion) and in the ways that change a line's structure (`: `, ` #`, a
 * quote, an indicator, a line break), one edit at a time and as chains of edits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { reparseEdit } from '../../../server/src/core/parse';
import { DEFAULT_MAX_TEXT_LENGTH, parseDocument, type ParsedDocument } from '../../../server/src/core/parse/parseDocument';
import { describe } from './compareParsers';
import { projectTexts } from './fastParseCorpus';
import { valueScalars } from './valueScalars';

const URI = 'file:///ws/atelier.programme.yaml';
const INSERTS = ['x', 'é', '1', '😀', ' ', ':', ': ', ' #', '#', '"', "'", '-', '- ', '[', '{', ',', '&', '*', '!', '|', '>', '%', '@', '`', '\\', '\t', '\n', '\r\n', '\u0007', 'null', '12'];

/** Edits around each value scalar (every `every`-th): inserts at its start, middle and end; deletions; a replacement. */
function editsOf(text: string, every = 1): string[] {
  const doc = parseDocument(URI, text);
  const out: string[] = [];
  valueScalars(doc).forEach(([start, end], i) => {
    if (i % every !== 0) return;
    const insert = INSERTS[i % INSERTS.length]!;
    const middle = start + ((end - start) >> 1);
    for (const at of [start, middle, end]) out.push(text.slice(0, at) + insert + text.slice(at));
    if (end > start) {
      out.push(text.slice(0, end - 1) + text.slice(end)); // the last character deleted
      out.push(text.slice(0, start) + text.slice(start + 1)); // the first one
      out.push(text.slice(0, start) + 'Atelier de restitution' + text.slice(end));
    }
    if (end - start > 1) out.push(text.slice(0, start) + text.slice(end)); // emptied
  });
  return out;
}

function assertSameDocument(incremental: ParsedDocument, text: string, what: string): void {
  const full = parseDocument(URI, text);
  const a = describe(incremental.tree()?.contents);
  const b = describe(full.tree()?.contents);
  for (let i = 0; i < Math.max(a.length, b.length); i++) assert.equal(a[i], b[i], `${what}: the tree differs`);
  assert.deepEqual((incremental.tree() as unknown as { range: number[] }).range, (full.tree() as unknown as { range: number[] }).range, `${what}: document range`);
  assert.deepEqual(incremental.data, full.data, `${what}: data`);
  assert.deepEqual(incremental.syntax, full.syntax, what);
  assert.equal(incremental.text, text);
  assert.equal(incremental.lines.lineCount, full.lines.lineCount, `${what}: line count`);
  for (let o = 0; o <= text.length; o += Math.max(1, text.length >> 6)) {
    assert.deepEqual(incremental.lines.positionAt(o), full.lines.positionAt(o), `${what}: position of offset ${o}`);
  }
  assert.deepEqual(incremental.lines.positionAt(text.length), full.lines.positionAt(text.length), what);
}

/** Every example and template, and the same with CRLF line ends and with comments after values. */
function corpus(): { name: string; text: string; every: number }[] {
  return projectTexts().flatMap(({ name, text }) => [
    { name, text, every: 1 },
    // The variants: a value in seven (they exercise the line ends, not every value again).
    { name: `${name} (CRLF)`, text: text.replace(/\n/g, '\r\n'), every: 7 },
    { name: `${name} (comments)`, text: text.replace(/^(\s*[a-z_]+: [A-Za-zÀ-ÿ0-9][^#\n]*)$/gm, '$1  # note'), every: 7 },
  ]);
}

test('an edit inside one value gives the tree, data and lines of a full parse, or the full parse is used', () => {
  let accepted = 0;
  let declined = 0;
  for (const { name, text, every } of corpus()) {
    for (const edited of editsOf(text, every)) {
      const next = reparseEdit(parseDocument(URI, text), edited, DEFAULT_MAX_TEXT_LENGTH);
      if (!next) {
        declined++;
        continue;
      }
      accepted++;
      assertSameDocument(next, edited, `${name}\n--- edited ---\n${edited}`);
    }
  }
  // Typing a letter in a value is what the path is for: most edits must take it, and the
  // structural ones must not.
  assert.ok(accepted > declined / 2 && declined > 0, `${accepted} edits taken, ${declined} declined`);
});

test('chains of edits: each result is the next edit’s starting point, and stays exact', () => {
  for (const { name, text } of corpus().filter((c) => c.every === 1 || /CRLF/.test(c.name))) {
    let doc = parseDocument(URI, text);
    let current = text;
    const scalars = valueScalars(doc).filter(([s, e]) => e > s);
    for (let step = 0; step < Math.min(40, scalars.length); step++) {
      // Re-locate the k-th value in the current version, then type or delete there.
      const values = valueScalars(doc);
      const [start, end] = values[(step * 7) % values.length]!;
      const edited = step % 3 === 2 ? current.slice(0, end - 1) + current.slice(end) : current.slice(0, start + 1) + (step % 2 ? 'é' : 'x') + current.slice(start + 1);
      const next = reparseEdit(doc, edited, DEFAULT_MAX_TEXT_LENGTH);
      doc = next ?? parseDocument(URI, edited);
      current = edited;
      assertSameDocument(doc, edited, `${name}, step ${step}`);
    }
  }
});

test('the new data shares every object the edit did not touch', () => {
  const text = ['title: Séminaire', 'days:', '  - date: 2025-03-11', '    agenda:', '      - time: 09:00-10:00', '        title: Accueil', '  - date: 2025-03-12', '    agenda:', '      - time: 09:00-10:00', '        title: Ateliers', ''].join('\n');
  const before = parseDocument(URI, text);
  const data = before.data as { days: { agenda: object[] }[] };
  const [day1, day2] = data.days;
  const at = text.indexOf('Ateliers');
  const after = reparseEdit(before, `${text.slice(0, at)}Les a${text.slice(at + 1)}`, DEFAULT_MAX_TEXT_LENGTH)!;
  const next = after.data as { days: { agenda: { title: string }[] }[] };
  assert.equal(next.days[1]!.agenda[0]!.title, 'Les ateliers');
  assert.equal(next.days[0], day1, 'the first day is the same object');
  assert.notEqual(next.days[1], day2);
  assert.notEqual(next, data);
  assert.equal((data.days[1]!.agenda[0] as { title: string }).title, 'Ateliers', 'the previous data is left as it was');
});

test('what the path declines: keys, comments, structure, escapes, line breaks', () => {
  const text = 'title: Atelier # le titre\nformat: workshop\ndate: 2025-03-11\nagenda:\n  - time: "09:00-10:00"\n    title: Accueil\n';
  const declined = (edited: string) => reparseEdit(parseDocument(URI, text), edited, DEFAULT_MAX_TEXT_LENGTH) === undefined;
  assert.ok(declined(text.replace('title: Atelier', 'titre: Atelier')), 'a key');
  assert.ok(declined(text.replace('# le titre', '# le titre du jour')), 'a comment');
  assert.ok(declined(text.replace('Atelier #', 'Atelier: x #')), 'a `: ` inside a plain value');
  assert.ok(declined(text.replace('"09:00-10:00"', '"09:00\\t10:00"')), 'an escape');
  assert.ok(declined(text.replace('Accueil', 'Acc\nueil')), 'a line break');
  assert.ok(declined(text.replace('Accueil', '')), 'a value emptied');
  assert.ok(!declined(text.replace('Accueil', 'Accueil café')), 'a plain value typed into');
  assert.ok(!declined(text.replace('"09:00-10:00"', '"09:00-10:30"')), 'a quoted value typed into');
  assert.ok(!declined(text.replace('2025-03-11', '2025-03-12')), 'a date');
});

test('typing in a long-lived service gives, after every keystroke, the diagnostics of a fresh check', () => {
  for (const { name, text } of projectTexts()) {
    const uri = /mission/.test(name) ? 'file:///ws/m.mission.yaml' : URI;
    const live = createLanguageService({ settings: { language: 'fr' } });
    live.check(uri, text);
    let current = text;
    for (let step = 0; step < 25; step++) {
      const values = valueScalars(parseDocument(uri, current));
      if (values.length === 0) break;
      const [start] = values[(step * 5) % values.length]!;
      const insert = ['x', ' ', '9', ':', 'h', 'é'][step % 6]!;
      current = current.slice(0, start + 1) + insert + current.slice(start + 1);
      const fresh = createLanguageService({ settings: { language: 'fr' } }).check(uri, current);
      assert.deepEqual(live.check(uri, current), fresh, `${name}, step ${step}`);
    }
  }
});


test('a previous version still held (an export across an await, a test) keeps its own tree', () => {
  const text = 'title: Atelier\ndate: 2025-03-11\nagenda:\n  - time: 09:00-10:00\n    title: Accueil\n  - time: 10:00-12:00\n    title: Ateliers\n';
  const service = createLanguageService({ settings: { language: 'fr' } });
  const held = service.analyse(URI, text);
  const edited = text.replace('Accueil', 'Accueil café');
  const current = service.analyse(URI, edited);
  assert.notEqual(current.doc.tree(), held.doc.tree(), 'the new version took the tree over');
  assertSameDocument(current.doc, edited, 'the new version');
  // The held version: its text, data, lines and (parsed again) tree are those of its text.
  assertSameDocument(held.doc, text, 'the held version');
  assert.deepEqual(service.check(URI, text), createLanguageService({ settings: { language: 'fr' } }).check(URI, text));
});
