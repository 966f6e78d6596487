/**
 * `phase-order` extended in v2 (FORMAT.md 7.4): phases are compared within one workstream
 * (phases without `workstream` form one line), and a phase may start in the month the
 * previous one ends when both are written as months (the hand-over month).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne } from '../../helpers';
import { edit, valueRange } from './helpers';

const URI = 'file:///ws/crte-eure.mission.yaml';

/** Seed 001: the CRTE accompaniment, one workstream per territory, run in parallel. */
const CRTE = `title: Accompagnement des CRTE de l'Eure
scheme: crte
client: DDTM de l'Eure
period: { start: 2021-06, end: 2022-06 }
territories:
  - id: pont-audemer
    name: CC de Pont-Audemer Val de Risle
    kind: epci
  - id: lieuvin
    name: Intercom Lieuvin Pays d'Auge
    kind: epci
workstreams:
  - id: pa
    title: Pont-Audemer Val de Risle
    territories: [pont-audemer]
  - id: lpa
    title: Lieuvin Pays d'Auge
    territories: [lieuvin]
phases:
  - id: cadrage
    title: Cadrage régional
    start: 2021-06
    end: 2021-08
  - id: pa-diagnostic
    title: Diagnostic à Pont-Audemer
    workstream: pa
    start: 2021-09
    end: 2021-11
  - id: lpa-diagnostic
    title: Diagnostic dans le Lieuvin
    workstream: lpa
    start: 2021-10
    end: 2021-12
  - id: pa-projet
    title: Projet de territoire à Pont-Audemer
    workstream: pa
    start: 2021-12
    end: 2022-03
  - id: bilan
    title: Bilan régional
    start: 2022-04
    end: 2022-06
`;

const check = (text: string, language: 'en' | 'fr' = 'en') => diagnose(text, { uri: URI, settings: { language } });

describe('phase-order v2 — silent', () => {
  test('phases of different workstreams that overlap in time are not compared', () => {
    expectClean(CRTE, { uri: URI });
  });

  test('the hand-over month: a phase ending `2021-11` and the next one of its line starting `2021-11`', () => {
    const text = edit(CRTE, 'start: 2021-12\n    end: 2022-03', 'start: 2021-11\n    end: 2022-03');
    expectClean(text, { uri: URI });
  });

  test('the hand-over month also holds for the phases without a workstream', () => {
    const text = edit(CRTE, 'start: 2022-04', 'start: 2021-08');
    expectClean(text, { uri: URI });
  });
});

describe('phase-order v2 — fires', () => {
  test('two phases of one workstream that overlap: reported against the previous phase of that workstream', () => {
    const text = edit(CRTE, 'start: 2021-12\n    end: 2022-03', 'start: 2021-10\n    end: 2022-03');
    const diagnostics = check(text);
    const d = expectOne(diagnostics, 'phase-order', 'warning', valueRange(text, 'start', '2021-10', 2));
    assert.equal(d.message, 'This phase starts before the previous phase “Diagnostic à Pont-Audemer” ends (30 November 2021).');
    assert.deepEqual(d.data, { code: 'phase-order', phase: 'pa-projet', previous: 'pa-diagnostic', previousEnd: '2021-11-30' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['phase-order']);
  });

  test('the phases without a workstream are one line: the final review is compared with the framing, not with the workstreams', () => {
    const text = edit(CRTE, 'start: 2022-04', 'start: 2021-07');
    const d = expectOne(check(text), 'phase-order', 'warning', valueRange(text, 'start', '2021-07'));
    assert.equal(d.data?.previous, 'cadrage');
  });

  test('a month end then a date start in that month is an overlap: only two months hand over', () => {
    const text = edit(CRTE, 'start: 2021-12\n    end: 2022-03', 'start: 2021-11-20\n    end: 2022-03');
    const d = expectOne(check(text), 'phase-order', 'warning', valueRange(text, 'start', '2021-11-20'));
    assert.equal(d.data?.previous, 'pa-diagnostic');
  });

  test('a date end then a month start of that month is an overlap too', () => {
    const text = edit(edit(CRTE, 'end: 2021-11', 'end: 2021-11-15'), 'start: 2021-12\n    end: 2022-03', 'start: 2021-11\n    end: 2022-03');
    const d = expectOne(check(text), 'phase-order', 'warning', valueRange(text, 'start', '2021-11'));
    assert.equal(d.message, 'This phase starts before the previous phase “Diagnostic à Pont-Audemer” ends (15 November 2021).');
  });

  test('in French', () => {
    const text = edit(CRTE, 'start: 2021-12\n    end: 2022-03', 'start: 2021-10\n    end: 2022-03');
    const d = expectOne(check(text, 'fr'), 'phase-order', 'warning', valueRange(text, 'start', '2021-10', 2));
    assert.equal(d.message, 'Cette phase commence avant la fin de la phase précédente « Diagnostic à Pont-Audemer » (30 novembre 2021).');
  });
});
