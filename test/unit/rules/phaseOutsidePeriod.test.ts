/**
 * `phase-outside-period` (FORMAT.md §5), error: a phase that starts before or ends after the
 * mission `period`. Months follow §2 (first day as a start, last day as an end).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { edit, valueRange } from './helpers';

const URI = 'file:///ws/m.mission.yaml';

const CRTE = `title: Accompagnement participatif du CRTE — Communauté de communes du Ternois
scheme: crte
client: Agence nationale de la cohésion des territoires (ANCT)
partners: [Communauté de communes du Ternois, DDTM 62, Sous-préfecture d'Arras]
pilot: Cerema Hauts-de-France
period: { start: 2021-03, end: 2022-12 }
territories:
  - name: Communauté de communes du Ternois
    kind: epci
    population: 38000
governance:
  - id: comite-suivi
    name: Comité de suivi du CRTE
phases:
  - id: diagnostic
    title: Diagnostic de territoire partagé
    start: 2021-03-01
    end: 2021-09
  - id: formation-action
    title: Formation-action des agents aux pratiques participatives
    start: 2021-10
    end: 2022-06
  - id: suivi
    title: Mise en place du comité de suivi
    start: 2022-07
    end: 2022-12-31
    governance: [comite-suivi]
`;

const check = (text: string, language: 'en' | 'fr' = 'en') => diagnose(text, { uri: URI, settings: { language } });

describe('phase-outside-period — silent', () => {
  test('a complete CRTE mission whose phases fill the period exactly (months and dates on the bounds) is clean', () => {
    expectClean(CRTE, { uri: URI });
  });

  test('a phase ending `2022-12` inside a period ending `2022-12-31`', () => {
    const text = edit(edit(CRTE, 'end: 2022-12 }', 'end: 2022-12-31 }'), 'end: 2022-12-31\n', 'end: 2022-12\n');
    expectClean(text, { uri: URI });
  });
});

describe('phase-outside-period — fires', () => {
  test('a phase that starts before the period: error on its start (full message and data)', () => {
    const text = edit(CRTE, 'start: 2021-03-01', 'start: 2021-02');
    const diagnostics = check(text);
    const d = expectOne(diagnostics, 'phase-outside-period', 'error', valueRange(text, 'start', '2021-02'));
    assert.equal(d.message, 'This phase starts before the mission period (1 March 2021).');
    assert.deepEqual(d.data, { code: 'phase-outside-period', phase: 'diagnostic', bound: 'start', periodStart: '2021-03-01' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['phase-outside-period'], 'nothing else fires');
  });

  test('a phase that ends after the period: error on its end', () => {
    const text = edit(CRTE, 'end: 2022-12-31', 'end: 2023-01');
    const d = expectOne(check(text), 'phase-outside-period', 'error', valueRange(text, 'end', '2023-01'));
    assert.equal(d.message, 'This phase ends after the mission period (31 December 2022).');
    assert.deepEqual(d.data, { code: 'phase-outside-period', phase: 'suivi', bound: 'end', periodEnd: '2022-12-31' });
  });

  test('one day after the end of the period is outside', () => {
    const text = edit(CRTE, 'end: 2022-12-31', 'end: 2023-01-01');
    expectOne(check(text), 'phase-outside-period', 'error', valueRange(text, 'end', '2023-01-01'));
  });

  test('a period given by dates: a phase in months starts on the 1st and ends on the last day', () => {
    const text = edit(CRTE, 'period: { start: 2021-03, end: 2022-12 }', 'period: { start: 2021-03-15, end: 2022-12-15 }')
      .replace('start: 2021-03-01', 'start: 2021-03')
      .replace('end: 2022-12-31', 'end: 2022-12');
    const found = only('phase-outside-period', check(text));
    assert.deepEqual(
      found.map((d) => [d.range, d.data?.bound]),
      [
        [valueRange(text, 'start', '2021-03'), 'start'],
        [valueRange(text, 'end', '2022-12'), 'end'],
      ],
    );
    assert.equal(found[0]!.message, 'This phase starts before the mission period (15 March 2021).');
    assert.equal(found[1]!.message, 'This phase ends after the mission period (15 December 2022).');
  });

  test('a phase outside on both sides: two errors', () => {
    const text = edit(edit(CRTE, 'start: 2021-10', 'start: 2020-10'), 'end: 2022-06', 'end: 2023-06');
    assert.deepEqual(
      only('phase-outside-period', check(text)).map((d) => d.range),
      [valueRange(text, 'start', '2020-10'), valueRange(text, 'end', '2023-06')],
    );
  });
});

describe('phase-outside-period — French messages and settings', () => {
  test('in French', () => {
    const text = edit(edit(CRTE, 'start: 2021-03-01', 'start: 2021-02'), 'end: 2022-12-31', 'end: 2023-01');
    assert.deepEqual(
      only('phase-outside-period', check(text, 'fr')).map((d) => d.message),
      ['Cette phase commence avant la période de la mission (1er mars 2021).', 'Cette phase se termine après la période de la mission (31 décembre 2022).'],
    );
  });

  test('severity setting and off', () => {
    const text = edit(CRTE, 'start: 2021-03-01', 'start: 2021-02');
    expectOne(
      diagnose(text, { uri: URI, settings: { rules: { 'phase-outside-period': 'warning' } } }),
      'phase-outside-period',
      'warning',
      valueRange(text, 'start', '2021-02'),
    );
    expectClean(text, { uri: URI, settings: { rules: { 'phase-outside-period': 'off' } } });
  });
});
