/**
 * Titles as e-mails and Word headers write them (subject prefixes, organisation prefixes,
 * capitals) and the training scorer, with seed 004 (the DDTM 59 atelier day) as written.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sentenceCase, isAllCaps } from '../../../../server/src/core/import/fields/sentenceCase';
import { cleanTitle, organisationPrefix } from '../../../../server/src/core/import/fields/titles';
import { isTraining, trainingEvidence } from '../../../../server/src/core/import/fields/trainingFormat';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
/** Seed 004 as its first lines are written: the title, the objectives, the team, the site (a shortened copy: the seeds live outside the repository). */
const SEED_004 = [
  'DDTM 59 – IDENTIFIER ET METTRE EN ŒUVRE LES OUTILS D’ACCOMPAGNEMENT DES PROJETS D’AMÉNAGEMENT : ATELIER TERRITORIAL – COMMUNE DE POIX-DE-NORD',
  'OBJECTIFS DE LA JOURNÉE : ',
  'Dans le cadre de la réorganisation de janvier 2020, les postures des agents de la DDTM évoluent, avec une organisation front/back office.',
  'L’atelier territorial du 20 octobre 2021, à Poix du Nord, a pour objectif',
  'INTERVENTION DES CONSEILS DE LA DDTM : ',
  "Les architectes et paysagistes conseil sont des professionnels en activité, apportant leur expertise métier à la DDTM pour l'aider à élaborer des positions techniques ou des doctrines sur certains projets ou dossiers. Ils accompagneront les stagiaires et les appuieront tout au long de cette journée.",
  'SITE ET CONTEXTE CONSTITUANT LE SUPPORT DE LA FORMATION. ',
  'La ville de Poix du Nord est une petite commune rurale de 2200 habitants environ, située dans un secteur à dominante agricole, entre Cambrai et Maubeuge.',
  '09h00/09h15 Présentation de l’organisation, du contexte et des attendus de la journée.',
].join('\n');

test('an e-mail subject: its reply and forward markers are dropped, a bracketed organisation becomes the organiser', () => {
  assert.deepEqual(cleanTitle('[CVRH Arras] Formation « Sobriété foncière et ZAN »'), { title: 'Formation « Sobriété foncière et ZAN »', organiser: 'CVRH Arras', dropped: [] });
  assert.deepEqual(cleanTitle('TR : [CVRH Arras] Formation PLUi'), { title: 'Formation PLUi', organiser: 'CVRH Arras', dropped: ['TR :'] });
  assert.deepEqual(cleanTitle('Fwd: RE : Objet : Atelier CRTE du 12 mars'), { title: 'Atelier CRTE du 12 mars', dropped: ['Fwd:', 'RE :', 'Objet :'] });
  assert.deepEqual(cleanTitle('Re: [EXT] Training on land take'), { title: 'Training on land take', dropped: ['Re:', '[EXT]'] });
});

test('an organisation prefix of a title becomes the organiser; a title that only contains a dash keeps it', () => {
  assert.deepEqual(cleanTitle(SEED_004.split('\n')[0]!), {
    title: 'IDENTIFIER ET METTRE EN ŒUVRE LES OUTILS D’ACCOMPAGNEMENT DES PROJETS D’AMÉNAGEMENT : ATELIER TERRITORIAL – COMMUNE DE POIX-DE-NORD',
    organiser: 'DDTM 59',
    dropped: [],
  });
  assert.deepEqual(organisationPrefix('Cerema Hauts-de-France : Journée technique sur les friches'), { organiser: 'Cerema Hauts-de-France', rest: 'Journée technique sur les friches' });
  assert.equal(organisationPrefix('Atelier territorial – commune de Poix-du-Nord'), undefined);
  assert.equal(organisationPrefix('Projets d’aménagement : l’accompagnement DDTM'), undefined);
  assert.deepEqual(cleanTitle('Séminaire régional – Sobriété foncière'), { title: 'Séminaire régional – Sobriété foncière', dropped: [] });
});

test('a title in capitals is written in sentence case, acronyms as spelt and place names as the text writes them', () => {
  const title = cleanTitle(SEED_004.split('\n')[0]!).title;
  assert.equal(
    sentenceCase(title, SEED_004),
    'Identifier et mettre en œuvre les outils d’accompagnement des projets d’aménagement : atelier territorial – commune de Poix-de-Nord',
  );
  assert.equal(sentenceCase('ATELIER TERRITORIAL – COMMUNE DE POIX-DU-NORD', 'Rendez-vous à Poix-du-Nord, devant la mairie.'), 'Atelier territorial – commune de Poix-du-Nord');
  assert.equal(sentenceCase('FORMATION PLUI, SCOT ET ZAN : LES OAP EN DDTM', ''), 'Formation PLUi, SCoT et ZAN : les OAP en DDTM');
  assert.equal(sentenceCase('LE CRTE DU PAYS DE SAINT-OMER', 'Le contrat du Pays de Saint-Omer est signé.'), 'Le CRTE du Pays de Saint-Omer');
  assert.equal(sentenceCase('PRÉSENTATION DU SITE', SEED_004), 'Présentation du site', 'a capital after a clock is not a name');
});

test('a title already in mixed case is kept as written', () => {
  assert.equal(sentenceCase('Atelier territorial de la DDTM 59', 'DDTM'), 'Atelier territorial de la DDTM 59');
  assert.equal(isAllCaps('DDTM 59'), true);
  assert.equal(isAllCaps('Journée ZAN'), false);
});

test('a text that speaks of stagiaires and a formation is a training, with its evidence', () => {
  assert.deepEqual(trainingEvidence(SEED_004), { score: 3, words: ['stagiaires', 'FORMATION'] });
  assert.equal(isTraining(SEED_004), true);
  assert.equal(isTraining('Session de formation organisée par le CVRH Arras'), true);
  assert.deepEqual(trainingEvidence('Organisme de formation certifié Qualiopi').words, ['Organisme de formation', 'Qualiopi']);
  assert.equal(isTraining('A two-day training course for trainees of the ministry'), true);
});

test('a workshop that mentions a formation once, or a word that contains « formation », is not a training', () => {
  assert.equal(isTraining('Atelier CRTE : les élus ont suivi une formation l’an dernier'), false);
  assert.equal(isTraining('Réunion d’information et transformation des friches'), false);
  assert.deepEqual(trainingEvidence('Comité de pilotage'), { score: 0, words: [] });
});

test('seed 004 as the import corpus holds it: a training by its stagiaires, organiser DDTM 59, title in sentence case', () => {
  const seed = readFileSync(join(ROOT, 'test', 'fixtures', 'import', '01-poix-du-nord-seed.txt'), 'utf8');
  assert.deepEqual(trainingEvidence(seed).words, ['stagiaires', 'FORMATION']);
  const { title, organiser } = cleanTitle(seed.split('\n')[0]!.replace(/\[bookmark:[^\]]*\]/g, ''));
  assert.equal(organiser, 'DDTM 59');
  assert.equal(sentenceCase(title, seed), 'Identifier et mettre en œuvre les outils d’accompagnement des projets d’aménagement : atelier territorial – commune de Poix-de-Nord');
});
