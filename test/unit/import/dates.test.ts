/**
 * The date reader on its own (issue 17): French and English dates as programmes write them,
 * each read to its day, month and year (ISO when the year is written).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, isoOf, weekdayOf } from '../../../server/src/core/import/dates';

const isos = (text: string) => findDates(text).map((h) => isoOf(h) ?? `${h.day}/${h.month}`);

test('« le 12 mars 2026 », « 1er juin 2025 », numeric and ISO dates', () => {
  assert.deepEqual(isos('Atelier à Poix du Nord le 12 mars 2026'), ['2026-03-12']);
  assert.deepEqual(isos('1er juin 2025'), ['2025-06-01']);
  assert.deepEqual(isos('Date : 5/06/2025'), ['2025-06-05']);
  assert.deepEqual(isos('2025-06-05'), ['2025-06-05']);
});

test('lists and spans of days give every day', () => {
  assert.deepEqual(isos('Dates : les 11 et 12 mars 2024'), ['2024-03-11', '2024-03-12']);
  assert.deepEqual(isos('du 2 au 4 décembre 2024'), ['2024-12-02', '2024-12-03', '2024-12-04']);
});

test('a weekday without a year is kept for the assembly to find the year', () => {
  const [hit] = findDates('Mardi 12 mars');
  assert.equal(hit!.day, 12);
  assert.equal(hit!.month, 3);
  assert.equal(hit!.year, undefined);
  assert.equal(hit!.weekday, 2);
  assert.equal(isoOf(hit!), undefined);
  // 12 March 2024 was a Tuesday: the year the assembly will choose.
  assert.equal(weekdayOf(2024, 3, 12), 2);
});

test('English dates, month first', () => {
  assert.deepEqual(isos('Thursday, March 6, 2025'), ['2025-03-06']);
  assert.equal(findDates('Thursday, March 6, 2025')[0]!.weekday, 4);
});

test('« 4 groupes de mars » and an impossible day are no dates', () => {
  assert.deepEqual(isos('4 groupes de mars'), []);
  assert.equal(isoOf(findDates('31/02/2025')[0]!), undefined);
});
