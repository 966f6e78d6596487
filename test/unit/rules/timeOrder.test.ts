/**
 * `time-order` (FORMAT.md §5): a slot that ends at or before its start. Reported on the
 * value that gives the end (`time`, or `end`); the slot then takes no part in overlaps,
 * gaps, pauses or the day's length, so the one mistake gives one diagnostic.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** A one-day training course (all the mentions a French training programme must publish). */
const FORMATION = `# Formation inscrite au plan de formation 2022 du Cerema
title: Sobriété foncière et renouvellement urbain — les outils de l'État
format: training
organiser: Cerema Hauts-de-France
audience: [Agents des DDT(M), Chargés de mission des EPCI]
participants: 16
location:
  name: Cité administrative
  commune: Arras
objectives:
  - Connaître la trajectoire ZAN et ses déclinaisons
  - Savoir mobiliser les outils fonciers de l'État
prerequisites: [Aucun]
evaluation: Quiz de fin de journée et questionnaire de satisfaction à chaud
accessibility: Salle accessible aux personnes à mobilité réduite ; contacter le référent handicap.
price: Gratuit pour les agents du Cerema
access: Inscription auprès du service formation jusqu'à quinze jours avant la session
contact: formation@example.org
methods: [Apports, Exercices]
duration: 5h15
date: 2022-03-17
people:
  - id: formatrice
    name: Anne Dubois
    role: Chargée d'études foncier
    organisation: Cerema
agenda:
  - time: 09h00-09h30
    title: Accueil café et tour de table
    type: welcome
  - time: 09h30-10h45
    title: La trajectoire ZAN en trois dates
    type: presentation
    speakers: [formatrice]
  - time: 10h45-11h00
    title: Pause
    type: break
  - start: "11:00"
    end: "12:30"
    title: Étude de cas — une friche en centre-bourg
    type: exercise
  - time: 12h30-13h45
    title: Déjeuner
    type: meal
  - time: 13h45-15h15
    title: Les outils fonciers — EPF, DPU, ZAD
    type: presentation
    speakers: [formatrice]
  - end: "15:30"
    title: Pause
    type: break
  - time: 15h30-16h30
    title: Quiz et évaluation de la journée
    type: evaluation
`;

describe('time-order', () => {
  test('the training day is clean', () => {
    expectClean(FORMATION);
  });

  test('a reversed `time` range is one error on the range, with start and end for a fix', () => {
    // « 13h45-15h15 » typed as « 13h45-1h15 »
    const text = edit(FORMATION, 'time: 13h45-15h15', 'time: 13h45-1h15');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-order', 'error', rangeOf(text, '13h45-1h15'));
    assert.equal(d.message, 'The slot ends at 01:15 but starts at 13:45: check the times.');
    assert.deepEqual(d.data, { code: 'time-order', start: 13 * 60 + 45, end: 75 });
    // the `end`-only pause after it has nothing to start from, but that is the same mistake
    assert.deepEqual(ds.map((x) => x.code), ['time-order']);
  });

  test('a range that ends when it starts is reported (a slot of no length)', () => {
    const text = edit(FORMATION, 'time: 15h30-16h30', 'time: 15h30-15h30');
    const d = expectOne(diagnose(text), 'time-order', 'error', rangeOf(text, '15h30-15h30'));
    assert.equal(d.message, 'The slot ends at 15:30 but starts at 15:30: check the times.');
    assert.deepEqual(codes(text), ['time-order']);
  });

  test('`start` + `end` reversed: the error is on the `end` value', () => {
    const text = edit(FORMATION, 'end: "12:30"', 'end: "10:30"');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-order', 'error', rangeOf(text, '"10:30"'));
    assert.deepEqual(d.data, { code: 'time-order', start: 11 * 60, end: 10 * 60 + 30 });
    // no overlap or gap with the meal after it, no pause count through it
    assert.deepEqual(ds.map((x) => x.code), ['time-order']);
  });

  test('`end` alone, earlier than the end of the previous slot: the error is on `end`', () => {
    const text = edit(FORMATION, 'end: "15:30"', 'end: "15:00"');
    const d = expectOne(diagnose(text), 'time-order', 'error', rangeOf(text, '"15:00"'));
    assert.equal(d.message, 'The slot ends at 15:00 but starts at 15:15: check the times.');
    assert.deepEqual(codes(text), ['time-order']);
  });

  test('a slot ending at 24:00 ends after its start', () => {
    const text = `title: Veillée-débat — Nuit des territoires
format: other
organiser: CAUE de la Somme
date: 2023-06-23
agenda:
  - time: 21h00-22h00
    title: Balade nocturne dans le centre ancien
    type: site-visit
  - time: 22h00-24h00
    title: Veillée-débat sur la place
    type: discussion
`;
    expectClean(text);
  });

  test('a start-only slot at the end of the day is a milestone, not a reversed slot', () => {
    expectClean(`${FORMATION}  - start: "16:30"
    title: Fin de la formation
`);
  });

  test('in a multi-day programme, each day is checked on its own', () => {
    const text = `title: Formation-action CRTE — pratiques participatives
format: meeting
organiser: ANCT
days:
  - date: 2021-05-10
    agenda:
      - time: 14h00-16h30
        title: Lancement du comité de suivi
        type: plenary
  - date: 2021-05-11
    agenda:
      - time: 09h30-09h00
        title: Atelier de co-construction des fiches actions
        type: workshop
`;
    const d = expectOne(diagnose(text), 'time-order', 'error', rangeOf(text, '09h30-09h00'));
    assert.deepEqual(d.data, { code: 'time-order', start: 9 * 60 + 30, end: 9 * 60 });
    assert.deepEqual(codes(text), ['time-order']);
  });

  test('the message is in French with French clock times', () => {
    const text = edit(FORMATION, 'time: 13h45-15h15', 'time: 13h45-1h15');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-order', 'error', rangeOf(text, '13h45-1h15'));
    assert.equal(d.message, 'La séance finit à 01h15 alors qu’elle commence à 13h45 : vérifiez les horaires.');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(FORMATION, 'time: 15h30-16h30', 'time: 16h30-15h30');
    expectOne(diagnose(text, { settings: { rules: { 'time-order': 'warning' } } }), 'time-order', 'warning', rangeOf(text, '16h30-15h30'));
    assert.deepEqual(codes(text, { settings: { rules: { 'time-order': 'off' } } }), []);
  });
});
