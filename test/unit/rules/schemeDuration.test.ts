/**
 * `scheme-duration` (FORMAT.md §5), warning: an `atelier-flash` longer than 3 months, an
 * `atelier-local` outside 8–12 months; the limits come from the `schemes` settings. Months
 * follow §2: `2023-01` to `2023-03` is a period of 3 months.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Range } from '../../../server/src/core';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';

const URI = 'file:///ws/m.mission.yaml';

function session(title: string, date: string): string {
  return `title: ${title}
organiser: DDT 89
date: ${date}
agenda:
  - time: 09h00-09h30
    title: Accueil en mairie
    type: welcome
  - time: 09h30-12h00
    title: Visite collective du site et séance collective
    type: workshop
`;
}

const FLASH_FILES = { 'file:///ws/session-sur-site.programme.yaml': session('Atelier flash — session sur site', '2023-02-14') };

/** An atelier flash over `period` (a flow mapping's contents), one session in February 2023. */
function flash(start: string, end: string): string {
  return `title: Rivelonges — de la gare au bourg
scheme: atelier-flash
client: DDT de l'Yonne (DDT 89)
partners: [Commune de Rivelonges, CAUE de l'Yonne]
period: { start: ${start}, end: ${end} }
phases:
  - id: session
    title: Session de travail sur site
    programmes: [session-sur-site.programme.yaml]
`;
}

const LOCAL_FILES = {
  'file:///ws/ateliers/session-1.programme.yaml': session('Session 1 — diagnostic', '2023-02-07'),
  'file:///ws/ateliers/session-2.programme.yaml': session('Session 2 — stratégie', '2023-04-11'),
  'file:///ws/ateliers/session-3.programme.yaml': session('Session 3 — plan d’actions', '2023-06-20'),
};

function local(start: string, end: string): string {
  return `title: Atelier des territoires — vallée de l'Yonne
scheme: atelier-local
client: DDT de l'Yonne (DDT 89)
period: { start: ${start}, end: ${end} }
phases:
  - id: sessions
    title: Les trois sessions sur site
    programmes:
      - ateliers/session-1.programme.yaml
      - ateliers/session-2.programme.yaml
      - ateliers/session-3.programme.yaml
`;
}

/** The range of the period's end value. */
function endRange(text: string, end: string): Range {
  const r = rangeOf(text, `end: ${end} }`);
  return { start: { line: r.start.line, character: r.start.character + 'end: '.length }, end: { line: r.start.line, character: r.start.character + 'end: '.length + end.length } };
}

describe('scheme-duration — atelier flash', () => {
  test('silent: `2023-01` to `2023-03` is exactly 3 months', () => {
    expectClean(flash('2023-01', '2023-03'), { uri: URI, files: FLASH_FILES });
  });

  test('silent: a period in dates a little under 3 months (2022-12-12 → 2023-03-09)', () => {
    expectClean(flash('2022-12-12', '2023-03-09'), { uri: URI, files: FLASH_FILES });
  });

  test('silent: calendar months — 2023-01-15 → 2023-04-14 is exactly 3 months', () => {
    expectClean(flash('2023-01-15', '2023-04-14'), { uri: URI, files: FLASH_FILES });
  });

  test('`2023-01` to `2023-04` is 4 months: warning on the period end (full message and data)', () => {
    const text = flash('2023-01', '2023-04');
    const diagnostics = diagnose(text, { uri: URI, files: FLASH_FILES });
    const d = expectOne(diagnostics, 'scheme-duration', 'warning', endRange(text, '2023-04'));
    assert.equal(d.message, 'An atelier flash lasts at most 3 months; this period lasts 4 months.');
    assert.deepEqual(d.data, { code: 'scheme-duration', months: 4, scheme: 'atelier-flash', measured: 'period' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['scheme-duration'], 'nothing else fires');
  });

  test('a few days over 3 months is reported with one decimal', () => {
    const text = flash('2023-01-01', '2023-04-09');
    const d = expectOne(diagnose(text, { uri: URI, files: FLASH_FILES }), 'scheme-duration', 'warning', endRange(text, '2023-04-09'));
    assert.equal(d.message, 'An atelier flash lasts at most 3 months; this period lasts 3.3 months.');
  });

  test('in French, with a decimal comma', () => {
    const text = flash('2023-01-01', '2023-04-09');
    const d = expectOne(diagnose(text, { uri: URI, files: FLASH_FILES, settings: { language: 'fr' } }), 'scheme-duration', 'warning', endRange(text, '2023-04-09'));
    assert.equal(d.message, 'Un atelier flash dure au plus 3 mois ; cette période dure 3,3 mois.');
  });

  test('the limit comes from settings', () => {
    const settings = { schemes: { atelierFlashMaxMonths: 4 } };
    expectClean(flash('2023-01', '2023-04'), { uri: URI, files: FLASH_FILES, settings });
    const text = flash('2023-01', '2023-05');
    const d = expectOne(diagnose(text, { uri: URI, files: FLASH_FILES, settings }), 'scheme-duration', 'warning', endRange(text, '2023-05'));
    assert.equal(d.message, 'An atelier flash lasts at most 4 months; this period lasts 5 months.');
  });
});

describe('scheme-duration — atelier local', () => {
  test('silent: 8 months (`2023-01` to `2023-08`)', () => {
    expectClean(local('2023-01', '2023-08'), { uri: URI, files: LOCAL_FILES });
  });

  test('silent: 12 months (`2023-01` to `2023-12`)', () => {
    expectClean(local('2023-01', '2023-12'), { uri: URI, files: LOCAL_FILES });
  });

  test('7 months is too short', () => {
    const text = local('2023-01', '2023-07');
    const d = expectOne(diagnose(text, { uri: URI, files: LOCAL_FILES }), 'scheme-duration', 'warning', endRange(text, '2023-07'));
    assert.equal(d.message, 'An atelier local lasts 8 to 12 months; this period lasts 7 months.');
    assert.deepEqual(d.data, { code: 'scheme-duration', months: 7, scheme: 'atelier-local', measured: 'period' });
  });

  test('13 months is too long', () => {
    const text = local('2023-01', '2024-01');
    const d = expectOne(diagnose(text, { uri: URI, files: LOCAL_FILES }), 'scheme-duration', 'warning', endRange(text, '2024-01'));
    assert.equal(d.message, 'An atelier local lasts 8 to 12 months; this period lasts 13 months.');
  });

  test('in French', () => {
    const text = local('2023-01', '2023-07');
    const d = expectOne(diagnose(text, { uri: URI, files: LOCAL_FILES, settings: { language: 'fr' } }), 'scheme-duration', 'warning', endRange(text, '2023-07'));
    assert.equal(d.message, 'Un atelier local dure de 8 à 12 mois ; cette période dure 7 mois.');
  });

  test('the limits come from settings', () => {
    const settings = { schemes: { atelierLocalMinMonths: 6, atelierLocalMaxMonths: 9 } };
    expectClean(local('2023-01', '2023-07'), { uri: URI, files: LOCAL_FILES, settings });
    const text = local('2023-01', '2023-10');
    const d = expectOne(diagnose(text, { uri: URI, files: LOCAL_FILES, settings }), 'scheme-duration', 'warning', endRange(text, '2023-10'));
    assert.equal(d.message, 'An atelier local lasts 6 to 9 months; this period lasts 10 months.');
  });
});

describe('scheme-duration — other schemes and settings', () => {
  test('silent: a 24-month NCT has no duration limit', () => {
    const text = `title: Le Nouveau Conseil aux Territoires dans l'Hérault
scheme: nct
client: DDTM 34
pilot: Cerema Méditerranée
period: { start: 2016-01, end: 2017-12 }
`;
    expectClean(text, { uri: URI });
  });

  test('severity setting and off', () => {
    const text = flash('2023-01', '2023-04');
    expectOne(diagnose(text, { uri: URI, files: FLASH_FILES, settings: { rules: { 'scheme-duration': 'error' } } }), 'scheme-duration', 'error', endRange(text, '2023-04'));
    assert.deepEqual(only('scheme-duration', diagnose(text, { uri: URI, files: FLASH_FILES, settings: { rules: { 'scheme-duration': 'off' } } })), []);
  });
});
