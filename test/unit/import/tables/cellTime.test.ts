import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellDuration, cellTime, leadingTime } from '../../../../server/src/core/import/tables/cellTime';

test('the notations of the seeds and of Word tables read as ranges, written in the source style', () => {
  const cases: [string, string, string, number, number][] = [
    ['9h00 – 9h30', '9h00', '9h30', 540, 570],
    ['09h45/10h00', '09h45', '10h00', 585, 600],
    ['13H00/14h15', '13h00', '14h15', 780, 855],
    ['de 9h à 10h', '9h', '10h', 540, 600],
    ['9 h 30 - 10 h', '9h30', '10h', 570, 600],
    ['08:30 - 09:00', '08:30', '09:00', 510, 540],
  ];
  for (const [text, start, end, s, e] of cases) {
    const t = cellTime(text);
    assert.deepEqual(t && [t.start, t.end, t.startMinutes, t.endMinutes, t.normalised], [start, end, s, e, undefined], text);
  }
});

test('a start alone is a time with no end', () => {
  assert.deepEqual(cellTime('9:00'), { start: '9:00', startMinutes: 540 });
  assert.deepEqual(cellTime('14h'), { start: '14h', startMinutes: 840 });
});

test('notations core/time.ts does not read are rewritten, and the reading says so', () => {
  const cases: [string, string, string][] = [
    ['9h00 — 9h30', '9h00', '9h30'],
    ['9h00 > 9h30', '9h00', '9h30'],
    ['9.30 - 10.00', '9h30', '10h00'],
    ['9:00 am – 10:30 am', '09:00', '10:30'],
    ['2:00 pm to 3:00 pm', '14:00', '15:00'],
    ["14h jusqu'à 16h", '14h', '16h'],
  ];
  for (const [text, start, end] of cases) {
    const t = cellTime(text);
    assert.deepEqual(t && [t.start, t.end, t.normalised], [start, end, true], text);
  }
});

test('text that is not a time is none: words, numbers, a telephone number, an impossible hour', () => {
  for (const text of ['Accueil', '3 groupes', '03 20 40 50 60', '03.20.40.50.60', '25h00', '9h75', '', '2024']) assert.equal(cellTime(text), undefined, text);
  assert.equal(leadingTime('03.20.40.50.60 (standard)'), undefined);
});

test('a time at the start of a cell gives the time and the rest', () => {
  const lead = leadingTime('12h30 – 14h00 : Pause déjeuner');
  assert.deepEqual(lead && [lead.time.start, lead.time.end, lead.rest], ['12h30', '14h00', 'Pause déjeuner']);
  const start = leadingTime('9h00 Accueil café');
  assert.deepEqual(start && [start.time.start, start.time.end, start.rest], ['9h00', undefined, 'Accueil café']);
  assert.equal(leadingTime('Accueil 9h00'), undefined);
});

test('durations as tables write them, and a bare number is no duration', () => {
  const cases: [string, number][] = [['30 min', 30], ['1h30', 90], ['1 h 30', 90], ["45'", 45], ['2 heures', 120], ['90 minutes', 90], ['45mn', 45]];
  for (const [text, minutes] of cases) assert.deepEqual(cellDuration(text), { text, minutes }, text);
  for (const text of ['30', 'Accueil', '0 min', '']) assert.equal(cellDuration(text), undefined, text);
});

test('a small number of hours opening a sentence is a duration, not a start', () => {
  assert.equal(leadingTime('1h30 de visite en car'), undefined);
  assert.equal(leadingTime('2 h de travail en groupe'), undefined);
  const evening = leadingTime('19h30 Dîner');
  assert.equal(evening?.time.start, '19h30');
});
