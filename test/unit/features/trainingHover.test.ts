/**
 * Hover on a training's sheet keys says which item of the French training sheet each one
 * answers (Code du travail L6353-1, Qualiopi); hover on a step's `duration` gives the steps'
 * total against the slot. In French and in English.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Language } from '../../../server/src/core';
import { describe as describeSchema, schemaAt } from '../../../server/src/core/schema/schemaLookup';
import { rangeOf } from '../../helpers';
import { edit, rangeIn } from '../rules/helpers';
import { FORMATION, URI, serviceFor } from './trainingFixture';

function hoverAt(language: Language, position: { line: number; character: number }, text = FORMATION): string | undefined {
  const h = serviceFor(language).hover({ uri: URI, text }, position);
  return h && (h.contents as { value: string }).value;
}

/** The start of the top-level key `key:`. */
const keyAt = (key: string, text = FORMATION) => ({ line: rangeOf(text, `\n${key}:`).end.line, character: 1 });

/** What the hover of a top-level key says before the sheet line: the key's schema description, when it has one. */
function keyPart(key: string, language: Language): string[] {
  const text = describeSchema(schemaAt('programme', [key]), language);
  return text ? [`**${key}** — ${text}`] : [];
}

const SHEET: [string, string, string][] = [
  ['objectives', 'objectifs (Code du travail L6353-1, Qualiopi indicateur 1)', 'objectives — « objectifs » (Code du travail L6353-1, Qualiopi indicator 1)'],
  ['audience', 'public visé (Qualiopi indicateur 6)', 'target audience — « public visé » (Qualiopi indicator 6)'],
  ['prerequisites', 'prérequis (Qualiopi indicateur 1)', 'prerequisites — « prérequis » (Qualiopi indicator 1)'],
  [
    'evaluation',
    'modalités d’évaluation (Code du travail L6353-1, Qualiopi indicateur 1)',
    'assessment methods — « modalités d’évaluation » (Code du travail L6353-1, Qualiopi indicator 1)',
  ],
  [
    'accessibility',
    'accessibilité aux personnes handicapées (Qualiopi indicateur 1)',
    'accessibility for people with disabilities — « accessibilité aux personnes handicapées » (Qualiopi indicator 1)',
  ],
  ['duration', 'durée (Code du travail L6353-1, Qualiopi indicateur 1)', 'duration — « durée » (Code du travail L6353-1, Qualiopi indicator 1)'],
  ['price', 'tarifs (Qualiopi indicateur 1)', 'prices — « tarifs » (Qualiopi indicator 1)'],
  ['access', 'modalités et délais d’accès (Qualiopi indicateur 1)', 'access conditions and deadlines — « modalités et délais d’accès » (Qualiopi indicator 1)'],
  ['contact', 'contacts (Qualiopi indicateur 1)', 'contacts — « contacts » (Qualiopi indicator 1)'],
  [
    'methods',
    'méthodes mobilisées (Code du travail L6353-1, Qualiopi indicateur 1)',
    'teaching methods — « méthodes mobilisées » (Code du travail L6353-1, Qualiopi indicator 1)',
  ],
];

test('every training-sheet key: the key`s description, then the item of the sheet it answers, in French and in English', () => {
  for (const [key, fr, en] of SHEET) {
    assert.equal(hoverAt('fr', keyAt(key)), [...keyPart(key, 'fr'), `**Fiche de formation :** ${fr}`].join('\n\n'), key);
    assert.equal(hoverAt('en', keyAt(key)), [...keyPart(key, 'en'), `**Training sheet:** ${en}`].join('\n\n'), key);
  }
});

/** The hover of a top-level key without a sheet line: its description alone. */
const keyAlone = (key: string, language: Language) => keyPart(key, language)[0];

test('no sheet line outside a training, on a value, or on a key that is no item of the sheet', () => {
  const workshop = edit(FORMATION, 'format: training', 'format: workshop');
  assert.equal(hoverAt('fr', keyAt('duration', workshop), workshop), keyAlone('duration', 'fr'));
  assert.equal(hoverAt('en', keyAt('objectives', workshop), workshop), keyAlone('objectives', 'en'));
  // `format` left out: a workshop, its default.
  const noFormat = edit(FORMATION, 'format: training # catalogue 2024\n', '');
  assert.equal(hoverAt('fr', keyAt('price', noFormat), noFormat), keyAlone('price', 'fr'));
  assert.ok(!hoverAt('fr', rangeIn(FORMATION, 'price: Gratuit pour les agents du ministère', 'Gratuit').start)?.includes('Fiche de formation'));
  assert.ok(!hoverAt('fr', keyAt('organiser'))?.includes('Fiche de formation'));
  // A slot's `duration` is no training-sheet item.
  const slotDuration = edit(FORMATION, '  - time: 10h00-12h30\n', '  - duration: 2h30\n');
  assert.ok(!hoverAt('fr', rangeIn(slotDuration, '  - duration: 2h30', 'duration').start, slotDuration)?.includes('Fiche de formation'));
});

test('a step`s duration: the steps` total over the slot, on its key and on its value', () => {
  const onValue = rangeIn(FORMATION, '        duration: 20min', '20min').start;
  const onKey = rangeIn(FORMATION, '        duration: 15min', 'duration').start;
  const last = (s: string | undefined) => s?.split('\n\n').pop();
  assert.equal(last(hoverAt('fr', onValue)), '**Étapes :** 35 min, soit 5 min de plus que la séance (30 min)');
  assert.equal(last(hoverAt('en', onValue)), '**Steps:** 35 min, 5 min more than the slot (30 min)');
  assert.equal(last(hoverAt('fr', onKey)), '**Étapes :** 35 min, soit 5 min de plus que la séance (30 min)');
});

test('a step`s duration within the slot, with a step that gives none', () => {
  const position = rangeIn(FORMATION, '        duration: 1h', '1h').start;
  const last = (s: string | undefined) => s?.split('\n\n').pop();
  assert.equal(last(hoverAt('fr', position)), '**Étapes :** 1 h sur les 2 h 30 de la séance (durée donnée pour 1 étape sur 2)');
  assert.equal(last(hoverAt('en', position)), '**Steps:** 1 h of the slot\'s 2 h 30 (a duration for 1 of 2 steps)');
});

test('a step`s duration in a slot without a time: the total alone', () => {
  const text = edit(edit(FORMATION, '  - time: 09h30-10h00\n', '  - title: Sans horaire\n'), '    title: Tour de table et attentes\n', '');
  const position = rangeIn(text, '        duration: 20min', '20min').start;
  const last = (s: string | undefined) => s?.split('\n\n').pop();
  assert.equal(last(hoverAt('fr', position, text)), '**Étapes :** 35 min au total');
  assert.equal(last(hoverAt('en', position, text)), '**Steps:** 35 min in all');
});
