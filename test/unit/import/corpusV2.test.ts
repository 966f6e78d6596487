/**
 * The import corpus of issue 17 (test/fixtures/import-v2, see its README): every document
 * — Word and LibreOffice tables, HTML, PDF, training e-mails, seed 004 — imported from its
 * bytes with `importFile`, as the CLI and the editor do, and compared with the programme
 * written for it beforehand (`NAME.expected.json`), one test per fact so that a failure
 * says which fact a user would find wrong.
 *
 * A document the readers do not meet yet is listed in PENDING with the reason, and runs as
 * a todo; every other document must pass. Empty PENDING as the readers land.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { importFile } from '../../../server/src/core/import/index';
import { parseTotalDuration } from '../../../server/src/core/time';
import { dayDates, notesText, plain, publicText, readImported, resolvedAgenda, slotSpeakers, textOf, writtenSlots, type Data, type Imported } from './corpusFacts';

const CORPUS = resolve(__dirname, '../../../../test/fixtures/import-v2');

/** Document → why it does not pass yet (one line). */
const PENDING: Record<string, string> = {
};

type SlotRow = [string, string | null, string | null, string | null];
interface Expected {
  title: string;
  organiser: string | null;
  format: string | null;
  days: string[];
  slots: SlotRow[];
  people: { name?: string; role?: string; organisation?: string }[];
  speakers: Record<string, string[]>;
  rooms?: Record<string, string>;
  tracks?: Record<string, { title?: string; room?: string }[]>;
  noTracks?: boolean;
  steps?: Record<string, string[]>;
  training?: Record<string, unknown>;
  public: string[];
  noContent: string[];
}

const documents = readdirSync(CORPUS)
  .filter((f) => /\.(docx|odt|pdf|html|txt|md)$/.test(f) && f !== 'README.md')
  .sort();

const expectationOf = (file: string): Expected => JSON.parse(readFileSync(join(CORPUS, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8')) as Expected;

const contains = (haystack: string, needle: string) => plain(haystack).includes(plain(needle));
const sameName = (actual: string, wanted: string) => actual.normalize('NFC').replace(/\s+/g, ' ').trim() === wanted;

/** Every line of every text of the programme (keys aside). */
const linesOf = (data: Data): string[] => textOf(data).split('\n').map(plain).filter(Boolean);

test('the corpus holds at least thirty documents, each with its expected programme', () => {
  assert.ok(documents.length >= 30, `${documents.length} documents`);
  for (const f of documents) assert.ok(existsSync(join(CORPUS, f.replace(/\.[a-z]+$/, '.expected.json'))), `${f} has no expected programme`);
  for (const ext of ['docx', 'odt', 'pdf', 'txt', 'md', 'html']) assert.ok(documents.some((f) => f.endsWith(`.${ext}`)), `a .${ext} document`);
});

test('every PENDING entry names a document of the corpus', () => {
  assert.deepEqual(Object.keys(PENDING).filter((f) => !documents.includes(f)), []);
});

for (const file of documents) {
  if (PENDING[file]) {
    test.todo(`${file}: ${PENDING[file]}`);
    continue;
  }
  describe(file, () => {
    const expected = expectationOf(file);
    let imported: Imported;
    before(async () => {
      const result = await importFile(new Uint8Array(readFileSync(join(CORPUS, file))), file);
      imported = readImported(result.yaml);
    });
    const slotAt = (index: string): Data => {
      const slot = writtenSlots(imported.data)[Number(index)];
      assert.ok(slot, `there is a slot ${Number(index) + 1}`);
      return slot;
    };

    test('title', () => {
      const title = String(imported.data.title ?? '');
      assert.equal(plain(title), plain(expected.title), `title « ${title} »`);
      assert.ok(title !== title.toUpperCase(), `the title « ${title} » is not written in capitals`);
    });
    if (expected.organiser !== null) test('organiser', () => assert.ok(contains(textOf(imported.data.organiser), expected.organiser!), `organiser « ${textOf(imported.data.organiser)} » names ${expected.organiser}`));
    if (expected.format !== null) test('format', () => assert.equal(imported.data.format ?? 'workshop', expected.format));
    test('days', () => assert.deepEqual(dayDates(imported.data), expected.days));
    test('slots: start, end, type, title', () => {
      const actual = resolvedAgenda(imported.model).map((s, i) => {
        const e = expected.slots[i];
        return [s.start, e && e[1] === null ? null : s.end, e && e[2] === null ? null : s.type, e && e[3] === null ? null : s.title];
      });
      assert.deepEqual(actual, expected.slots);
    });
    test('slots: on their days', () => {
      // A new day starts where the expected times go back (the corpus has no night sessions).
      let day = 0;
      const days = expected.slots.map((s, i) => (i > 0 && s[0] < expected.slots[i - 1]![0] ? ++day : day));
      assert.deepEqual(resolvedAgenda(imported.model).map((s) => s.day), days);
    });
    if (expected.people.length > 0)
      test('people', () => {
        const people = Array.isArray(imported.data.people) ? (imported.data.people as Data[]) : [];
        for (const want of expected.people) {
          const found = people.find(
            (p) =>
              // Names as written in a programme: « Mme Claire DUBOIS » is the person Claire Dubois.
              (want.name === undefined || sameName(textOf(p.name), want.name)) &&
              (want.role === undefined || contains(textOf(p.role), want.role)) &&
              (want.organisation === undefined || contains(textOf(p.organisation), want.organisation)),
          );
          assert.ok(found, `a person ${JSON.stringify(want)} among ${JSON.stringify(people)}`);
        }
      });
    for (const [index, names] of Object.entries(expected.speakers))
      test(`speakers of slot ${Number(index) + 1}`, () => {
        const speakers = slotSpeakers(imported.data, slotAt(index)).map(plain);
        for (const name of names) assert.ok(speakers.includes(plain(name)), `${name} speaks in « ${String(slotAt(index).title)} » (speakers: ${speakers.join(', ') || 'none'})`);
      });
    for (const [index, room] of Object.entries(expected.rooms ?? {}))
      test(`room of slot ${Number(index) + 1}`, () => {
        const slot = slotAt(index);
        const where = [textOf(slot.description), ...((slot.tracks as Data[] | undefined) ?? []).map((t) => textOf(t.room))].join(' ');
        assert.ok(contains(where, room), `« ${room} » is written on « ${String(slot.title)} » (description or a track's room)`);
      });
    for (const [index, tracks] of Object.entries(expected.tracks ?? {}))
      test(`tracks of slot ${Number(index) + 1}`, () => {
        const actual = (slotAt(index).tracks as Data[] | undefined) ?? [];
        assert.equal(actual.length, tracks.length, `${tracks.length} tracks in ${JSON.stringify(actual)}`);
        tracks.forEach((want, i) => {
          if (want.title) assert.ok(contains(textOf(actual[i]!.title), want.title), `track ${i + 1} « ${textOf(actual[i]!.title)} » is « ${want.title} »`);
          if (want.room) assert.ok(contains(textOf(actual[i]!.room), want.room), `track ${i + 1} is in « ${want.room} » (room: ${textOf(actual[i]!.room)})`);
        });
      });
    if (expected.noTracks)
      test('no slot has tracks (a room is not a track)', () => {
        assert.deepEqual(writtenSlots(imported.data).filter((s) => Array.isArray(s.tracks)).map((s) => s.title), []);
      });
    for (const [index, steps] of Object.entries(expected.steps ?? {}))
      test(`steps of slot ${Number(index) + 1}`, () => {
        const written = ((slotAt(index).steps as unknown[] | undefined) ?? []).map(textOf);
        for (const step of steps) assert.ok(written.some((w) => contains(w, step)), `« ${step} » is a step of « ${String(slotAt(index).title)} » (steps: ${JSON.stringify(written)})`);
      });
    for (const [field, want] of Object.entries(expected.training ?? {}))
      test(`training: ${field}`, () => {
        const actual = imported.data[field];
        assert.ok(actual !== undefined, `the programme has a ${field}`);
        if (field === 'duration') assert.equal(parseTotalDuration(actual), parseTotalDuration(want), `duration ${textOf(actual)} is ${String(want)}`);
        else if (field === 'participants') assert.equal(actual, want);
        else if (typeof want === 'object' && !Array.isArray(want)) assert.deepEqual(actual, want);
        else for (const text of Array.isArray(want) ? (want as string[]) : [String(want)]) assert.ok(contains(textOf(actual), text), `${field} « ${textOf(actual)} » says « ${text} »`);
      });
    if (expected.noContent.length > 0)
      test('header cells and speaker cells are not content', () => {
        const lines = linesOf(imported.data);
        for (const text of expected.noContent) assert.ok(!lines.includes(plain(text)), `« ${text} » is not written as a line of the programme (title, step, notes…)`);
      });
    if (expected.public.length > 0)
      test('public matter reaches participants, never notes', () => {
        const publicMatter = publicText(imported.data);
        const notes = notesText(imported.data);
        for (const text of expected.public) {
          assert.ok(contains(publicMatter, text), `« ${text} » is in a public field`);
          assert.ok(!contains(notes, text), `« ${text} » is not in notes`);
        }
      });
  });
}
