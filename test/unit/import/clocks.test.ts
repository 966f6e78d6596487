/**
 * The clock reader on its own (issue 17): time lines as the seeds and the programmes people
 * send write them, each read to the times the programme will hold and the rest of the line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockAt, parseTimeLine } from '../../../server/src/core/import/clocks';

/** `start–end rest` as the importer reads a line, or undefined when the line holds no time. */
function reading(text: string): string | undefined {
  const t = parseTimeLine(text);
  return t && `${t.start.text}${t.end ? `–${t.end.text}` : ''} ${t.rest}`;
}

test('the seeds’ ranges: slash, capital H, a bare hour, « De … à … »', () => {
  assert.equal(reading('09h45/10h00 Accueil des participants'), '09h45–10h00 Accueil des participants');
  // Seed 004 writes « 13H00/14h15 »: written back with a small h.
  assert.equal(reading('13H00/14h15 Déjeuner'), '13h00–14h15 Déjeuner');
  assert.equal(reading('9h-12h30 Plénière'), '9h–12h30 Plénière');
  assert.equal(reading('De 9h à 10h30 — Séquence 1'), '9h–10h30 Séquence 1');
  assert.equal(reading('9 h 30 - 10 h Accueil'), '9h30–10h Accueil');
});

test('a start alone, a range at the end of the line, English a.m./p.m.', () => {
  assert.equal(reading('10h30 Pause'), '10h30 Pause');
  assert.equal(reading('Accueil café (8h30 – 9h00)'), '8h30–9h00 Accueil café');
  assert.equal(reading('2pm to 3.30pm Panel'), '14:00–15:30 Panel');
});

test('minutes since midnight come from core/time.ts', () => {
  const t = parseTimeLine('13H00/14h15 Déjeuner')!;
  assert.equal(t.start.minutes, 13 * 60);
  assert.equal(t.end!.minutes, 14 * 60 + 15);
});

test('a duration, a date and a number are no time of day', () => {
  assert.equal(reading('1h30 de visite'), undefined);
  assert.equal(reading('le 5/06/2025'), undefined);
  assert.equal(reading('Atelier n°3 : 12 participants'), undefined);
  // Inside a date (`5/06`) no clock starts.
  assert.equal(clockAt('5/06/2025', 2), undefined);
  assert.equal(clockAt('vers 25h00', 5), undefined);
});

test('a line that times the parts of a session (two ranges) is no slot of its own', () => {
  assert.equal(reading('Passages : Table A 15h45–16h05 · Table B 16h05–16h25'), undefined);
  // One range at the end still opens a slot.
  assert.equal(reading('Table A 15h45–16h05'), '15h45–16h05 Table A');
});
