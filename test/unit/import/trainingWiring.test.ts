/**
 * The training fields, titles and slot words of `fields/` as the text importer uses them
 * (issue 17): what a user finds in the imported programme.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { importProgramme } from '../../../server/src/core/import/textImport';

type Data = Record<string, unknown>;
const imported = (text: string) => parse(importProgramme(text).yaml) as Data;

const MAIL = [
  'Objet : TR : [CVRH Arras] Formation « Lire un PLUi » – 3 mars 2026',
  'De : CVRH Arras <cvrh@example.org>',
  '',
  'Mardi 3 mars 2026',
  '',
  '9h30 – 10h15 : Accueil des stagiaires',
  'Animation : Mme Claire DUBOIS, DDTM 59',
  '',
  '10h15 – 11h30 : Le règlement graphique',
  '10h45 : pause',
  '',
  '12h30 Clôture – déjeuner libre',
  '',
  'Durée : 1 jour (3h)',
  'Tarif : 120 € HT par stagiaire',
  'Nombre de places : 14',
  "Modalités d'évaluation : quiz de sortie",
  'Accessibilité : contacter le référent handicap',
  'Participants : agents des DDT',
  '',
].join('\n');

test('training fields after the agenda go to their keys, never to notes', () => {
  const data = imported(MAIL);
  assert.equal(data.duration, '3h');
  assert.deepEqual(data.price, { amount: 120, currency: 'EUR', per: 'participant' });
  assert.equal(data.participants, 14);
  assert.equal(data.audience, 'agents des DDT');
  assert.match(String(data.evaluation), /quiz de sortie/);
  assert.match(String(data.accessibility), /référent handicap/);
  assert.doesNotMatch(String(data.notes ?? ''), /Durée|Tarif|quiz|handicap/);
  assert.match(importProgramme(MAIL).yaml, /# mention fiscale de la source : HT\nprice:/);
});

test('the subject gives the title without its prefixes, the organiser, and the training format with its evidence', () => {
  const result = importProgramme(MAIL);
  const data = parse(result.yaml) as Data;
  assert.equal(data.title, 'Lire un PLUi');
  assert.equal(data.organiser, 'CVRH Arras');
  assert.equal(data.format, 'training');
  assert.ok(result.warnings.some((w) => /formation \(training\).*stagiaires/.test(w)), result.warnings.join('\n'));
});

test('a time inside a session is its step; a speakers line names speakers only; a closing with a free lunch is a closing', () => {
  const data = imported(MAIL);
  const agenda = ((data.days as Data[] | undefined)?.[0]?.agenda ?? data.agenda) as Data[];
  assert.equal(agenda.length, 3);
  assert.deepEqual(agenda[1]!.steps, ['10h45 : pause']);
  assert.deepEqual(agenda[0]!.speakers, ['claire-dubois']);
  assert.equal(agenda[0]!.description, undefined);
  assert.deepEqual((data.people as Data[])[0], { id: 'claire-dubois', name: 'Claire Dubois', organisation: 'DDTM 59' });
  assert.equal(agenda[2]!.type, 'closing');
});

test('a title in capitals with an organisation prefix: organiser and sentence case', () => {
  const data = imported('DDTM 59 – ATELIER TERRITORIAL À POIX DU NORD\n\nLa commune de Poix du Nord nous accueille.\n\n9h00-10h00 Accueil\n');
  assert.equal(data.organiser, 'DDTM 59');
  assert.equal(data.title, 'Atelier territorial à Poix du Nord');
});
