/**
 * Seed 004 (the DDTM 59 atelier day) as it would stand in a Word table, and a training
 * e-mail's agenda laid out in columns: the notations of real programmes, read as slots.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read, roles, slots, timeText } from './helpers';

test('seed 004 as a two-column Word table without header: times, titles and their bullets', () => {
  const r = read([
    ['08h30/09h00', 'Accueil des participants - Constitution des groupes (3 groupes).'],
    ['09h15/09h45', 'Projets d’aménagement : l’accompagnement DDTM, quel positionnement et pourquoi ?\n- séquence d’échange avec les participants\n- l’avis des conseils'],
    ['12h00/13h00', 'Pause déjeuner'],
    ['13H00/14h15', 'Séquence de recollement par groupe des éléments d’information obtenus au cours de la visite'],
    ['16h00/16h45', 'Restitution par groupe\n- 15mn / groupe'],
    ['16h45/17h00', 'Conclusion'],
  ]);
  assert.equal(r.agenda, true);
  assert.deepEqual(roles(r), ['time', 'title']);
  const s = slots(r);
  assert.deepEqual(s.map(timeText), ['08h30-09h00', '09h15-09h45', '12h00-13h00', '13h00-14h15', '16h00-16h45', '16h45-17h00']);
  assert.equal(s[1]!.title, 'Projets d’aménagement : l’accompagnement DDTM, quel positionnement et pourquoi ?');
  assert.deepEqual(s[1]!.details, ['- séquence d’échange avec les participants', '- l’avis des conseils']);
  assert.deepEqual(s[4]!.details, ['- 15mn / groupe']);
  // `13H00` is core/time.ts's own notation: read, not rewritten.
  assert.equal(s[3]!.time!.normalised, undefined);
});

test('a training agenda in columns: an « Animation » column of people, a « Salle » column, a labelled « Objectifs » column', () => {
  const r = read(
    [
      ['Horaires', 'Séance', 'Objectifs', 'Animation', 'Salle'],
      ['10h15 – 11h30', 'Les outils de l’aménagement', 'Connaître les outils', 'Animation : Mme Claire DUBOIS', 'salle Vauban'],
      ['11h30 – 12h30', 'Cas pratique', '', 'M. Paul MARTIN – Cerema', 'salle Vauban'],
      ['12h30', 'Clôture – déjeuner libre', '', '', ''],
    ],
    1,
  );
  assert.deepEqual(roles(r), ['time', 'title', 'details', 'speakers', 'room']);
  const s = slots(r);
  assert.deepEqual(s.map((x) => [timeText(x), x.title, x.room]), [
    ['10h15-11h30', 'Les outils de l’aménagement', 'salle Vauban'],
    ['11h30-12h30', 'Cas pratique', 'salle Vauban'],
    ['12h30', 'Clôture – déjeuner libre', undefined],
  ]);
  assert.deepEqual(s[0]!.speakers.map((p) => p.name), ['Claire DUBOIS']);
  assert.deepEqual(s[0]!.extra, [{ label: 'Objectifs', lines: ['Connaître les outils'] }]);
  assert.deepEqual(s[1]!.speakers.map((p) => [p.name, p.organisation]), [['Paul MARTIN', 'Cerema']]);
});
