/**
 * The model's values are typed and carry their data path; a value of the wrong type is left
 * out (the schema reports it) and the rest of its list or item is kept.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import type { MissionModel, ProgrammeModel, Value } from '../../../server/src/core/model/types';
import { EVERY_KEY_MISSION, EVERY_KEY_PROGRAMME } from './fixtures';

const service = createLanguageService({ settings: { language: 'en' } });

function programme(text: string): ProgrammeModel {
  const model = service.analyse('file:///ws/t.programme.yaml', text).model;
  assert.equal(model?.kind, 'programme');
  return model as ProgrammeModel;
}

function mission(text: string): MissionModel {
  const model = service.analyse('file:///ws/t.mission.yaml', text).model;
  assert.equal(model?.kind, 'mission');
  return model as MissionModel;
}

/** A value as `[value, path]`, or a list of them. */
const vp = <T>(v: Value<T> | undefined) => (v === undefined ? undefined : [v.value, v.path]);
const vps = <T>(list: readonly Value<T>[] | undefined) => list?.map(vp);

test('programme header: texts, lists, a number and a venue, each with its path', () => {
  const m = programme(EVERY_KEY_PROGRAMME);
  assert.deepEqual(vp(m.subtitle), ['Deux journées à Poix-du-Nord', ['subtitle']]);
  assert.deepEqual(vp(m.language), ['en', ['language']]);
  assert.deepEqual(vp(m.organiser), ['DDTM 59', ['organiser']]);
  assert.deepEqual(vps(m.audience), [['Élus', ['audience', 0]], ['Techniciens', ['audience', 1]]]);
  assert.deepEqual(vp(m.participants), [24, ['participants']]);
  assert.deepEqual(vps(m.objectives), [['Comprendre les outils', ['objectives', 0]], ['Construire une stratégie', ['objectives', 1]]]);
  assert.deepEqual(vps(m.prerequisites), [['Aucun', ['prerequisites', 0]]]);
  // `evaluation` takes one text or a list: one text is one item, at the key's own path.
  assert.deepEqual(vps(m.evaluation), [['Questionnaire de fin de session', ['evaluation']]]);
  assert.deepEqual(vp(m.accessibility), ['Salle accessible en fauteuil', ['accessibility']]);
  assert.deepEqual(vp(m.context), ['Un bourg rural de 1 500 habitants', ['context']]);
  assert.deepEqual(vp(m.notes), ['Prévoir le café', ['notes']]);
  assert.deepEqual(m.location?.path, ['location']);
  const place = m.location?.value;
  assert.ok(place && typeof place === 'object');
  assert.deepEqual([vp(place.name), vp(place.address), vp(place.commune)], [
    ['Salle des fêtes', ['location', 'name']],
    ['1 rue de la Mairie', ['location', 'address']],
    ['Poix-du-Nord', ['location', 'commune']],
  ]);
  assert.deepEqual([...m.written].sort(), ['accessibility', 'audience', 'context', 'days', 'deliverables', 'evaluation', 'format', 'groups', 'language', 'location', 'notes', 'objectives', 'organiser', 'participants', 'people', 'prerequisites', 'subtitle', 'title']);
});

test('people, groups and deliverables: their details typed, with paths', () => {
  const m = programme(EVERY_KEY_PROGRAMME);
  const [claire, paul] = m.people;
  assert.deepEqual([vp(claire!.role), vp(claire!.organisation)], [['Architecte conseil', ['people', 0, 'role']], ['DDTM 59', ['people', 0, 'organisation']]]);
  assert.deepEqual([paul!.role, paul!.organisation], [undefined, undefined]);
  const g1 = m.groups[0]!;
  assert.deepEqual([g1.lead?.id, g1.lead?.path], ['claire', ['groups', 0, 'lead']]);
  assert.deepEqual(vps(g1.members), [['Ana', ['groups', 0, 'members', 0]], ['Bruno', ['groups', 0, 'members', 1]]]);
  assert.deepEqual(vp(g1.size), [8, ['groups', 0, 'size']]);
  const [carte, synthese] = m.deliverables;
  assert.deepEqual([carte!.owner?.id, carte!.due?.id, vp(carte!.format), vp(carte!.description)], [
    'g1',
    'restitution',
    ['A3', ['deliverables', 0, 'format']],
    ['Les enjeux sur un fond de plan', ['deliverables', 0, 'description']],
  ]);
  assert.deepEqual([synthese!.owner, vp(synthese!.eachGroup)], [undefined, ['each-group', ['deliverables', 1, 'owner']]]);
});

test('days, slots and tracks: every key typed, with paths', () => {
  const m = programme(EVERY_KEY_PROGRAMME);
  const [day1, day2] = m.days;
  assert.deepEqual([vp(day1!.title), vp(day1!.location), vp(day1!.start)], [
    ['Diagnostic', ['days', 0, 'title']],
    ['Mairie de Poix-du-Nord', ['days', 0, 'location']],
    [510, ['days', 0, 'start']],
  ]);
  const venue = day2!.location!.value;
  assert.ok(typeof venue === 'object');
  assert.deepEqual([vp(venue.name), venue.address, vp(venue.commune)], [['Salle B', ['days', 1, 'location', 'name']], undefined, ['Poix-du-Nord', ['days', 1, 'location', 'commune']]]);
  const slot = day1!.slots[1]!;
  assert.deepEqual(vp(slot.description), ['En sous-groupes', ['days', 0, 'agenda', 1, 'description']]);
  assert.deepEqual(vps(slot.steps), [['Lecture de paysage', ['days', 0, 'agenda', 1, 'steps', 0]], ['Croquis', ['days', 0, 'agenda', 1, 'steps', 1]]]);
  assert.deepEqual(vps(slot.materials), [['Plans au 1/2000', ['days', 0, 'agenda', 1, 'materials', 0]]]);
  assert.deepEqual(vp(slot.notes), ['Tenir le temps', ['days', 0, 'agenda', 1, 'notes']]);
  const track = slot.tracks[0]!;
  assert.deepEqual([vp(track.description), vp(track.room)], [
    ['Le centre-bourg', ['days', 0, 'agenda', 1, 'tracks', 0, 'description']],
    ['Salle du conseil', ['days', 0, 'agenda', 1, 'tracks', 0, 'room']],
  ]);
  // A slot without those keys has none of them (no empty lists per slot).
  const plain = day1!.slots[0]!;
  assert.deepEqual([plain.description, plain.steps, plain.materials, plain.notes], [undefined, undefined, undefined, undefined]);
});

test('mission: header, territories, governance, phases, deliverables and indicators, with paths', () => {
  const m = mission(EVERY_KEY_MISSION);
  assert.deepEqual([vp(m.client), vp(m.pilot), vp(m.contact), vp(m.response)], [
    ['Commune de Poix-du-Nord', ['client']],
    ['DDTM 59', ['pilot']],
    ['referent@example.fr', ['contact']],
    ['Un accompagnement en trois phases', ['response']],
  ]);
  assert.deepEqual(vps(m.partners), [['Cerema', ['partners', 0]], ['CAUE du Nord', ['partners', 1]]]);
  assert.deepEqual(vps(m.themes), [['Eau', ['themes', 0]], ['Mobilités', ['themes', 1]]]);
  assert.deepEqual(vps(m.needs), [['Ingénierie de projet', ['needs', 0]]]);
  const t = m.territories[0]!;
  assert.deepEqual([t.path, vp(t.name), vp(t.kind), vp(t.population)], [
    ['territories', 0],
    ['Poix-du-Nord', ['territories', 0, 'name']],
    ['commune', ['territories', 0, 'kind']],
    [1500, ['territories', 0, 'population']],
  ]);
  assert.deepEqual(vps(m.governance[0]!.members), [['Maire', ['governance', 0, 'members', 0]], ['DDTM', ['governance', 0, 'members', 1]]]);
  const phase = m.phases[0]!;
  assert.deepEqual(vp(phase.description), ['Comprendre le territoire', ['phases', 0, 'description']]);
  assert.deepEqual(phase.deliverables.map((r) => [r.id, r.path]), [['rapport', ['phases', 0, 'deliverables', 0]]]);
  assert.deepEqual(phase.governance.map((r) => [r.id, r.path]), [['copil', ['phases', 0, 'governance', 0]]]);
  const d = m.deliverables[0]!;
  assert.deepEqual([vp(d.due), vp(d.description)], [['2023-04', ['deliverables', 0, 'due']], ['Le rapport remis au COPIL', ['deliverables', 0, 'description']]]);
  const i = m.indicators[0]!;
  assert.deepEqual([i.path, vp(i.label), vp(i.value), vp(i.target), vp(i.unit)], [
    ['indicators', 0],
    ['Réunions tenues', ['indicators', 0, 'label']],
    [3, ['indicators', 0, 'value']],
    [5, ['indicators', 0, 'target']],
    ['réunions', ['indicators', 0, 'unit']],
  ]);
});

test('programme: values of the wrong type are left out, the right ones of a list are kept at their index', () => {
  const m = programme(`title: Atelier
subtitle: 42
language: [en]
audience: { a: 1 }
participants: 3.5
location: [Poix]
objectives: Une seule phrase
evaluation: [1, Questionnaire]
accessibility: true
people:
  - id: claire
    role: [architecte]
    organisation: 59
groups:
  - id: g1
    members: Ana
    size: "8"
deliverables:
  - id: carte
    title: Carte
    format: 3
    description: [x]
days:
  - date: 2024-03-12
    title: 12
    location: { name: 5, commune: Poix }
    start: 8
    agenda:
      - time: 09h00-10h00
        title: Atelier
        description: { x: 1 }
        steps: [Lecture, 2, null, Croquis]
        materials: Plans
        notes: [n]
        tracks:
          - title: A
            room: 101
            description: null
`);
  assert.deepEqual([m.subtitle, m.language, m.audience, m.participants, m.location, m.objectives, m.accessibility], Array(7).fill(undefined));
  assert.deepEqual(vps(m.evaluation), [['Questionnaire', ['evaluation', 1]]]);
  assert.deepEqual([m.people[0]!.role, m.people[0]!.organisation, m.groups[0]!.members, m.groups[0]!.size], Array(4).fill(undefined));
  assert.deepEqual([m.deliverables[0]!.format, m.deliverables[0]!.description], [undefined, undefined]);
  const day = m.days[0]!;
  assert.deepEqual([day.title, day.start], [undefined, undefined]);
  const venue = day.location!.value;
  assert.ok(typeof venue === 'object');
  assert.deepEqual([venue.name, vp(venue.commune)], [undefined, ['Poix', ['days', 0, 'location', 'commune']]]);
  const slot = day.slots[0]!;
  assert.deepEqual([slot.description, slot.materials, slot.notes], [undefined, undefined, undefined]);
  assert.deepEqual(vps(slot.steps), [['Lecture', ['days', 0, 'agenda', 0, 'steps', 0]], ['Croquis', ['days', 0, 'agenda', 0, 'steps', 3]]]);
  assert.deepEqual([slot.tracks[0]!.room, slot.tracks[0]!.description], [undefined, undefined]);
  // Written, so not "missing" for the rules; the schema reports the type.
  assert.ok(m.written.has('accessibility') && m.written.has('objectives'));
});

test('mission: values of the wrong type are left out', () => {
  const m = mission(`title: Mission
period: { start: 2023-01, end: 2023-12 }
client: 3
partners: Cerema
themes: [Eau, 4]
territories:
  - name: 12
  - name: Poix
    kind: [commune]
    population: 1500.5
governance:
  - id: copil
    name: COPIL
    members: Maire
phases:
  - id: diag
    title: Diagnostic
    description: 3
    deliverables: [Rapport, rapport]
deliverables:
  - id: rapport
    title: Rapport
    due: 202304
indicators:
  - label: 3
  - label: Réunions
    value: "3"
    target: .nan
    unit: 1
`);
  assert.deepEqual([m.client, m.partners], [undefined, undefined]);
  assert.deepEqual(vps(m.themes), [['Eau', ['themes', 0]]]);
  assert.deepEqual(m.territories.map((t) => [t.path, t.name.value, t.kind, t.population]), [[['territories', 1], 'Poix', undefined, undefined]]);
  assert.equal(m.governance[0]!.members, undefined);
  assert.equal(m.phases[0]!.description, undefined);
  // `Rapport` is no id (the schema reports it): only the well-formed reference is kept.
  assert.deepEqual(m.phases[0]!.deliverables.map((r) => [r.id, r.path]), [['rapport', ['phases', 0, 'deliverables', 1]]]);
  assert.equal(m.deliverables[0]!.due, undefined);
  assert.deepEqual(m.indicators.map((i) => [i.path, i.label.value, i.value, i.target, i.unit]), [[['indicators', 1], 'Réunions', undefined, undefined, undefined]]);
});

test('training-fields reads the model: a field of the wrong type is the schema’s to report, a blank one is missing', () => {
  const uri = 'file:///ws/f.programme.yaml';
  const text = `title: Formation
format: training
objectives: []
prerequisites: ["  "]
evaluation: 42
audience: { public: élus }
accessibility: Salle accessible
date: 2024-03-12
agenda:
  - time: 09h00-10h00
    title: Cours
`;
  const found = service.check(uri, text).map((d) => `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character} ${d.data?.field ?? d.message}`);
  assert.deepEqual(
    found.filter((f) => f.startsWith('training-fields')),
    [
      'training-fields error 1:8 objectives',
      'training-fields warning 1:8 prerequisites',
      // the v2 fields, not written at all
      'training-fields warning 1:8 duration',
      'training-fields warning 1:8 price',
      'training-fields warning 1:8 access',
      'training-fields warning 1:8 contact',
      'training-fields warning 1:8 methods',
    ],
  );
  assert.equal(found.filter((f) => f.startsWith('schema')).length, 2, found.join('\n'));
});
