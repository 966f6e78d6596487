/**
 * `date-outside-period` (FORMAT.md 7.4), warning: a milestone's `date`, or a mission
 * deliverable's `due`, outside the mission `period`. Months count as all their days: a due
 * `2017-12` in a period ending `2017-12` is inside.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne } from '../../helpers';
import { edit, valueRange } from './helpers';

const URI = 'file:///ws/nct-herault.mission.yaml';

/** Seed 000: the Nouveau Conseil aux Territoires in the Hérault, with its milestones. */
const NCT = `title: Le Nouveau Conseil aux Territoires — retour d'expérience de la DDTM 34
scheme: nct
client: DDTM 34
period: { start: 2016-01, end: 2017-12 }
governance:
  - id: copil
    name: Comité de pilotage
milestones:
  - id: lancement
    title: Réunion de lancement avec la DDTM 34
    date: 2016-01-12
    kind: launch
  - id: copil-final
    title: COPIL de restitution
    date: 2017-12
    kind: committee
    governance: copil
deliverables:
  - id: rapport
    title: Rapport final
    due: 2017-12
  - id: outils
    title: Outils pour la mise en œuvre du NCT
    due: 2017-06-30
`;

const check = (text: string, language: 'en' | 'fr' = 'en') => diagnose(text, { uri: URI, settings: { language } });

describe('date-outside-period — silent', () => {
  test('milestones and dues inside the period, a due in its last month, a milestone in its first', () => {
    expectClean(NCT, { uri: URI });
  });

  test('a month that overlaps the period is inside: a due `2017-12` with a period ending `2017-12-15`', () => {
    expectClean(edit(NCT, 'end: 2017-12 }', 'end: 2017-12-15 }'), { uri: URI });
  });

  test('a milestone `2016-01` with a period starting `2016-01-20`', () => {
    expectClean(edit(edit(NCT, 'start: 2016-01,', 'start: 2016-01-20,'), 'date: 2016-01-12', 'date: 2016-01'), { uri: URI });
  });

  test('a milestone without a date, a deliverable without a due, a mission without a period end', () => {
    const text = edit(edit(NCT, '    date: 2016-01-12\n', ''), '    due: 2017-06-30\n', '');
    expectClean(text, { uri: URI });
  });

  test('a reversed period is time-order’s: nothing is judged against it', () => {
    const text = edit(NCT, 'period: { start: 2016-01, end: 2017-12 }', 'period: { start: 2018-01, end: 2017-12 }');
    assert.deepEqual(check(text).map((d) => d.code), ['time-order']);
  });
});

describe('date-outside-period — fires', () => {
  test('a deliverable due after the period: on the due (message, data)', () => {
    const text = edit(NCT, 'due: 2017-12', 'due: 2018-03');
    const diagnostics = check(text);
    const d = expectOne(diagnostics, 'date-outside-period', 'warning', valueRange(text, 'due', '2018-03'));
    assert.equal(d.message, 'This deliverable is due after the mission period ends (31 December 2017).');
    assert.deepEqual(d.data, { code: 'date-outside-period', kind: 'deliverable', id: 'rapport', side: 'after', periodEnd: '2017-12-31' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['date-outside-period']);
    const fr = expectOne(check(text, 'fr'), 'date-outside-period', 'warning', valueRange(text, 'due', '2018-03'));
    assert.equal(fr.message, 'L’échéance de ce livrable tombe après la fin de la période de la mission (31 décembre 2017).');
  });

  test('a milestone before the period: on its date', () => {
    const text = edit(NCT, 'date: 2016-01-12', 'date: 2015-12-15');
    const d = expectOne(check(text), 'date-outside-period', 'warning', valueRange(text, 'date', '2015-12-15'));
    assert.equal(d.message, 'This milestone falls before the mission period starts (1 January 2016).');
    assert.deepEqual(d.data, { code: 'date-outside-period', kind: 'milestone', id: 'lancement', side: 'before', periodStart: '2016-01-01' });
    const fr = expectOne(check(text, 'fr'), 'date-outside-period', 'warning', valueRange(text, 'date', '2015-12-15'));
    assert.equal(fr.message, 'Ce jalon tombe avant le début de la période de la mission (1er janvier 2016).');
  });

  test('a milestone month after the period', () => {
    const text = edit(NCT, 'date: 2017-12', 'date: 2018-01');
    const d = expectOne(check(text), 'date-outside-period', 'warning', valueRange(text, 'date', '2018-01'));
    assert.equal(d.message, 'This milestone falls after the mission period ends (31 December 2017).');
  });

  test('a due before the period', () => {
    const text = edit(NCT, 'due: 2017-06-30', 'due: 2015-06');
    expectOne(check(text), 'date-outside-period', 'warning', valueRange(text, 'due', '2015-06'));
  });

  test('a malformed date is time-format only', () => {
    const text = edit(NCT, 'date: 2016-01-12', 'date: 2016-13-12');
    assert.deepEqual(check(text).map((d) => d.code), ['time-format']);
  });

  test('severity setting and off', () => {
    const text = edit(NCT, 'due: 2017-12', 'due: 2018-03');
    expectOne(diagnose(text, { uri: URI, settings: { rules: { 'date-outside-period': 'error' } } }), 'date-outside-period', 'error', valueRange(text, 'due', '2018-03'));
    expectClean(text, { uri: URI, settings: { rules: { 'date-outside-period': 'off' } } });
  });
});
