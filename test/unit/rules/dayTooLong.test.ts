/**
 * `day-too-long` (FORMAT.md §5): a day from first start to last end longer than
 * `deroule.maxDayMinutes` (default 600). A warning on the day's `date` value.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** A long site-visit day: 08h00 to 18h00, exactly the default limit of 10 h. */
const VISITE = `# Journée d'arpentage — Atelier des territoires « Littoral picard »
title: Arpentage du littoral picard
subtitle: Atelier des territoires — session 1
format: site-visit
organiser: DDTM 80
location: Baie de Somme
date: 2023-05-11
agenda:
  - time: 08h00-08h30
    title: Accueil en gare de Noyelles-sur-Mer
    type: welcome
  - time: 08h30-09h30
    title: Trajet en car vers Le Crotoy
    type: travel
  - time: 09h30-11h30
    title: Lecture de paysage depuis la digue
    type: site-visit
  - time: 11h30-12h00
    title: Pause
    type: break
  - time: 12h00-13h00
    title: Rencontre avec le maire du Crotoy
    type: discussion
  - time: 13h00-14h00
    title: Pique-nique
    type: meal
  - time: 14h00-16h30
    title: Visite des bas-champs et des ouvrages de défense contre la mer
    type: site-visit
  - time: 16h30-16h45
    title: Pause
    type: break
  - time: 16h45-18h00
    title: Premières impressions et suites de l'atelier
    type: report-back
`;

describe('day-too-long', () => {
  test('a day of exactly 10 h is not too long', () => {
    expectClean(VISITE);
  });

  test('10 h 30 is one warning on the `date` value, with the figures for a fix', () => {
    const text = edit(VISITE, 'time: 16h45-18h00', 'time: 16h45-18h30');
    const ds = diagnose(text);
    const d = expectOne(ds, 'day-too-long', 'warning', rangeOf(text, '2023-05-11'));
    assert.equal(d.message, 'This day lasts 10 h 30 (08:00 to 18:30), beyond the limit of 10 h.');
    assert.deepEqual(d.data, { code: 'day-too-long', minutes: 630, max: 600, first: 8 * 60, last: 18 * 60 + 30 });
    assert.deepEqual(ds.map((x) => x.code), ['day-too-long']);
  });

  test('one minute over is too long', () => {
    const text = edit(VISITE, 'time: 16h45-18h00', 'time: 16h45-18h01');
    const d = expectOne(diagnose(text), 'day-too-long', 'warning', rangeOf(text, '2023-05-11'));
    assert.equal(d.message, 'This day lasts 10 h 01 (08:00 to 18:01), beyond the limit of 10 h.');
  });

  test('the day runs from the first start to the last end, whatever is written in between', () => {
    // start-only slots, a gap, and a closing milestone at 18h15: 08h00 → 18h15
    const text = `title: Journée technique « Friches et renaturation »
format: seminar
organiser: Cerema Hauts-de-France
date: 2023-11-16
start: "08:00"
agenda:
  - duration: 30
    title: Accueil café
    type: welcome
  - start: "08:30"
    title: Ouverture
    type: plenary
  - start: "09:00"
    title: Retours d'expérience de l'EPF
    type: presentation
  - start: "10:30"
    title: Pause
    type: break
  - time: 10h45-12h30
    title: Visite de la friche Saint-Frères
    type: site-visit
  - time: 14h00-16h00
    title: Ateliers — montages opérationnels
    type: workshop
  - time: 16h00-16h15
    title: Pause
    type: break
  - time: 16h15-17h45
    title: Table ronde de clôture
    type: discussion
  - start: "18:15"
    title: Fin de la journée
`;
    const ds = diagnose(text);
    const d = expectOne(ds, 'day-too-long', 'warning', rangeOf(text, '2023-11-16'));
    assert.equal(d.data?.minutes, 615);
    assert.equal(d.data?.last, 18 * 60 + 15);
  });

  test('`maxDayMinutes` sets the limit', () => {
    const settings = { maxDayMinutes: 8 * 60 };
    const d = expectOne(diagnose(VISITE, { settings }), 'day-too-long', 'warning', rangeOf(VISITE, '2023-05-11'));
    assert.equal(d.message, 'This day lasts 10 h (08:00 to 18:00), beyond the limit of 8 h.');
    assert.deepEqual(d.data, { code: 'day-too-long', minutes: 600, max: 480, first: 8 * 60, last: 18 * 60 });
    expectClean(VISITE, { settings: { maxDayMinutes: 600 } });
    expectClean(edit(VISITE, 'time: 16h45-18h00', 'time: 16h45-18h30'), { settings: { maxDayMinutes: 11 * 60 } });
  });

  test('in a multi-day programme, only the long day is reported, on its own `date`', () => {
    const text = `title: Formation « Conduire un projet de revitalisation »
format: workshop
organiser: Cerema Territoires et ville
days:
  - date: 2023-03-06
    agenda:
      - time: 09h30-12h30
        title: Le programme Petites villes de demain
        type: presentation
      - time: 12h30-13h30
        title: Déjeuner
        type: meal
      - time: 13h30-16h30
        title: Atelier diagnostic
        type: workshop
  - date: 2023-03-07
    agenda:
      - time: 08h00-11h00
        title: Visite de Montdidier
        type: site-visit
      - time: 11h00-12h00
        title: Déjeuner
        type: meal
      - time: 12h00-15h00
        title: Atelier scénarios
        type: workshop
      - time: 15h00-16h00
        title: Pause et trajet
        type: break
      - time: 16h00-19h00
        title: Soirée-débat avec les élus
        type: discussion
`;
    const d = expectOne(diagnose(text), 'day-too-long', 'warning', rangeOf(text, '2023-03-07'));
    assert.equal(d.message, 'This day lasts 11 h (08:00 to 19:00), beyond the limit of 10 h.');
    assert.deepEqual(codes(text), ['day-too-long']);
  });

  test('the message is in French', () => {
    const text = edit(VISITE, 'time: 16h45-18h00', 'time: 16h45-18h30');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'day-too-long', 'warning', rangeOf(text, '2023-05-11'));
    assert.equal(d.message, 'Cette journée dure 10 h 30 (de 08h00 à 18h30), au-delà de la limite de 10 h.');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(VISITE, 'time: 16h45-18h00', 'time: 16h45-18h30');
    expectOne(diagnose(text, { settings: { rules: { 'day-too-long': 'error' } } }), 'day-too-long', 'error', rangeOf(text, '2023-05-11'));
    expectOne(diagnose(text, { settings: { rules: { 'day-too-long': 'hint' } } }), 'day-too-long', 'hint', rangeOf(text, '2023-05-11'));
    assert.deepEqual(codes(text, { settings: { rules: { 'day-too-long': 'off' } } }), []);
  });
});
