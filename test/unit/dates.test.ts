/**
 * Dates as written (server/src/core/time.ts): a year below 100 is that year, not 19xx (the
 * trap of `Date.UTC(24, …)`), in every export; a day the calendar does not have is one
 * `time-format` error on the value, and no export is made from the document.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createLanguageService } from '../../server/src/core';
import { exportDocument, UnreadableDatesError } from '../../server/src/core/export';
import { formatDate, formatLongDate, parseDate, parseMonthOrDate } from '../../server/src/core/time';
import { diagnose, expectOne, rangeOf } from '../helpers';

const programme = (date: string) => `title: Atelier territorial
date: ${date}
language: fr
agenda:
  - time: 08h30-09h00
    title: Accueil des participants
    type: welcome
  - time: 09h00-10h00
    title: Plénière
    type: plenary
`;

const analyse = (text: string, uri = 'file:///ws/atelier.programme.yaml') => createLanguageService().analyse(uri, text);

// ical.js 2 is an ES module: loaded with import() from this CommonJS test.
const loadIcal = () => import('ical.js').then((m) => m.default);
let ICAL: Awaited<ReturnType<typeof loadIcal>>;
before(async () => {
  ICAL = await loadIcal();
});

describe('years below 100', () => {
  test('are read and written with their four digits', () => {
    for (const text of ['0024-03-05', '0000-02-29', '0099-12-31', '0001-01-01']) assert.equal(formatDate(parseDate(text)!), text);
    assert.equal(formatDate(parseMonthOrDate('0024-02', 'end')!), '0024-02-29');
    assert.equal(parseDate('0100-02-29'), undefined); // 100 is not a leap year; 1900 is not either, 0024 is
    assert.equal(formatLongDate(parseDate('0024-03-05')!, 'fr'), '5 mars 0024');
    assert.equal(formatLongDate(parseDate('0024-03-01')!, 'en'), '1 March 0024');
  });

  test('the calendar export dates the events in the year 24, read back by ical.js', async () => {
    const ics = (await exportDocument(analyse(programme('0024-03-05')), 'ics', { uidBase: 'atelier' })) as string;
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    assert.equal(events.length, 2);
    for (const e of events) {
      assert.equal(e.startDate.year, 24);
      assert.equal(e.startDate.month, 3);
      assert.equal(e.startDate.day, 5);
    }
    assert.match(ics, /DTSTART;TZID=Europe\/Paris:00240305T083000/);
  });

  test('HTML and Markdown write the date with the year 0024', async () => {
    const html = (await exportDocument(analyse(programme('0024-03-05')), 'html')) as string;
    const md = (await exportDocument(analyse(programme('0024-03-05')), 'md')) as string;
    for (const text of [html, md]) {
      assert.match(text, /5 mars 0024/);
      assert.doesNotMatch(text, /1924/);
    }
  });
});

describe('a day the calendar does not have', () => {
  test('is one time-format error on the value, saying why', () => {
    const text = programme('2023-02-29');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-format', 'error', rangeOf(text, '2023-02-29'));
    assert.equal(d.message, '`2023-02-29` is not a day of the calendar: 2023-02 has 28 days.');
    assert.deepEqual(ds.map((x) => x.code), ['time-format']);
    const fr = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-format', 'error', rangeOf(text, '2023-02-29'));
    assert.equal(fr.message, '`2023-02-29` n’existe pas dans le calendrier : 2023-02 compte 28 jours.');
  });

  test('a mission month 13 and a 30 February are said the same way', () => {
    const text = `title: Mission NCT
period: { start: 2023-01, end: 2023-13 }
phases:
  - id: diagnostic
    title: Diagnostic
    start: 2023-02-30
    end: 2023-06
`;
    const ds = diagnose(text, { uri: 'file:///ws/nct.mission.yaml' });
    assert.equal(expectOne(ds.filter((d) => d.range.start.line === 1), 'time-format', 'error', rangeOf(text, '2023-13')).message, '`2023-13` is not a day of the calendar: months go from 01 to 12.');
    assert.equal(expectOne(ds.filter((d) => d.range.start.line === 5), 'time-format', 'error', rangeOf(text, '2023-02-30')).message, '`2023-02-30` is not a day of the calendar: 2023-02 has 28 days.');
  });

  test('no format is exported: the error names each date, in the language asked', async () => {
    const analysis = analyse(programme('2023-02-29'));
    for (const format of ['html', 'md', 'docx', 'ics'] as const) {
      await assert.rejects(exportDocument(analysis, format, { language: 'fr' }), (e: unknown) => {
        assert.ok(e instanceof UnreadableDatesError, format);
        assert.deepEqual(e.dates, [{ range: rangeOf(programme('2023-02-29'), '2023-02-29'), message: '`2023-02-29` n’existe pas dans le calendrier : 2023-02 compte 28 jours.' }]);
        assert.equal(e.message, '2:7: `2023-02-29` n’existe pas dans le calendrier : 2023-02 compte 28 jours.');
        return true;
      });
    }
  });

  test('a valid leap day exports', async () => {
    const ics = (await exportDocument(analyse(programme('2024-02-29')), 'ics', { uidBase: 'atelier' })) as string;
    assert.match(ics, /DTSTART;TZID=Europe\/Paris:20240229T083000/);
  });
});
