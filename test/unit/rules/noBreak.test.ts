/**
 * `no-break` (FORMAT.md §5): more than `deroule.maxMinutesWithoutBreak` (default 180) of
 * content time since the day's start or the last pause slot (`break`, `meal`, `welcome`).
 * A warning, once per stretch, on the slot where the limit is passed.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/**
 * A workshop day whose morning is exactly 180 min of content from the day's start
 * (09h00–12h00, no pause), and whose afternoon is cut by a break.
 */
const ATELIER = `# Atelier territorial — DDTM 59, commune de Poix-du-Nord
title: Identifier et mettre en œuvre les outils d'accompagnement
subtitle: Atelier territorial — commune de Poix-du-Nord
format: workshop
organiser: DDTM 59
date: 2021-10-20
agenda:
  - time: 09h00-09h15
    title: Présentation de l'organisation et des attendus de la journée
    type: presentation
  - time: 09h15-09h45
    title: Projets d'aménagement, quel positionnement pour la DDTM ?
    type: discussion
  - time: 09h45-10h00
    title: Préparation de la visite de terrain
    type: group-work
  - time: 10h00-12h00
    title: L'expérience du terrain
    type: site-visit
  - time: 12h00-13h00
    title: Pause déjeuner
    type: meal
  - time: 13h00-14h15
    title: Recollement par groupe des éléments de la visite
    type: group-work
  - time: 14h15-14h45
    title: Présentation de la « boîte à outils » de la DDTM
    type: presentation
  - time: 14h45-15h45
    title: Exercice de formulation d'une proposition d'accompagnement
    type: exercise
  - time: 15h45-16h00
    title: Pause
    type: break
  - time: 16h00-16h45
    title: Restitution par groupe
    type: report-back
  - time: 16h45-17h00
    title: Conclusion
    type: closing
`;

describe('no-break', () => {
  test('exactly 180 min of content from the day\'s start is fine', () => {
    expectClean(ATELIER);
  });

  test('181 min is one warning on the slot where the limit is passed, with the figures for a fix', () => {
    const text = edit(ATELIER, 'time: 10h00-12h00', 'time: 10h00-12h01');
    const fixed = edit(text, 'time: 12h00-13h00', 'time: 12h01-13h00');
    const ds = diagnose(fixed);
    const d = expectOne(ds, 'no-break', 'warning', rangeOf(fixed, '10h00-12h01'));
    assert.equal(d.message, '3 h 01 of sessions without a break (limit 3 h): plan a break (`break`) before this slot.');
    assert.deepEqual(d.data, { code: 'no-break', minutes: 181, max: 180, slotPath: ['agenda', 3], overBy: 1 });
    assert.deepEqual(ds.map((x) => x.code), ['no-break']);
  });

  test('the afternoon without its break: reported once, on the slot that passes the limit', () => {
    // 13h00 → 17h00 of content: the limit is passed during the restitution (16h00–16h45),
    // and the conclusion after it is the same stretch, not reported again
    const text = edit(ATELIER, '  - time: 15h45-16h00\n    title: Pause\n    type: break\n', '  - time: 15h45-16h00\n    title: Questions-réponses\n    type: discussion\n');
    const ds = diagnose(text);
    const d = expectOne(ds, 'no-break', 'warning', rangeOf(text, '16h00-16h45'));
    assert.equal(d.message, '3 h 45 of sessions without a break (limit 3 h): plan a break (`break`) before this slot.');
    assert.deepEqual(d.data, { code: 'no-break', minutes: 225, max: 180, slotPath: ['agenda', 9], overBy: 45 });
    assert.deepEqual(ds.map((x) => x.code), ['no-break']);
  });

  test('a `break`, a `meal` and a `welcome` each start a new count', () => {
    const day = (pause: string) => `title: Formation-action « Sobriété foncière »
format: workshop
organiser: Cerema
date: 2022-05-19
agenda:
  - time: 09h00-11h30
    title: Les enjeux du ZAN
    type: presentation
  - time: 11h30-12h00
    title: Temps intermédiaire
    type: ${pause}
  - time: 12h00-14h30
    title: Étude de cas en sous-groupes
    type: group-work
`;
    for (const pause of ['break', 'meal', 'welcome']) expectClean(day(pause));
    // 150 + 30 + 150 min of content: any other type does not reset the count
    // (`travel` is neither: it ends the run too, see travelTime.test.ts.)
    for (const content of ['discussion', 'other']) {
      const text = day(content);
      const d = expectOne(diagnose(text), 'no-break', 'warning', rangeOf(text, '12h00-14h30'));
      assert.equal(d.data?.minutes, 330, content);
    }
  });

  test('each stretch that is too long is reported, once', () => {
    const text = `title: Séminaire des chefs de projet Petites villes de demain
format: seminar
organiser: DDT de la Somme
date: 2022-11-24
start: "09:00"
agenda:
  - duration: 2h
    title: Point d'étape national
    type: presentation
  - duration: 1h30
    title: Retours d'expérience des communes
    type: discussion
  - duration: 30min
    title: Présentation de l'ORT
    type: presentation
  - duration: 1h
    title: Déjeuner
    type: meal
  - duration: 1h30
    title: Ateliers thématiques
    type: workshop
  - duration: 1h45
    title: Restitution des ateliers
    type: report-back
`;
    const ds = only('no-break', diagnose(text));
    assert.equal(ds.length, 2);
    assert.deepEqual(ds[0]!.range, rangeOf(text, '1h30'));
    assert.equal(ds[0]!.data?.minutes, 210);
    assert.deepEqual(ds[1]!.range, rangeOf(text, '1h45'));
    assert.equal(ds[1]!.data?.minutes, 195);
  });

  test('start-only slots count until the next start; a closing milestone counts for nothing', () => {
    const text = `title: Comité technique du contrat de territoire
format: committee
organiser: Département de l'Aisne
date: 2022-09-13
agenda:
  - start: "09h00"
    title: Accueil
    type: welcome
  - start: "09h15"
    title: Bilan des opérations 2022
    type: presentation
  - start: "10h45"
    title: Programmation 2023
    type: discussion
  - start: "12h15"
    title: Fin de la réunion
`;
    expectClean(text);
    // one more quarter of an hour of discussion: 09h15 → 12h16 is 181 min
    const longer = edit(text, 'start: "12h15"', 'start: "12h16"');
    const d = expectOne(diagnose(longer), 'no-break', 'warning', rangeOf(longer, '"10h45"'));
    assert.equal(d.data?.minutes, 181);
  });

  test('time between slots is neither content nor pause', () => {
    // 150 min of content, a 30 min gap, 30 min of content: 180 min of content
    const text = `title: Réunion des partenaires du CRTE
format: meeting
organiser: Communauté de communes du Val de Somme
date: 2022-03-22
agenda:
  - time: 09h00-11h30
    title: Revue des fiches actions
    type: discussion
  - time: 12h00-12h30
    title: Calendrier
    type: discussion
`;
    assert.deepEqual(codes(text), ['time-gap']);
    const longer = edit(text, '12h00-12h30', '12h00-12h31');
    expectOne(diagnose(longer), 'no-break', 'warning', rangeOf(longer, '12h00-12h31'));
  });

  test('a slot inside another one is not counted twice', () => {
    // a press point during the 3 h site visit (an overlap, reported as such): the morning is
    // still 09h00–12h00 of content, not 3 h 15
    const text = edit(
      ATELIER,
      "    title: L'expérience du terrain\n    type: site-visit\n",
      "    title: L'expérience du terrain\n    type: site-visit\n  - time: 11h00-11h15\n    title: Point presse avec le maire\n    type: other\n",
    );
    assert.deepEqual(only('no-break', diagnose(text)), []);
  });

  test('each day starts a new count', () => {
    const text = `title: Atelier des territoires — session 2
format: workshop
organiser: DDTM 80
days:
  - date: 2023-06-13
    agenda:
      - time: 14h00-17h00
        title: Ateliers scénarios
        type: workshop
  - date: 2023-06-14
    agenda:
      - time: 09h00-12h00
        title: Mise en commun des scénarios
        type: report-back
`;
    expectClean(text);
    const longer = edit(text, '09h00-12h00', '09h00-12h30');
    const d = expectOne(diagnose(longer), 'no-break', 'warning', rangeOf(longer, '09h00-12h30'));
    assert.deepEqual(d.data?.slotPath, ['days', 1, 'agenda', 0]);
  });

  test('`maxMinutesWithoutBreak` sets the limit', () => {
    const settings = { maxMinutesWithoutBreak: 120 };
    const ds = diagnose(ATELIER, { settings });
    const morning = only('no-break', ds);
    assert.equal(morning.length, 2);
    // morning: 09h00 + 15 + 30 + 15 = 60 min, the visit takes it to 180 > 120
    assert.deepEqual(morning[0]!.range, rangeOf(ATELIER, '10h00-12h00'));
    assert.equal(morning[0]!.message, '3 h of sessions without a break (limit 2 h): plan a break (`break`) before this slot.');
    // afternoon: 75 + 30 + 60 = 165 > 120 at the exercise
    assert.deepEqual(morning[1]!.range, rangeOf(ATELIER, '14h45-15h45'));
    assert.deepEqual(morning[1]!.data, { code: 'no-break', minutes: 165, max: 120, slotPath: ['agenda', 7], overBy: 45 });
    // a longer limit lets the afternoon go without its break
    const noPause = edit(ATELIER, '  - time: 15h45-16h00\n    title: Pause\n    type: break\n', '  - time: 15h45-16h00\n    title: Questions-réponses\n    type: discussion\n');
    expectClean(noPause, { settings: { maxMinutesWithoutBreak: 240 } });
  });

  test('the message is in French', () => {
    const text = edit(ATELIER, '  - time: 15h45-16h00\n    title: Pause\n    type: break\n', '  - time: 15h45-16h00\n    title: Questions-réponses\n    type: discussion\n');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'no-break', 'warning', rangeOf(text, '16h00-16h45'));
    assert.equal(d.message, '3 h 45 de séances sans pause (limite 3 h) : prévoyez une pause (`break`) avant cette séance.');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(ATELIER, '  - time: 15h45-16h00\n    title: Pause\n    type: break\n', '  - time: 15h45-16h00\n    title: Questions-réponses\n    type: discussion\n');
    expectOne(diagnose(text, { settings: { rules: { 'no-break': 'information' } } }), 'no-break', 'information', rangeOf(text, '16h00-16h45'));
    assert.deepEqual(codes(text, { settings: { rules: { 'no-break': 'off' } } }), []);
  });
});
