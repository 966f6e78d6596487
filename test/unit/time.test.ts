/**
 * The notation parsers of FORMAT.md §2 (server/src/core/time.ts): every notation the page
 * lists is accepted with the right value, the near-misses users actually type are
 * rejected, and the JSON-Schema patterns (`schemaPatterns`, used by editors that only read
 * the published schema) accept exactly the strings the parsers accept.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isOverlongDuration, parseClock, parseDate, parseDuration, parseMonthOrDate, parseRange, schemaPatterns } from '../../server/src/core/time';
import { hm } from '../helpers';

describe('clock times (HH:MM, H:MM, HHhMM, HhMM, HHh)', () => {
  const accepted: [string, number][] = [
    ['08:30', hm(8, 30)],
    ['8:30', hm(8, 30)],
    ['08h30', hm(8, 30)],
    ['8h30', hm(8, 30)],
    ['8h', hm(8)],
    ['08h', hm(8)],
    ['14h', hm(14)],
    ['00:00', 0],
    ['0h00', 0],
    ['23:59', hm(23, 59)],
    ['23h59', hm(23, 59)],
    ['12h00', hm(12)],
    // FORMAT.md 7.1: spaces around the h, plain, no-break or narrow no-break
    ['9 h 30', hm(9, 30)],
    ['9 h', hm(9)],
    ['9h 30', hm(9, 30)],
    ['9 h30', hm(9, 30)],
    ['14\u00a0h\u00a030', hm(14, 30)],
    ['14\u202fh', hm(14)],
  ];
  for (const [text, minutes] of accepted) {
    test(`accepts ${JSON.stringify(text)} as ${minutes} min`, () => {
      assert.equal(parseClock(text), minutes);
      assert.equal(parseClock(text, true), minutes);
    });
  }

  test('24:00 is an end time only', () => {
    assert.equal(parseClock('24:00'), undefined);
    assert.equal(parseClock('24h'), undefined);
    assert.equal(parseClock('24h00'), undefined);
    assert.equal(parseClock('24:00', true), hm(24));
    assert.equal(parseClock('24h', true), hm(24));
    assert.equal(parseClock('24h00', true), hm(24));
  });

  const rejected = [
    '25:00', // hours 0–23
    '8h75', // minutes 0–59
    '08:60',
    '24:30', // only 24:00 itself
    '24h01',
    '8:3', // minutes have two digits
    '8h5',
    '830',
    '8.30',
    '08:30:00',
    'h30',
    '123:00',
    '-8:00',
    '9  h 30', // one space at most on each side of the h
    '9 : 30', // spaces only around an h
    '9\th30',
    '8 h 75',
    '',
    'midi',
  ];
  for (const text of rejected) {
    test(`rejects ${JSON.stringify(text)}`, () => {
      assert.equal(parseClock(text), undefined);
      assert.equal(parseClock(text, true), undefined);
    });
  }
});

describe('time ranges (two clock times joined by -, –, / or « à »)', () => {
  const accepted: [string, number, number][] = [
    ['08h30-09h00', hm(8, 30), hm(9)],
    ['08:30 – 09:00', hm(8, 30), hm(9)],
    ['08:30–09:00', hm(8, 30), hm(9)],
    ['08h30/09h00', hm(8, 30), hm(9)],
    ['08h30 / 09h00', hm(8, 30), hm(9)],
    ['9h à 10h30', hm(9), hm(10, 30)],
    ['9h-10h', hm(9), hm(10)],
    ['8:30 - 9:00', hm(8, 30), hm(9)],
    ['14h00–17h30', hm(14), hm(17, 30)],
    ['23h-24h', hm(23), hm(24)],
    ['22:00-24:00', hm(22), hm(24)],
    // the order of the two times is the time-order rule's business, not the notation's
    ['10h-9h', hm(10), hm(9)],
    // FORMAT.md 7.1: « de … à … », « a » without the accent, spaces around the h
    ['de 10h à 12h', hm(10), hm(12)],
    ['De 9 h 30 à 10 h', hm(9, 30), hm(10)],
    ['9h a 10h', hm(9), hm(10)],
    ['de 9 h a 12 h 15', hm(9), hm(12, 15)],
    ['de 14h00-17h30', hm(14), hm(17, 30)],
    ['9 h 30 – 10 h', hm(9, 30), hm(10)],
    ['de 22 h à 24 h', hm(22), hm(24)],
  ];
  for (const [text, start, end] of accepted) {
    test(`accepts ${JSON.stringify(text)}`, () => {
      assert.deepEqual(parseRange(text), { start, end });
    });
  }

  const rejected = [
    '08h30—09h00', // em dash
    '08h30 to 09h00',
    '9hà10h', // « à » needs spaces around it
    '9ha10h',
    'de10h à 12h', // « de » is a word
    'DE 10h à 12h',
    'du 10h au 12h',
    'de 10h',
    'de 24h à 1h',
    '08h30',
    '08h30-',
    '-09h00',
    '8h75-9h',
    '08:30-25:00',
    '24:00-24:00', // 24:00 cannot start
    '24h-1h',
    '08h30-09h00-10h00',
    '08h30 09h00',
  ];
  for (const text of rejected) {
    test(`rejects ${JSON.stringify(text)}`, () => {
      assert.equal(parseRange(text), undefined);
    });
  }
});

describe('durations', () => {
  const accepted: [string | number, number][] = [
    [45, 45],
    ['45', 45],
    ['45min', 45],
    ['45 min', 45],
    ['1h', 60],
    ['1h30', 90],
    ['1 h 30', 90],
    ['1h30min', 90],
    ['1:30', 90],
    ['90mn', 90],
    ['90 mn', 90],
    ['PT1H30M', 90],
    ['PT45M', 45],
    ['PT2H', 120],
    ['2h00', 120],
    ['0:45', 45],
  ];
  for (const [value, minutes] of accepted) {
    test(`accepts ${JSON.stringify(value)} as ${minutes} min`, () => {
      assert.equal(parseDuration(value), minutes);
    });
  }

  const rejected: unknown[] = [
    '1h75', // minutes 0–59 after the hours
    '1:75',
    '1.5h',
    '1,5 h',
    '-45',
    -45,
    45.5,
    'PT',
    'P1D',
    'PT1H30',
    '1 heure',
    '45 secondes',
    "45'",
    'h30',
    '',
    true,
    null,
  ];
  for (const value of rejected) {
    test(`rejects ${JSON.stringify(value)}`, () => {
      assert.equal(parseDuration(value), undefined);
    });
  }
});

describe('dates and months', () => {
  test('a date is YYYY-MM-DD, checked against the calendar', () => {
    assert.equal(parseDate('2021-10-20'), Date.UTC(2021, 9, 20) / 86_400_000);
    assert.equal(parseDate('2024-02-29'), Date.UTC(2024, 1, 29) / 86_400_000);
    assert.equal(parseDate('2021-12-31'), Date.UTC(2021, 11, 31) / 86_400_000);
    // consecutive days are consecutive numbers, so dates compare and subtract
    assert.equal(parseDate('2021-11-01')! - parseDate('2021-10-31')!, 1);
  });

  const rejected = ['2021-13-01', '2021-00-10', '2021-10-00', '2021-10-32', '2021-02-29', '2021-04-31', '2021-1-5', '21-10-20', '20/10/2021', '2021-10-20T08:30', '2021-10', ''];
  for (const text of rejected) {
    test(`rejects the date ${JSON.stringify(text)}`, () => {
      assert.equal(parseDate(text), undefined);
    });
  }

  test('a month means its first day as a start and its last day as an end', () => {
    assert.equal(parseMonthOrDate('2023-01', 'start'), parseDate('2023-01-01'));
    assert.equal(parseMonthOrDate('2023-03', 'end'), parseDate('2023-03-31'));
    assert.equal(parseMonthOrDate('2024-02', 'end'), parseDate('2024-02-29'));
    assert.equal(parseMonthOrDate('2023-02', 'end'), parseDate('2023-02-28'));
    // `2023-01` to `2023-03` is three whole months, and 2023-03-31 lies inside it
    const start = parseMonthOrDate('2023-01', 'start')!;
    const end = parseMonthOrDate('2023-03', 'end')!;
    assert.equal(end - start + 1, 31 + 28 + 31);
    const day = parseDate('2023-03-31')!;
    assert.ok(day >= start && day <= end);
  });

  test('a date is also accepted where a month is', () => {
    assert.equal(parseMonthOrDate('2023-03-15', 'start'), parseDate('2023-03-15'));
    assert.equal(parseMonthOrDate('2023-03-15', 'end'), parseDate('2023-03-15'));
  });

  for (const text of ['2023-13', '2023-00', '2023-1', '23-01', '2023/01', '2023-02-30']) {
    test(`rejects the month or date ${JSON.stringify(text)}`, () => {
      assert.equal(parseMonthOrDate(text, 'start'), undefined);
      assert.equal(parseMonthOrDate(text, 'end'), undefined);
    });
  }
});

describe('schemaPatterns accept exactly what the parsers accept', () => {
  /** Valid notations and their near-misses, of every kind, checked against every pattern. */
  const corpus = [
    // clock times
    '08:30', '8:30', '08h30', '8h30', '8h', '14h', '0:00', '23:59', '24:00', '24h', '24h00',
    '25:00', '8h75', '08:60', '24:30', '24h01', '8:3', '8h5', '830', '8.30', '08:30:00', '123:00', '8H30', '13H00',
    // ranges
    '08h30-09h00', '08:30 – 09:00', '08h30/09h00', '9h à 10h30', '9h-10h', '23h-24h', '08h30 - 09h00', '10h-9h',
    '08h30—09h00', '9h a 10h', '9hà10h',
    '9 h 30', '9 h', '9h 30', '9  h 30', '9 : 30', '24 h', '24 h 00', '14\u00a0h\u00a030',
    'de 10h à 12h', 'De 9 h 30 à 10 h', 'de 9 h a 12 h 15', 'de10h à 12h', 'DE 10h à 12h', 'de 24h à 1h', 'de 22 h à 24 h', '8h75-9h', '08:30-25:00', '24:00-24:00', '08h30-', '08h30 to 09h00',
    // durations
    '45', '45min', '45 min', '1h', '1h30', '1 h 30', '1h30min', '1:30', '90mn', 'PT1H30M', 'PT45M', 'PT2H', '2h00', '45 minutes', '1h5',
    '1h75', '1:75', '1.5h', '-45', 'PT', 'P1D', '1 heure', '1h059', '45MIN', '1H30', 'pt1h30m',
    // dates and months
    '2021-10-20', '2024-02-29', '2021-13-01', '2021-02-29', '2021-04-31', '2021-1-5', '20/10/2021',
    '2023-01', '2023-12', '2023-13', '2023-00', '2023-1',
    // stray spaces (possible in quoted YAML values)
    ' 08:30', '45min ',
  ];

  const re = (pattern: string) => new RegExp(pattern, 'u'); // as ajv compiles them
  const kinds: { name: string; pattern: RegExp | ((s: string) => boolean); parser: (s: string) => unknown }[] = [
    { name: 'clock', pattern: re(schemaPatterns.clock), parser: (s) => parseClock(s, true) },
    { name: 'range', pattern: re(schemaPatterns.range), parser: parseRange },
    // The pattern checks the notation; the bound (a day at most) is the checker's, reported as
    // time-format 'longer than a day' (`25:00` as a duration is 1500 min): not a pattern's job.
    { name: 'duration', pattern: re(schemaPatterns.duration), parser: (s) => parseDuration(s) ?? (isOverlongDuration(s) ? s : undefined) },
    { name: 'date', pattern: re(schemaPatterns.date), parser: parseDate },
    {
      name: 'month or date',
      pattern: (s) => re(schemaPatterns.month).test(s) || re(schemaPatterns.date).test(s),
      parser: (s) => parseMonthOrDate(s, 'start'),
    },
  ];

  test('the corpus has about sixty strings, each accepted by some parser or a near-miss', () => {
    assert.ok(corpus.length >= 60, `corpus of ${corpus.length}`);
    assert.equal(new Set(corpus).size, corpus.length, 'no string twice');
  });

  for (const kind of kinds) {
    test(`${kind.name}: pattern and parser agree on every string of the corpus`, () => {
      const disagreements: string[] = [];
      for (const s of corpus) {
        const byPattern = typeof kind.pattern === 'function' ? kind.pattern(s) : kind.pattern.test(s);
        const byParser = kind.parser(s) !== undefined;
        if (byPattern !== byParser) disagreements.push(`${JSON.stringify(s)}: pattern ${byPattern ? 'accepts' : 'rejects'}, parser ${byParser ? 'accepts' : 'rejects'}`);
      }
      assert.deepEqual(disagreements, []);
    });
  }
});
