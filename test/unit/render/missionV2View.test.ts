/**
 * The view of a mission v2 (FORMAT.md 7.2, 7.5): every key that has a value reaches the
 * preview and the exports, with names for ids, dates and months in words, populations in
 * inhabitants, statuses and kinds in words, in French and in English.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crteView, CRTE_MISSION } from './missionV2Fixture';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const line = (snippet: string) => CRTE_MISSION.split('\n').findIndex((l) => l === snippet);

test('the frame: pilot by name when it is a person of the team, funding, context kept for reflow', () => {
  const v = crteView();
  assert.deepEqual([v.schemeLabel, v.client, v.pilot, v.funding, v.contact, v.periodText], [
    'contrat de relance et de transition écologique (CRTE)',
    'ANCT',
    'Mélanie Guiot',
    'Gratuit pour les collectivités',
    'crte@example.org',
    '1er septembre 2021 – 30 juin 2022',
  ]);
  assert.match(v.context!, /^Les contrats de relance/);
  assert.deepEqual(v.people, [
    { id: 'guiot', name: 'Mélanie Guiot', role: 'Cheffe de projet', organisation: 'Cerema Normandie-Centre' },
    { id: 'martin', name: 'Paul Martin' },
  ]);
});

test('a pilot that is no person of the team stays the text written', () => {
  assert.equal(crteView('fr', CRTE_MISSION.replace('pilot: guiot', 'pilot: Cerema Normandie-Centre')).pilot, 'Cerema Normandie-Centre');
});

test('territories: population in « habitants » (one habitant), "inhabitants" in English', () => {
  assert.deepEqual(
    crteView().territories.map((t) => [t.id, t.name, t.kind, t.populationText]),
    [
      ['pont-audemer', 'CC de Pont-Audemer Val de Risle', 'intercommunalité (EPCI)', '30\u202f000 habitants'],
      ['sources-orne', 'CC des Sources de l\'Orne', 'intercommunalité (EPCI)', '1 habitant'],
    ],
  );
  assert.deepEqual(crteView('en').territories.map((t) => t.populationText), ['30,000 inhabitants', '1 inhabitant']);
});

test('workstreams: territory and lead names, status in words (planned when not written), method, source line', () => {
  const [pa, so, lv] = crteView().workstreams;
  assert.deepEqual(pa, {
    line: line('  - id: pa'),
    id: 'pa',
    title: 'Pont-Audemer Val de Risle',
    territories: ['CC de Pont-Audemer Val de Risle'],
    lead: 'Mélanie Guiot',
    status: 'done',
    statusLabel: 'terminé',
    method: 'Diagnostic à partir des vécus des élus ;\nateliers co-animés avec des agents formés.\n',
  });
  assert.deepEqual([so!.statusLabel, so!.lead, lv!.statusLabel, lv!.territories], ['en cours', 'Paul Martin', 'abandonné', []]);
  assert.deepEqual(crteView('en').workstreams.map((w) => w.statusLabel), ['done', 'in progress', 'abandoned']);
});

test('phases: months in words, kind only when not core, workstream title, description', () => {
  const phases = crteView().phases;
  assert.deepEqual(
    phases.map((p) => [p.id, p.datesText, p.kindLabel, p.workstreamTitle]),
    [
      ['cadrage', 'septembre 2021', 'préparation', undefined],
      ['diagnostic-pa', 'octobre – décembre 2021', undefined, 'Pont-Audemer Val de Risle'],
      ['strategie-pa', 'janvier – mars 2022', undefined, 'Pont-Audemer Val de Risle'],
      ['diagnostic-so', 'novembre 2021 – février 2022', undefined, 'Sources de l\'Orne'],
      ['bilan', 'mai – juin 2022', 'suivi', undefined],
    ],
  );
  assert.equal(phases[1]!.description, 'Entretiens avec les maires\net visite du territoire.\n');
  assert.deepEqual(phases[1]!.programmes[0]!.days, [{ date: day(2021, 11, 18), start: 9 * 60, end: 16 * 60 + 30, location: 'Salle des fêtes de Pont-Audemer' }]);
  assert.deepEqual(crteView('en').phases.map((p) => p.datesText), ['September 2021', 'October – December 2021', 'January – March 2022', 'November 2021 – February 2022', 'May – June 2022']);
});

test('milestones: a date or a month in words, kind in words, phase and governance by name, the workstream of their phase', () => {
  const [launch, signature, copil] = crteView().milestones;
  assert.deepEqual(launch, { line: line('  - id: lancement'), id: 'lancement', title: 'Lancement régional', first: day(2021, 9, 14), last: day(2021, 9, 14), day: day(2021, 9, 14), dateText: '14 septembre 2021', kind: 'launch', kindLabel: 'lancement', index: 0 });
  assert.deepEqual(
    [signature!.dateText, signature!.day, signature!.kindLabel, signature!.phase, signature!.governance, signature!.workstream],
    ['décembre 2021', day(2021, 12, 31), 'signature', 'Diagnostic Pont-Audemer', 'Comité de pilotage', 'pa'],
  );
  assert.deepEqual([copil!.dateText, copil!.kindLabel, copil!.workstreamTitle], ['8 février 2022', 'comité', 'Sources de l\'Orne']);
  assert.deepEqual(crteView('en').milestones.map((m) => [m.dateText, m.kindLabel]), [
    ['14 September 2021', 'launch'],
    ['December 2021', 'signature'],
    ['8 February 2022', 'committee'],
  ]);
});

test('deliverables: due in words, owner by name when a person, status only when written, http link only', () => {
  const [carnet, rapport, note] = crteView().deliverables;
  assert.deepEqual(carnet, {
    line: line('  - id: carnet'),
    id: 'carnet',
    title: 'Carnet de territoire',
    due: day(2022, 2, 28),
    dueText: 'février 2022',
    owner: 'CAUE de l\'Eure',
    status: 'delivered',
    statusLabel: 'livré',
    link: 'https://www.example.org/carnet?a=1&b=2',
    workstream: 'pa',
  });
  assert.deepEqual([rapport!.dueText, rapport!.owner, rapport!.statusLabel, rapport!.description], ['30 juin 2022', 'Mélanie Guiot', 'en cours', 'Synthèse des six territoires.']);
  // `javascript:` is no link: the view has none.
  assert.deepEqual([note!.dueText, note!.link, note!.status], ['mars 2022', undefined, undefined]);
  assert.deepEqual(crteView('en').deliverables.map((d) => [d.dueText, d.statusLabel]), [
    ['February 2022', 'delivered'],
    ['30 June 2022', 'in progress'],
    ['March 2022', undefined],
  ]);
});

test('English labels for the new sections', () => {
  const L = crteView('en').labels;
  assert.deepEqual([L.missionContext, L.funding, L.team, L.workstreams, L.milestones, L.timeline, L.wholeMission], ['Purpose', 'Funding', 'Team', 'Workstreams', 'Milestones', 'Timeline', 'Whole mission']);
  const fr = crteView().labels;
  assert.deepEqual([fr.missionContext, fr.funding, fr.team, fr.workstreams, fr.milestones, fr.timeline, fr.wholeMission], ['Objet de l’opération', 'Financement', 'Équipe', 'Chantiers', 'Jalons', 'Calendrier', 'Ensemble de la mission']);
});
