/**
 * The training sheet's labels and values (FORMAT.md 7.3) as e-mails and sheets write them,
 * in French and English: which line is a field and which key, and the value each key gets.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trainingFieldLine, trainingKeyOf } from '../../../../server/src/core/import/fields/trainingLabels';
import { durationOf, methodsOf, placesOf, prerequisitesOf, stringOrList, textOf } from '../../../../server/src/core/import/fields/trainingValues';

test('each training label of the issue names its key, with the value on the same line', () => {
  const cases: [string, string, string][] = [
    ['Durée : 2 jours (11h30)', 'duration', '2 jours (11h30)'],
    ['Tarif : 450 € net de taxe par stagiaire', 'price', '450 € net de taxe par stagiaire'],
    ["Modalités et délais d'accès : inscription sur la plateforme régionale", 'access', 'inscription sur la plateforme régionale'],
    ["Conditions d'accès : être agent de l'État", 'access', "être agent de l'État"],
    ['Contact : Julie Martin, 03 21 00 00 00, julie.martin@example.org', 'contact', 'Julie Martin, 03 21 00 00 00, julie.martin@example.org'],
    ['Nombre de places : 16', 'participants', '16'],
    ['Effectif : 12 à 16 stagiaires', 'participants', '12 à 16 stagiaires'],
    ['Prérequis : aucun', 'prerequisites', 'aucun'],
    ['**Durée** : 3h30', 'duration', '3h30'],
    ['- Price: €450 per participant', 'price', '€450 per participant'],
    ['Number of places: 20', 'participants', '20'],
    ['Référent handicap : Paul Durand', 'accessibility', 'Paul Durand'],
  ];
  for (const [line, key, value] of cases) assert.deepEqual(trainingFieldLine(line), { key, value }, line);
});

test('a label alone announces a value on the next lines: headings, bold lines, capitals', () => {
  const cases: [string, string][] = [
    ['Méthodes pédagogiques', 'methods'],
    ['## Moyens pédagogiques et techniques', 'methods'],
    ["MODALITÉS D'ÉVALUATION :", 'evaluation'],
    ["**Modalités d'évaluation**", 'evaluation'],
    ['Accessibilité', 'accessibility'],
    ['Personnes en situation de handicap :', 'accessibility'],
    ['Teaching methods', 'methods'],
    ['Assessment:', 'evaluation'],
    ['Prerequisites', 'prerequisites'],
  ];
  for (const [line, key] of cases) assert.deepEqual(trainingFieldLine(line), { key, value: '' }, line);
});

test('lines that are a value without a label: registration deadline, places, free of charge', () => {
  assert.deepEqual(trainingFieldLine('Inscription avant le 1er mars 2024'), { key: 'access', value: 'Inscription avant le 1er mars 2024' });
  assert.deepEqual(trainingFieldLine('Inscriptions jusqu’au 15 février'), { key: 'access', value: 'Inscriptions jusqu’au 15 février' });
  assert.deepEqual(trainingFieldLine('16 places'), { key: 'participants', value: '16 places' });
  assert.deepEqual(trainingFieldLine("Gratuit pour les agents de l'État"), { key: 'price', value: "Gratuit pour les agents de l'État" });
  assert.deepEqual(trainingFieldLine('Register by 1 March'), { key: 'access', value: 'Register by 1 March' });
});

test('neighbours that are not training fields: a visit’s length, agenda lines, other labels', () => {
  for (const line of [
    'Durée de la visite : 1h',
    '10h45 : pause',
    'Objectifs de la journée :',
    'Lieu : salle Vauban',
    "Inscription des participants à l'accueil",
    'Intervention de Frédéric Applincourt, RT sur ce secteur',
    'Les places de la commune',
    'Le tarif des transports est libre',
    '',
  ])
    assert.equal(trainingFieldLine(line), undefined, line);
  assert.equal(trainingKeyOf('Durée de la visite'), undefined);
  assert.equal(trainingKeyOf('Durée de la formation'), 'duration');
});

test('the duration is the declared hours, in the notation of FORMAT.md 2', () => {
  assert.equal(durationOf('2 jours (11h30)'), '11h30');
  assert.equal(durationOf('1 jour soit 7 heures'), '7h');
  assert.equal(durationOf('3h30'), '3h30');
  assert.equal(durationOf('2 jours de 7 heures'), '14h');
  assert.equal(durationOf('2 x 3h30'), '7h');
  assert.equal(durationOf('14 heures, dont 3h30 sur site'), '14h');
  assert.equal(durationOf('7 h par jour sur 3 jours'), '21h');
  assert.equal(durationOf('45 minutes'), '45min');
  assert.equal(durationOf('Two days, 14 hours in total'), '14h');
  assert.equal(durationOf('1,5 heure'), '1h30');
});

test('a duration that gives no hours is not a duration: days alone, the clock hours of the day', () => {
  assert.equal(durationOf('2 jours'), undefined);
  assert.equal(durationOf('1 jour (9h-17h)'), undefined);
  assert.equal(durationOf('une journée'), undefined);
});

test('the number of places: a number, the top of a range, never a date in brackets', () => {
  assert.equal(placesOf('16'), 16);
  assert.equal(placesOf('12 à 16 stagiaires'), 16);
  assert.equal(placesOf('20 participants maximum'), 20);
  assert.equal(placesOf('16 places (inscription avant le 30 mars)'), 16);
  assert.equal(placesOf('from 8 to 12 trainees'), 12);
  assert.equal(placesOf('agents des DDT et des DREAL'), undefined);
  assert.equal(placesOf('0'), undefined);
});

test('prerequisites « aucun » is the text « Aucun »; other prerequisites stay text or a list', () => {
  assert.equal(prerequisitesOf(['aucun']), 'Aucun');
  assert.equal(prerequisitesOf(['Aucun prérequis.']), 'Aucun');
  assert.equal(prerequisitesOf(['Pas de prérequis particulier']), 'Aucun');
  assert.equal(prerequisitesOf(['None']), 'None');
  assert.equal(prerequisitesOf(['Connaître les bases du code de l’urbanisme']), 'Connaître les bases du code de l’urbanisme');
  assert.deepEqual(prerequisitesOf(['- Être agent de l’État', '- Avoir suivi le module 1']), ['Être agent de l’État', 'Avoir suivi le module 1']);
});

test('methods become a list: bullets, lines, or one line cut at its commas or semicolons', () => {
  assert.deepEqual(methodsOf(['Apports en plénière, étude de cas sur site, travail en sous-groupes']), ['Apports en plénière', 'Étude de cas sur site', 'Travail en sous-groupes']);
  assert.deepEqual(methodsOf(['- apports théoriques ;', '- visite de terrain ;', '- atelier de mise en situation.']), ['Apports théoriques', 'Visite de terrain', 'Atelier de mise en situation']);
  assert.deepEqual(methodsOf(['Exposés ; études de cas ; échanges']), ['Exposés', 'Études de cas', 'Échanges']);
  // A sentence whose commas separate clauses, not methods, stays one item.
  const sentence = 'La formation alterne des apports de la DDTM, qui présente ses outils d’accompagnement, et un cas pratique sur une commune du département';
  assert.deepEqual(methodsOf([sentence]), [sentence]);
  assert.equal(methodsOf(['', '  ']), undefined);
});

test('evaluation and accessibility keep their text; bullets make a list or a `- ` list', () => {
  assert.equal(stringOrList(['Questionnaire de satisfaction', 'en fin de session']), 'Questionnaire de satisfaction en fin de session');
  assert.deepEqual(stringOrList(['- Quiz en début et fin de formation', '- Questionnaire de satisfaction à chaud']), ['Quiz en début et fin de formation', 'Questionnaire de satisfaction à chaud']);
  assert.equal(textOf(['Les locaux sont accessibles aux personnes à mobilité réduite.', 'Contactez la référente handicap.']), 'Les locaux sont accessibles aux personnes à mobilité réduite. Contactez la référente handicap.');
  assert.equal(textOf(['- Salle de plain-pied', '- Boucle magnétique']), '- Salle de plain-pied\n- Boucle magnétique');
});
