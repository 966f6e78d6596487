/**
 * The view model of the preview and every export, built from the typed model alone: the
 * content of every key of the format reaches it, and lines for click-to-reveal come from
 * the analysis' range lookup.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { buildView } from '../../../server/src/core/render/buildView';
import type { MissionView, ProgrammeView } from '../../../server/src/core/render/viewModel';
import { EVERY_KEY_MISSION, EVERY_KEY_PROGRAMME } from '../model/fixtures';

const service = createLanguageService();

test('programme: every key written is in the view, with the source lines of days and slots', () => {
  const v = buildView(service.analyse('file:///ws/a.programme.yaml', EVERY_KEY_PROGRAMME), { withNotes: true }) as ProgrammeView;
  assert.equal(v.language, 'en');
  assert.deepEqual(
    [v.subtitle, v.organiser, v.location, v.participants, v.accessibility, v.context, v.notes],
    ['Deux journées à Poix-du-Nord', 'DDTM 59', 'Salle des fêtes, 1 rue de la Mairie, Poix-du-Nord', 24, 'Salle accessible en fauteuil', 'Un bourg rural de 1 500 habitants', 'Prévoir le café'],
  );
  assert.deepEqual([v.audience, v.objectives, v.prerequisites, v.evaluation], [
    ['Élus', 'Techniciens'],
    ['Comprendre les outils', 'Construire une stratégie'],
    ['Aucun'],
    ['Questionnaire de fin de session'],
  ]);
  assert.deepEqual(v.people, [
    { id: 'claire', name: 'Claire Martin', role: 'Architecte conseil', organisation: 'DDTM 59' },
    { id: 'paul', name: 'Paul Durand' },
  ]);
  assert.deepEqual(v.groups, [
    { id: 'g1', name: 'Groupe 1', members: ['Ana', 'Bruno'], lead: 'Claire Martin', size: 8 },
    { id: 'g2', name: 'g2', members: [] },
  ]);
  assert.deepEqual(v.deliverables, [
    { id: 'carte', title: 'Carte annotée', owner: 'Groupe 1', dueText: 'Restitution (14:00)', format: 'A3' },
    { id: 'synthese', title: 'Synthèse', owner: 'Each group' },
  ]);
  const [day1, day2] = v.days;
  assert.deepEqual([day1!.line, day1!.title, day1!.location], [42, 'Diagnostic', 'Mairie de Poix-du-Nord']);
  assert.deepEqual([day2!.line, day2!.title, day2!.location], [68, undefined, 'Salle B, Poix-du-Nord']);
  const slot = day1!.slots[1]!;
  assert.deepEqual([slot.line, slot.endLine, slot.description, slot.steps, slot.materials, slot.notes, slot.produces], [
    51,
    68,
    'En sous-groupes',
    ['Lecture de paysage', 'Croquis'],
    ['Plans au 1/2000'],
    'Tenir le temps',
    ['Carte annotée'],
  ]);
  assert.deepEqual(slot.tracks, [
    {
      title: 'Piste A',
      groups: ['Groupe 1'],
      groupIds: ['g1'],
      speakers: [{ id: 'paul', name: 'Paul Durand' }],
      lead: { id: 'claire', name: 'Claire Martin', role: 'Architecte conseil', organisation: 'DDTM 59' },
      room: 'Salle du conseil',
      description: 'Le centre-bourg',
    },
  ]);
  assert.deepEqual(day2!.slots[0]!.turns.map((t) => `${t.group} ${t.startText}–${t.endText}`), ['Groupe 1 14:00–14:15', 'g2 14:15–14:30']);
});

test('mission: every key written is in the view', () => {
  const v = buildView(service.analyse('file:///ws/m.mission.yaml', EVERY_KEY_MISSION)) as MissionView;
  assert.deepEqual([v.schemeLabel, v.client, v.pilot, v.contact, v.response], [
    'Nouveau conseil aux territoires (NCT)',
    'Commune de Poix-du-Nord',
    'DDTM 59',
    'referent@example.fr',
    'Un accompagnement en trois phases',
  ]);
  assert.deepEqual([v.partners, v.themes, v.needs], [['Cerema', 'CAUE du Nord'], ['Eau', 'Mobilités'], ['Ingénierie de projet']]);
  assert.deepEqual(v.territories, [{ name: 'Poix-du-Nord', kind: 'commune', population: 1500, populationText: '1\u202f500 habitants' }]);
  assert.deepEqual(v.governance, [{ id: 'copil', name: 'Comité de pilotage', members: ['Maire', 'DDTM'] }]);
  const phase = v.phases[0]!;
  assert.deepEqual([phase.line, phase.datesText, phase.description, phase.deliverables, phase.governance], [21, 'janvier – avril 2023', 'Comprendre le territoire', ['Rapport de diagnostic'], ['Comité de pilotage']]);
  assert.deepEqual(v.deliverables, [{ line: 30, id: 'rapport', title: 'Rapport de diagnostic', due: Date.UTC(2023, 3, 30) / 86_400_000, dueText: 'avril 2023', description: 'Le rapport remis au COPIL' }]);
  assert.deepEqual(v.indicators, [{ label: 'Réunions tenues', value: 3, target: 5, unit: 'réunions' }]);
});
