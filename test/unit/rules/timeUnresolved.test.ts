/**
 * `time-unresolved` (FORMAT.md §5): a slot whose start cannot be computed — a first slot
 * with only a duration and no day `start`, a slot with no time at all, a duration after a
 * start-only slot. Reported once, on the slot that lacks it; the slots that follow it by
 * duration are not blamed again.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** A steering committee written with durations only, from the day's `start`. */
const COPIL = `title: Comité de pilotage n° 2 — CRTE du Pays de Bray
format: committee
organiser: Sous-préfecture de Dieppe
location: Communauté de communes, salle du conseil
date: 2022-02-08
start: "14:00"   # the committee starts at 14h; everything else follows
agenda:
  - duration: 15min
    title: Accueil des membres du comité
    type: welcome
  - duration: 45min
    title: Bilan de la programmation 2021
    type: presentation
  - duration: 1h
    title: Examen des fiches actions 2022
    type: discussion
  - duration: 15
    title: Calendrier et prochaines étapes
    type: closing
`;

const START_MESSAGE = 'The start of this slot cannot be computed: give it a `start` or a `time`, or give the day a `start`.';

describe('time-unresolved', () => {
  test('with a day `start`, duration-only slots are all resolved', () => {
    expectClean(COPIL);
  });

  test('without the day `start`, the first duration-only slot is one error on its duration', () => {
    const text = edit(COPIL, 'start: "14:00"   # the committee starts at 14h; everything else follows\n', '');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-unresolved', 'error', rangeOf(text, '15min'));
    assert.equal(d.message, START_MESSAGE);
    // a quick fix (« add a start to this slot ») needs the slot
    assert.deepEqual(d.data, { code: 'time-unresolved', slotPath: ['agenda', 0] });
    // the three slots after it cannot be computed either, for the same reason: not reported again
    assert.deepEqual(ds.map((x) => x.code), ['time-unresolved']);
  });

  test('a first slot with a `start` is enough: the others follow it', () => {
    const text = edit(COPIL, 'start: "14:00"   # the committee starts at 14h; everything else follows\n', '');
    expectClean(edit(text, '  - duration: 15min\n', '  - start: 14h\n    duration: 15min\n'));
    expectClean(edit(text, '  - duration: 15min\n', '  - time: 14h00-14h15\n'));
  });

  test('an `end` alone on the first slot, with no day `start`, is unresolved on the `end` value', () => {
    const text = edit(
      edit(COPIL, 'start: "14:00"   # the committee starts at 14h; everything else follows\n', ''),
      '  - duration: 15min\n',
      '  - end: "14:15"\n',
    );
    const d = expectOne(diagnose(text), 'time-unresolved', 'error', rangeOf(text, '"14:15"'));
    assert.equal(d.message, START_MESSAGE);
    assert.deepEqual(codes(text), ['time-unresolved']);
  });

  test('a slot with no time at all is one error on its title', () => {
    const text = edit(COPIL, '  - duration: 1h\n    title: Examen des fiches actions 2022\n', '  - title: Examen des fiches actions 2022\n');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-unresolved', 'error', rangeOf(text, 'Examen des fiches actions 2022'));
    assert.equal(d.message, 'This slot has no time: give it a `time` range, a `start`, or a `duration`.');
    assert.deepEqual(d.data, { code: 'time-unresolved', slotPath: ['agenda', 2] });
    // the calendar slot after it (duration only) cannot start either: same cause, not reported again
    assert.deepEqual(ds.map((x) => x.code), ['time-unresolved']);
  });

  test('a duration after a start-only slot cannot be placed: error on the duration', () => {
    const text = `title: Réunion d'équipe projet — Petites villes de demain
format: meeting
organiser: DDT de la Haute-Marne
date: 2022-04-05
agenda:
  - start: "09h30"
    title: Tour de table des chefs de projet
    type: discussion
  - duration: 45min
    title: Point sur les conventions ORT
    type: discussion
  - time: 11h00-12h00
    title: Visite de la friche de l'ancienne gare
    type: site-visit
`;
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-unresolved', 'error', rangeOf(text, '45min'));
    assert.equal(d.message, 'The start of this slot cannot be computed: the previous slot has no end. Give one of them a time.');
    assert.deepEqual(d.data, { code: 'time-unresolved', slotPath: ['agenda', 1] });
    assert.deepEqual(ds.map((x) => x.code), ['time-unresolved']);
    // giving the tour de table an end resolves both
    expectClean(edit(text, 'start: "09h30"', 'time: 09h30-10h15'));
  });

  test('each day has its own `start`: a day without one is reported, not the others', () => {
    const text = `title: Formation-action « participation citoyenne » — CRTE
format: workshop
organiser: ANCT
days:
  - date: 2021-06-14
    start: 09h30
    agenda:
      - duration: 2h
        title: Les outils de la concertation
        type: presentation
      - duration: 1h
        title: Déjeuner
        type: meal
  - date: 2021-06-15
    agenda:
      - duration: 1h30
        title: Mise en situation — préparer une réunion publique
        type: exercise
      - duration: 30min
        title: Évaluation à chaud
        type: evaluation
`;
    const d = expectOne(diagnose(text), 'time-unresolved', 'error', rangeOf(text, '1h30'));
    assert.equal(d.message, START_MESSAGE);
    assert.deepEqual(d.data, { code: 'time-unresolved', slotPath: ['days', 1, 'agenda', 0] });
    assert.deepEqual(codes(text), ['time-unresolved']);
    expectClean(edit(text, '  - date: 2021-06-15\n', '  - date: 2021-06-15\n    start: "09:00"\n'));
  });

  test('the message is in French', () => {
    const text = edit(COPIL, 'start: "14:00"   # the committee starts at 14h; everything else follows\n', '');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-unresolved', 'error', rangeOf(text, '15min'));
    assert.equal(d.message, 'Impossible de calculer le début de cette séance : donnez-lui un `start` ou un `time`, ou donnez un `start` à la journée.');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(COPIL, 'start: "14:00"   # the committee starts at 14h; everything else follows\n', '');
    expectOne(diagnose(text, { settings: { rules: { 'time-unresolved': 'warning' } } }), 'time-unresolved', 'warning', rangeOf(text, '15min'));
    assert.deepEqual(codes(text, { settings: { rules: { 'time-unresolved': 'off' } } }), []);
  });
});
