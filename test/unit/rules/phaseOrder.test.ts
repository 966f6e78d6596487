/**
 * `phase-order` (FORMAT.md §5), warning: mission phases that overlap or are out of order
 * (and a phase that ends before it starts). Months follow §2: as a start the first day,
 * as an end the last day, so a phase ending `2016-06` and the next starting `2016-07`
 * touch without overlapping. The v2 cases (workstreams, the hand-over month) are in
 * phaseOrderV2.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { edit, valueRange } from './helpers';

const URI = 'file:///ws/m.mission.yaml';

const NCT = `title: Le Nouveau Conseil aux Territoires — retour d'expérience de la DDTM 34
scheme: nct
client: DDTM 34
partners: [Communes de Celles, Ganges et Clermont-l'Hérault]
pilot: Cerema Méditerranée
contact: relation-clients-paca@example.org
period: { start: 2016-01, end: 2017-12 }
themes: [Sobriété foncière]
governance:
  - id: copil
    name: Comité de pilotage
    members: [DDTM 34, Cerema Méditerranée]
phases:
  - id: cadrage
    title: Cadrage de la mission NCT
    start: 2016-01
    end: 2016-03
    governance: [copil]
  - id: rex
    title: Retour d'expérience sur Celles, Ganges et Clermont-l'Hérault
    start: 2016-04
    end: 2016-12
  - id: occitanie
    title: État des lieux dans les DDT(M) d'Occitanie
    start: 2017-01
    end: 2017-12
    deliverables: [rapport]
    governance: [copil]
deliverables:
  - id: rapport
    title: Rapport final
    due: 2017-12
`;

const check = (text: string, language: 'en' | 'fr' = 'en') => diagnose(text, { uri: URI, settings: { language } });

describe('phase-order — silent', () => {
  test('a complete NCT mission whose phases follow each other month after month is clean', () => {
    expectClean(NCT, { uri: URI });
  });

  test('phases given by dates that follow each other day after day', () => {
    const text = edit(edit(NCT, 'end: 2016-03', 'end: 2016-03-15'), 'start: 2016-04', 'start: 2016-03-16');
    expectClean(text, { uri: URI });
  });

  test('a phase with no dates is skipped, and the next one is compared with the last dated phase', () => {
    const text = edit(edit(NCT, '    start: 2016-04\n', ''), '    end: 2016-12\n', '');
    expectClean(text, { uri: URI });
  });
});

describe('phase-order — fires', () => {
  test('a phase that starts on a day of the month the previous one ends: on its start (full message, data, related)', () => {
    const text = edit(NCT, 'start: 2016-04', 'start: 2016-03-15');
    const diagnostics = check(text);
    const d = expectOne(diagnostics, 'phase-order', 'warning', valueRange(text, 'start', '2016-03-15'));
    assert.equal(d.message, 'This phase starts before the previous phase “Cadrage de la mission NCT” ends (31 March 2016).');
    assert.deepEqual(d.data, { code: 'phase-order', phase: 'rex', previous: 'cadrage', previousEnd: '2016-03-31' });
    assert.deepEqual(d.related, [{ uri: URI, range: valueRange(text, 'end', '2016-03'), message: 'Cadrage de la mission NCT' }]);
    assert.deepEqual(diagnostics.map((x) => x.code), ['phase-order'], 'nothing else fires');
  });

  test('a date inside the last month of the previous phase overlaps it', () => {
    const text = edit(NCT, 'start: 2016-04', 'start: 2016-03-20');
    expectOne(check(text), 'phase-order', 'warning', valueRange(text, 'start', '2016-03-20'));
  });

  test('phases out of order: the later-listed phase comes entirely before the previous one', () => {
    const text = edit(edit(NCT, 'start: 2017-01', 'start: 2016-05'), 'end: 2017-12\n    deliverables', 'end: 2016-06\n    deliverables');
    const d = expectOne(check(text), 'phase-order', 'warning', valueRange(text, 'start', '2016-05'));
    assert.equal(d.data?.phase, 'occitanie');
    assert.equal(d.data?.previous, 'rex');
  });

  test('a phase that ends before it starts: on its end', () => {
    const text = edit(NCT, 'end: 2016-12', 'end: 2016-02');
    const found = only('phase-order', check(text));
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
    const d = expectOne(found, 'phase-order', 'warning', valueRange(text, 'end', '2016-02'));
    assert.equal(d.message, 'This phase ends before it starts.');
    assert.equal(d.data?.phase, 'rex');
  });

  test('each overlapping phase is reported once, against the phase just before it', () => {
    const text = edit(edit(NCT, 'start: 2016-04', 'start: 2016-02'), 'start: 2017-01', 'start: 2016-11');
    assert.deepEqual(
      only('phase-order', check(text)).map((d) => [d.range, d.data?.previous]),
      [
        [valueRange(text, 'start', '2016-02'), 'cadrage'],
        [valueRange(text, 'start', '2016-11'), 'rex'],
      ],
    );
  });
});

describe('phase-order — French messages and settings', () => {
  test('overlap, in French', () => {
    const text = edit(NCT, 'start: 2016-04', 'start: 2016-03-15');
    const d = expectOne(check(text, 'fr'), 'phase-order', 'warning', valueRange(text, 'start', '2016-03-15'));
    assert.equal(d.message, 'Cette phase commence avant la fin de la phase précédente « Cadrage de la mission NCT » (31 mars 2016).');
  });

  test('reversed, in French', () => {
    const text = edit(NCT, 'end: 2016-12', 'end: 2016-02');
    const d = expectOne(check(text, 'fr'), 'phase-order', 'warning', valueRange(text, 'end', '2016-02'));
    assert.equal(d.message, 'Cette phase se termine avant de commencer.');
  });

  test('severity setting and off', () => {
    const text = edit(NCT, 'start: 2016-04', 'start: 2016-03-15');
    expectOne(diagnose(text, { uri: URI, settings: { rules: { 'phase-order': 'error' } } }), 'phase-order', 'error', valueRange(text, 'start', '2016-03-15'));
    expectClean(text, { uri: URI, settings: { rules: { 'phase-order': 'off' } } });
  });
});
