/**
 * `day-order` (FORMAT.md §5): days out of chronological order, or the same date twice.
 * An error on the `date` value of the offending day.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** Three sessions of a training cycle, a few weeks apart. */
const CYCLE = `# Cycle de formation des agents « front office » — DDTM 59
title: Accompagner les projets des petites communes
subtitle: Cycle de trois journées
format: workshop
organiser: DDTM 59
location: Lille, cité administrative
days:
  - date: 2021-10-20
    title: Journée 1 — posture et positionnement
    agenda:
      - time: 09h00-12h00
        title: Le nouveau conseil aux territoires
        type: presentation
      - time: 12h00-13h00
        title: Déjeuner
        type: meal
      - time: 13h00-16h00
        title: Jeux de rôle — premier rendez-vous en mairie
        type: exercise
  - date: 2021-11-17   # four weeks later
    title: Journée 2 — atelier territorial à Poix-du-Nord
    location: Poix-du-Nord (59)
    agenda:
      - time: 09h00-12h00
        title: Visite de la commune
        type: site-visit
      - time: 12h00-13h00
        title: Déjeuner
        type: meal
      - time: 13h00-16h00
        title: Proposition d'accompagnement
        type: workshop
  - date: 2021-12-15
    title: Journée 3 — retours d'expérience
    agenda:
      - time: 09h00-12h00
        title: Retours des stagiaires
        type: report-back
`;

describe('day-order', () => {
  test('days in date order, weeks apart, are clean', () => {
    expectClean(CYCLE);
  });

  test('a day before the previous one is one error on its `date`, with what a fix needs', () => {
    // journée 2 was typed with the wrong month
    const text = edit(CYCLE, 'date: 2021-11-17', 'date: 2021-10-17');
    const ds = diagnose(text);
    const d = expectOne(ds, 'day-order', 'error', rangeOf(text, '2021-10-17'));
    assert.equal(d.message, 'This day (2021-10-17) is earlier than the previous day (2021-10-20): put the days in date order.');
    assert.deepEqual(d.data, { code: 'day-order', date: '2021-10-17', previous: '2021-10-20', dayIndex: 1 });
    // day 3 is after day 1: only the misplaced day is reported
    assert.deepEqual(ds.map((x) => x.code), ['day-order']);
  });

  test('a last day before the second one names the latest day before it', () => {
    const text = edit(CYCLE, 'date: 2021-12-15', 'date: 2021-11-15');
    const d = expectOne(diagnose(text), 'day-order', 'error', rangeOf(text, '2021-11-15'));
    assert.deepEqual(d.data, { code: 'day-order', date: '2021-11-15', previous: '2021-11-17', dayIndex: 2 });
  });

  test('the same date twice is one error on the second one', () => {
    const text = edit(CYCLE, 'date: 2021-12-15', 'date: 2021-11-17');
    const ds = diagnose(text);
    const d = expectOne(ds, 'day-order', 'error', rangeOf(text, '2021-11-17', 2));
    assert.equal(d.message, 'The date 2021-11-17 is already used by another day.');
    assert.equal(d.data?.date, '2021-11-17');
    assert.equal(d.data?.dayIndex, 2);
    assert.deepEqual(ds.map((x) => x.code), ['day-order']);
  });

  test('a date repeated and out of order is reported once, as repeated', () => {
    const text = edit(CYCLE, 'date: 2021-12-15', 'date: 2021-10-20');
    const d = expectOne(diagnose(text), 'day-order', 'error', rangeOf(text, '2021-10-20', 2));
    assert.equal(d.message, 'The date 2021-10-20 is already used by another day.');
  });

  test('a malformed date is time-format only, not day-order', () => {
    const text = edit(CYCLE, 'date: 2021-11-17', 'date: 2021-11-31');
    assert.deepEqual(codes(text), ['time-format']);
    // and the day after it is compared with the last known day
    const both = edit(text, 'date: 2021-12-15', 'date: 2021-10-15');
    const d = expectOne(diagnose(both), 'day-order', 'error', rangeOf(both, '2021-10-15'));
    assert.equal(d.data?.previous, '2021-10-20');
  });

  test('the messages are in French', () => {
    const text = edit(CYCLE, 'date: 2021-11-17', 'date: 2021-10-17');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'day-order', 'error', rangeOf(text, '2021-10-17'));
    assert.equal(d.message, 'Cette journée (2021-10-17) est antérieure à la journée précédente (2021-10-20) : classez les journées par date.');
    const twice = edit(CYCLE, 'date: 2021-12-15', 'date: 2021-11-17');
    const r = expectOne(diagnose(twice, { settings: { language: 'fr' } }), 'day-order', 'error', rangeOf(twice, '2021-11-17', 2));
    assert.equal(r.message, 'La date 2021-11-17 est déjà celle d’une autre journée.');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(CYCLE, 'date: 2021-11-17', 'date: 2021-10-17');
    expectOne(diagnose(text, { settings: { rules: { 'day-order': 'warning' } } }), 'day-order', 'warning', rangeOf(text, '2021-10-17'));
    assert.deepEqual(codes(text, { settings: { rules: { 'day-order': 'off' } } }), []);
  });
});
