/**
 * Slot lines the type vocabulary alone gets wrong: a closing with a free lunch, a speakers
 * line, a room, a time inside a session, and the team sections of a programme.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isClosingWithFreeMeal, roomOf, speakersOf } from '../../../../server/src/core/import/fields/slotWords';
import { isTeamHeading, readTeamSection, rolesNamed } from '../../../../server/src/core/import/fields/teamSections';
import { isInside, stepInside, timedLine } from '../../../../server/src/core/import/fields/timeInside';

test('« Clôture – déjeuner libre » closes the day; a free lunch alone is still a meal break', () => {
  assert.equal(isClosingWithFreeMeal('12h30 Clôture – déjeuner libre'), true);
  assert.equal(isClosingWithFreeMeal('Fin de la matinée, repas libre'), true);
  assert.equal(isClosingWithFreeMeal('Close of the session – lunch not provided'), true);
  assert.equal(isClosingWithFreeMeal('Déjeuner libre'), false);
  assert.equal(isClosingWithFreeMeal('Clôture et déjeuner offert'), false);
  assert.equal(isClosingWithFreeMeal('Conclusion'), false);
});

test('a speakers line gives its names: « Animation : », « Animé par », « Intervenant(s) : »', () => {
  assert.equal(speakersOf('Animation : Mme Claire DUBOIS'), 'Mme Claire DUBOIS');
  assert.equal(speakersOf('- Animé par Julie Martin (DDTM 62)'), 'Julie Martin (DDTM 62)');
  assert.equal(speakersOf('Animée par la DDTM 59'), undefined, 'an organisation in lower-case words is not a list of names');
  assert.equal(speakersOf('Intervenant(s) : Paul Durand, Cerema ; Anne Petit, DREAL'), 'Paul Durand, Cerema ; Anne Petit, DREAL');
  assert.equal(speakersOf('Intervenants : Paul Durand et Anne Petit'), 'Paul Durand et Anne Petit');
  assert.equal(speakersOf('Speakers: John Smith, Jane Doe'), 'John Smith, Jane Doe');
  assert.equal(speakersOf('Facilitated by Jane Doe'), 'Jane Doe');
  assert.equal(speakersOf('Intervention de Frédéric Applincourt'), 'Frédéric Applincourt');
});

test('steps that mention animation or an intervention are not speakers lines', () => {
  assert.equal(speakersOf('Animation d’un temps d’échange en plénière'), undefined);
  assert.equal(speakersOf('introduction et présentation du site d’étude au travers d’une intervention de Frédéric Applincourt, RT sur ce secteur'), undefined);
  assert.equal(speakersOf('Intervention de Frédéric Applincourt, RT sur ce secteur'), undefined);
  assert.equal(speakersOf('Animation : voir le dossier'), undefined);
});

test('a room: « salle Vauban », « en salle 204 », « Amphithéâtre », « salle du conseil municipal »', () => {
  assert.deepEqual(roomOf('Atelier 1 – salle Vauban'), { room: 'Salle Vauban', rest: 'Atelier 1' });
  assert.deepEqual(roomOf('Restitution en salle 204'), { room: 'Salle 204', rest: 'Restitution' });
  assert.deepEqual(roomOf('Amphithéâtre'), { room: 'Amphithéâtre', rest: '' });
  assert.deepEqual(roomOf('Plénière (Amphithéâtre Jean Moulin)'), { room: 'Amphithéâtre Jean Moulin', rest: 'Plénière' });
  assert.deepEqual(roomOf('Accueil dans la salle du conseil municipal'), { room: 'Salle du conseil municipal', rest: 'Accueil' });
  assert.deepEqual(roomOf('Workshop B, Room 3B'), { room: 'Room 3B', rest: 'Workshop B' });
  assert.deepEqual(roomOf('Atelier A salle Vauban pour les élus'), { room: 'Salle Vauban', rest: 'Atelier A pour les élus' });
});

test('« travail en salle » and other uses of the word name no room', () => {
  assert.equal(roomOf('Mise à disposition d’un dossier cartographique support à la visite de terrain et au travail en salle.'), undefined);
  assert.equal(roomOf('Retour en salle'), undefined);
  assert.equal(roomOf('Visite de la commune'), undefined);
});

test('a clock inside a session is a step of it, written as the source wrote it', () => {
  const session = { start: 10 * 60 + 15, end: 11 * 60 + 30 };
  assert.equal(stepInside(session, '10h45 : pause'), '10h45 : pause');
  assert.equal(stepInside(session, '- 11h00 Restitution rapide'), '11h00 Restitution rapide');
  assert.equal(stepInside(session, '10 h 45 – pause'), '10 h 45 – pause');
  assert.equal(stepInside(session, '10h15-10h45 Présentation des cas'), '10h15-10h45 Présentation des cas');
  assert.equal(isInside(session, 10 * 60 + 45), true);
  assert.equal(isInside(session, 11 * 60 + 30), false);
  assert.equal(isInside({ start: 23 * 60, end: 60 }, 30), true, 'a session across midnight');
});

test('what is not a time inside the session: « pause » alone, the end, after it, its own start, a range past its end', () => {
  const session = { start: 10 * 60 + 15, end: 11 * 60 + 30 };
  assert.equal(stepInside(session, 'pause'), undefined);
  assert.equal(stepInside(session, '11h30 Déjeuner'), undefined);
  assert.equal(stepInside(session, '14h00 : reprise'), undefined);
  assert.equal(stepInside(session, '10h15 Atelier B'), undefined);
  assert.equal(stepInside(session, '10h15-11h30 Atelier B'), undefined);
  assert.equal(stepInside(session, '11h00-12h00 Visite'), undefined);
  assert.equal(stepInside(session, '25h00 : pause'), undefined);
  assert.deepEqual(timedLine('9h30/10h Accueil'), { start: 570, end: 600, text: 'Accueil', step: '9h30/10h Accueil' });
});

test('team headings: the seed’s « INTERVENTION DES CONSEILS DE LA DDTM », « Équipe d’animation », « Les intervenants »', () => {
  for (const heading of ['INTERVENTION DES CONSEILS DE LA DDTM : ', 'Équipe d’animation', 'Les intervenants', '## Équipe pédagogique', 'Speakers', 'Les architectes et paysagistes conseil'])
    assert.equal(isTeamHeading(heading), true, heading);
  for (const heading of ['OBJECTIFS DE LA JOURNÉE :', 'DÉROULEMENT DE LA JOURNÉE :', 'Intervention sur site', 'SITE ET CONTEXTE CONSTITUANT LE SUPPORT DE LA FORMATION.', 'Conseils pratiques pour venir'])
    assert.equal(isTeamHeading(heading), false, heading);
});

test('a team paragraph names its roles, and its text is kept whole for the public context', () => {
  const paragraph =
    "Les architectes et paysagistes conseil sont des professionnels en activité, apportant leur expertise métier à la DDTM pour l'aider à élaborer des positions techniques. Ils accompagneront les stagiaires.";
  assert.deepEqual(rolesNamed(paragraph), ['Architecte conseil', 'Paysagiste conseil']);
  assert.deepEqual(rolesNamed('Une urbaniste, un écologue et des juristes'), ['Urbaniste', 'Écologue', 'Juriste']);
  assert.deepEqual(rolesNamed('Les élus et les agents'), []);
  const cut = paragraph.indexOf(' ', 60);
  const section = readTeamSection([paragraph.slice(0, cut), `  ${paragraph.slice(cut + 1)}`]);
  assert.equal(section.context, paragraph);
  assert.deepEqual(section.roles, ['Architecte conseil', 'Paysagiste conseil']);
});
