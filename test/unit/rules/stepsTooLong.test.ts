/**
 * `steps-too-long` (FORMAT.md 7.4): the durations of a slot's steps add up to more than
 * the slot. A warning on the slot's time; steps without a duration count for nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { edit, rangeIn } from './helpers';

const SLOT = `title: Atelier territorial — Poix-du-Nord
people:
  - id: rt
    name: Romain Tessier
date: 2021-10-20
agenda:
  - time: 09h15-10h00
    title: "Projets d'aménagement : l'accompagnement DDTM"
    type: presentation
    steps:
      - text: Tour de table
        duration: 10min
      - text: Présentation du site d'étude
        speakers: [rt]
        duration: 20min
      - text: Échanges avec les participants
        duration: 15min
`;

const found = (text: string, language: 'en' | 'fr' = 'en') => only('steps-too-long', diagnose(text, { settings: { language } }));

describe('steps-too-long', () => {
  test('steps that fill the slot exactly: nothing', () => {
    expectClean(SLOT);
  });

  test('steps of 50 min in a 45-minute slot: a warning on the time, in English and French', () => {
    const text = edit(SLOT, 'duration: 15min', 'duration: 20min');
    expectOne(diagnose(text), 'steps-too-long', 'warning', rangeIn(text, '  - time: 09h15-10h00', '09h15-10h00'));
    assert.deepEqual(found(text).map((d) => d.message), ['The steps of this slot add up to 50 min, but the slot lasts 45 min.']);
    assert.deepEqual(found(text, 'fr').map((d) => d.message), ['Les étapes de cette séance totalisent 50 min, mais la séance dure 45 min.']);
  });

  test('a step without a duration counts for nothing', () => {
    const text = edit(SLOT, '      - text: Tour de table\n        duration: 10min\n', '      - Tour de table\n      - text: Mot d\'accueil du maire\n');
    assert.deepEqual(found(text), []);
  });

  test('steps shorter than the slot: nothing (the rest is free time)', () => {
    assert.deepEqual(found(edit(SLOT, 'duration: 15min', 'duration: 5min')), []);
  });

  test('a slot given by start and duration is measured by its duration', () => {
    const text = edit(SLOT, '  - time: 09h15-10h00\n', '  - start: 9h15\n    duration: 40min\n');
    assert.deepEqual(found(text).map((d) => d.message), ['The steps of this slot add up to 45 min, but the slot lasts 40 min.']);
  });

  test('a slot without times is not judged', () => {
    const text = edit(SLOT, '  - time: 09h15-10h00\n', '');
    assert.deepEqual(found(text), []);
  });
});
