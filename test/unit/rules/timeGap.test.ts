/**
 * `time-gap` (FORMAT.md §5): time between two consecutive slots that no slot covers.
 * Information by default, on the value that gives the later slot's start.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** A two-day regional seminar of the NCT network. */
const SEMINAIRE = `# Séminaire du réseau NCT Occitanie — version envoyée aux intervenants
title: Le Nouveau Conseil aux Territoires — retour d'expérience
subtitle: Séminaire régional des DDT(M) d'Occitanie
format: seminar
organiser: Cerema Méditerranée
location: Montpellier
people:
  - id: ddtm34
    name: Hélène Garcia
    role: Cheffe du SATT
    organisation: DDTM 34
  - id: cerema
    name: Paul Bernard
    role: Chargé d'études
    organisation: Cerema Méditerranée
days:
  - date: 2017-11-23
    title: Retours d'expérience
    agenda:
      - time: 09h30-10h00
        title: Accueil café
        type: welcome
      - time: 10h00-10h30
        title: Ouverture par le directeur de la DDTM 34
        type: plenary
        speakers: [ddtm34]
      - time: 10h30-11h45
        title: Les expérimentations de Celles, Ganges et Clermont-l'Hérault
        type: presentation
        speakers: [cerema]
      - start: "11:45"
        end: "12:30"
        title: Échanges avec la salle
        type: discussion
      - time: 12h30-14h00
        title: Déjeuner
        type: meal
      - time: 14h00-15h30
        title: Tables rondes par département
        type: workshop
      - duration: 15min
        title: Pause
        type: break
      - duration: 45min
        title: Synthèse des tables rondes
        type: report-back
        speakers: [cerema]
  - date: 2017-11-24
    title: Méthodologie d'intervention
    agenda:
      - time: 09h00-10h30
        title: Le cadre d'intervention de la DDTM
        type: presentation
        speakers: [ddtm34]
      - time: 10h30-10h45
        title: Pause
        type: break
      - time: 10h45-12h00
        title: État des lieux du NCT dans les DDT(M) d'Occitanie
        type: discussion
`;

describe('time-gap', () => {
  test('the seminar is clean', () => {
    expectClean(SEMINAIRE);
  });

  test('an unwritten lunch break is one information on the next slot\'s range', () => {
    // day 2 gets an afternoon, but nobody wrote the lunch
    const text = `${SEMINAIRE}      - time: 14h00-15h30
        title: Rédaction collective de la note méthodologique
        type: group-work
`;
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-gap', 'information', rangeOf(text, '14h00-15h30', 2));
    assert.equal(d.message, 'No slot covers the 2 h between 12:00 and 14:00.');
    assert.deepEqual(d.data, {
      code: 'time-gap',
      gap: 120,
      previousEnd: 12 * 60,
      start: 14 * 60,
      previousPath: ['days', 1, 'agenda', 2],
      slotPath: ['days', 1, 'agenda', 3],
    });
    assert.deepEqual(ds.map((x) => x.code), ['time-gap']);
  });

  test('a gap before a `start` + `end` slot is on the `start` value', () => {
    const text = edit(SEMINAIRE, 'start: "11:45"', 'start: "11:50"');
    const d = expectOne(diagnose(text), 'time-gap', 'information', rangeOf(text, '"11:50"'));
    assert.equal(d.message, 'No slot covers the 5 min between 11:45 and 11:50.');
    assert.equal(d.data?.gap, 5);
    assert.deepEqual(codes(text), ['time-gap']);
  });

  test('duration-only slots follow the previous one, so they never leave a gap', () => {
    // both the pause and the synthesis of day 1 are duration-only: the seminar is clean (above),
    // and lengthening the round tables moves them along without a gap
    expectClean(edit(SEMINAIRE, 'time: 14h00-15h30', 'time: 14h00-15h15'));
  });

  test('start-only slots (imported lines) end when the next one starts: no gap between them', () => {
    const text = `title: Comité de pilotage de l'Atelier des territoires
format: committee
organiser: DDT de l'Aisne
date: 2023-09-12
agenda:
  - start: 14h00
    title: Accueil
    type: welcome
  - start: 14h10
    title: Restitution du diagnostic partagé
    type: presentation
  - start: 15h00
    title: Validation des enjeux
    type: discussion
  - start: 16h00
    title: Fin du comité
`;
    expectClean(text);
  });

  test('nothing is reported between the last slot of one day and the first of the next', () => {
    // day 1 ends at 16h30 and day 2 would start at 09h00: the night is no gap
    expectClean(SEMINAIRE);
    const later = edit(SEMINAIRE, 'time: 09h00-10h30', 'time: 08h30-10h30');
    expectClean(later);
  });

  test('time covered by an earlier, longer slot is no gap', () => {
    // a press point during the morning talk (an overlap, reported as such): 09h30–10h30 is still
    // covered by the talk, so the pause at 10h30 follows without a gap
    const text = edit(
      SEMINAIRE,
      "        title: Le cadre d'intervention de la DDTM\n        type: presentation\n        speakers: [ddtm34]\n",
      "        title: Le cadre d'intervention de la DDTM\n        type: presentation\n        speakers: [ddtm34]\n      - time: 09h15-09h30\n        title: Point presse\n        type: other\n",
    );
    assert.deepEqual(only('time-gap', diagnose(text)), []);
    assert.deepEqual(codes(text), ['time-overlap']);
  });

  test('the message is in French with French clock times', () => {
    const text = edit(SEMINAIRE, 'time: 10h45-12h00', 'time: 11h00-12h00');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-gap', 'information', rangeOf(text, '11h00-12h00'));
    assert.equal(d.message, 'Aucune séance ne couvre les 15 min entre 10h45 et 11h00.');
  });

  test('the severity can be raised to a warning, or the rule turned off', () => {
    const text = edit(SEMINAIRE, 'time: 10h45-12h00', 'time: 11h00-12h00');
    expectOne(diagnose(text, { settings: { rules: { 'time-gap': 'warning' } } }), 'time-gap', 'warning', rangeOf(text, '11h00-12h00'));
    assert.deepEqual(codes(text, { settings: { rules: { 'time-gap': 'off' } } }), []);
  });
});
