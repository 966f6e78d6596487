/**
 * `time-conflict` (FORMAT.md §3 and §5): `time` with `start`/`end`, or `end` with
 * `duration`, are allowed only when they agree. Reported on the value that disagrees with
 * the slot's main time, naming both.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/**
 * A workshop whose slots were written by several hands: some give the range and repeat the
 * start, the end or the duration (they agree, which is allowed).
 */
const ATELIER = `title: Atelier flash — revitalisation du centre-bourg de Guise
subtitle: Atelier local, séance de restitution
format: workshop
organiser: DDT de l'Aisne
location: Guise (02)
date: 2022-10-06
people:
  - id: paysagiste
    name: Laure Petit
    role: Paysagiste conseil de l'État
groups:
  - id: elus
    name: Élus et services
    lead: paysagiste
  - id: habitants
    name: Habitants et commerçants
    lead: paysagiste
agenda:
  - time: 09h00-09h30
    start: "9:00"          # repeated for the printed agenda
    title: Accueil des participants
    type: welcome
  - time: 09h30-10h30
    duration: 1h
    title: Restitution du diagnostic en marchant
    type: presentation
    speakers: [paysagiste]
  - start: "10:30"
    end: "10:45"
    duration: PT15M
    title: Pause
    type: break
  - time: 10h45-12h15
    start: 10h45
    end: 12h15
    duration: 90
    title: Ateliers — scénarios d'aménagement des places
    type: workshop
    groups: all
  - end: "12:30"
    duration: 15min
    title: Conclusion et suites de l'atelier
    type: closing
`;

describe('time-conflict', () => {
  test('repeated values that agree are allowed, in any notation', () => {
    expectClean(ATELIER);
  });

  test('`time` and `start` disagree: one error on the `start` value, naming both', () => {
    const text = edit(ATELIER, 'start: "9:00"', 'start: "8:30"');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-conflict', 'error', rangeOf(text, '"8:30"'));
    assert.equal(d.message, '`time` (09h00-09h30) and `start` (8:30) disagree: keep one of them or make them agree.');
    assert.deepEqual(d.data, { code: 'time-conflict', key: 'start' });
    assert.deepEqual(ds.map((x) => x.code), ['time-conflict']);
  });

  test('`time` and `end` disagree: the error is on the `end` value', () => {
    const text = edit(ATELIER, 'end: 12h15', 'end: 12h30');
    const d = expectOne(diagnose(text), 'time-conflict', 'error', rangeOf(text, '12h30'));
    assert.equal(d.message, '`time` (10h45-12h15) and `end` (12h30) disagree: keep one of them or make them agree.');
    assert.deepEqual(d.data, { code: 'time-conflict', key: 'end' });
  });

  test('`time` and `duration` disagree: the error is on the `duration` value', () => {
    const text = edit(ATELIER, 'duration: 1h\n', 'duration: 1h30\n');
    const d = expectOne(diagnose(text), 'time-conflict', 'error', rangeOf(text, '1h30'));
    assert.equal(d.message, '`time` (09h30-10h30) and `duration` (1h30) disagree: keep one of them or make them agree.');
    assert.deepEqual(d.data, { code: 'time-conflict', key: 'duration' });
    assert.deepEqual(codes(text), ['time-conflict']);
  });

  test('`start`, `end` and `duration` that disagree: the error is on the `duration` value', () => {
    const text = edit(ATELIER, 'duration: PT15M', 'duration: PT20M');
    const d = expectOne(diagnose(text), 'time-conflict', 'error', rangeOf(text, 'PT20M'));
    assert.equal(d.message, '`end` (10:45) and `duration` (PT20M) disagree: keep one of them or make them agree.');
    assert.deepEqual(d.data, { code: 'time-conflict', key: 'duration' });
    assert.deepEqual(codes(text), ['time-conflict']);
  });

  test('`end` and `duration` alone place the slot before its end', () => {
    // the closing slot is 12h15–12h30 (clean above); a longer duration makes it overlap the workshops
    const text = edit(ATELIER, 'duration: 15min', 'duration: 30min');
    expectOne(diagnose(text), 'time-overlap', 'error', rangeOf(text, '30min'));
    assert.deepEqual(only('time-conflict', diagnose(text)), []);
  });

  test('`end` − `duration` before midnight cannot be: a conflict on the duration', () => {
    const text = `title: Nuit de la lecture — lectures de paysage
format: other
organiser: CAUE de l'Oise
date: 2023-01-21
agenda:
  - end: "01:00"
    duration: 2h
    title: Lectures à voix haute
    type: other
`;
    const d = expectOne(diagnose(text), 'time-conflict', 'error', rangeOf(text, '2h'));
    assert.equal(d.message, '`end` (01:00) and `duration` (2h) disagree: keep one of them or make them agree.');
    assert.deepEqual(codes(text), ['time-conflict']);
  });

  test('one disagreement is one diagnostic: neighbours are not judged on a value that may be the wrong one', () => {
    // the printed start says 9:30 as it should; the range was mistyped 09h45-10h30. The checker cannot
    // know which one is right, so it must not also report a 15 min gap after the welcome.
    const text = edit(ATELIER, 'time: 09h30-10h30\n    duration: 1h', 'time: 09h45-10h30\n    start: "9:30"');
    const ds = diagnose(text);
    expectOne(ds, 'time-conflict', 'error', rangeOf(text, '"9:30"'));
    assert.deepEqual(ds.map((x) => x.code), ['time-conflict']);
  });

  test('the message is in French', () => {
    const text = edit(ATELIER, 'start: "9:00"', 'start: "8:30"');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-conflict', 'error', rangeOf(text, '"8:30"'));
    assert.equal(d.message, '`time` (09h00-09h30) et `start` (8:30) ne concordent pas : gardez l’un des deux ou accordez-les.');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(ATELIER, 'start: "9:00"', 'start: "8:30"');
    expectOne(diagnose(text, { settings: { rules: { 'time-conflict': 'warning' } } }), 'time-conflict', 'warning', rangeOf(text, '"8:30"'));
    assert.deepEqual(codes(text, { settings: { rules: { 'time-conflict': 'off' } } }), []);
  });
});
