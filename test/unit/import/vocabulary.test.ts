/**
 * The vocabulary on its own (issue 17): the slot type, event format and field that the words
 * of a line name, and the language of a source.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, fieldOf, formatFromText, typeFromLabel, typeFromText } from '../../../server/src/core/import/vocabulary';

test('slot types from the words of a title', () => {
  assert.equal(typeFromText('Accueil des participants'), 'welcome');
  assert.equal(typeFromText('Pause café'), 'break');
  assert.equal(typeFromText('Restitution des ateliers'), 'report-back');
  assert.equal(typeFromText('Travail en 3 sous-groupes'), 'group-work');
  assert.equal(typeFromText('Table ronde'), 'discussion');
  // A meal wins over any other word.
  assert.equal(typeFromText('Clôture – déjeuner libre'), 'meal');
  // What is prepared is not what happens.
  assert.equal(typeFromText('Préparation de la visite'), undefined);
  assert.equal(typeFromText('Visite du quartier'), 'site-visit');
});

test('slot type labels as the exports write them, in French and English', () => {
  assert.equal(typeFromLabel('accueil'), 'welcome');
  assert.equal(typeFromLabel('group work'), 'group-work');
  assert.equal(typeFromLabel('Travail en groupe'), 'group-work');
  assert.equal(typeFromLabel('pas un type'), undefined);
});

test('event formats from a title', () => {
  assert.equal(formatFromText('Formation sobriété foncière'), 'training');
  assert.equal(formatFromText('Séminaire du réseau'), 'seminar');
  assert.equal(formatFromText('COPIL NCT'), 'committee');
  assert.equal(formatFromText('Journée du 12 mars'), undefined);
});

test('field labels, with or without accents and colon', () => {
  assert.equal(fieldOf('Objectifs pédagogiques'), 'objectives');
  assert.equal(fieldOf('Public visé :'), 'audience');
  assert.equal(fieldOf('Pré-requis'), 'prerequisites');
  assert.equal(fieldOf('Intervenants'), 'people');
  assert.equal(fieldOf("Modalités d'évaluation"), 'evaluation');
  assert.equal(fieldOf('Programme de la journée'), 'agenda');
  assert.equal(fieldOf('Bonjour à tous'), undefined);
});

test('the language of a source', () => {
  assert.equal(detectLanguage('Accueil des participants et pause'), 'fr');
  assert.equal(detectLanguage('Welcome and lunch for the group'), 'en');
});
