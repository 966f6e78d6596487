/**
 * `unused` (FORMAT.md §5), hint shown faded (`unnecessary: true`): a person or group that
 * nothing references. A slot with `groups: all`, or a deliverable owned by `each-group`,
 * uses every group.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { edit, idRange } from './helpers';

/** Every person and group is used exactly one way, so each way is shown to count. */
const FORMATION_ACTION = `title: Formation-action — pratiques participatives pour l’élaboration du CRTE
subtitle: Communauté de communes du Ternois
format: workshop
organiser: Cerema Hauts-de-France
location: Saint-Pol-sur-Ternoise (62)
date: 2021-06-10
people:
  - id: animatrice
    name: Camille Lefort
    role: Chargée d’études concertation
    organisation: Cerema Hauts-de-France
  - id: cheffe-projet
    name: Élise Duhamel
    role: Cheffe de projet CRTE
    organisation: Communauté de communes du Ternois
  - id: referent
    name: Marc Delattre
    role: Référent territorial
    organisation: DDTM 62
  - id: elu
    role: Vice-président en charge de la transition écologique
groups:
  - id: atelier-a
    name: Atelier A — agents intercommunaux
    lead: referent
  - id: atelier-b
    name: Atelier B — secrétaires de mairie
  - id: comite
    name: Comité de suivi du CRTE
deliverables:
  - id: feuille-route
    title: Feuille de route de la concertation
    owner: comite
  - id: synthese
    title: Synthèse des engagements des élus
    owner: elu
agenda:
  - time: 09h00-09h30
    title: Accueil des participants
    type: welcome
  - time: 09h30-10h30
    title: "Le CRTE : cadre national et enjeux de la participation"
    type: presentation
    speakers: [animatrice]
  - time: 10h30-12h00
    title: Diagnostic participatif du territoire
    type: exercise
    tracks:
      - title: Cartographie sensible
        groups: [atelier-b]
        lead: cheffe-projet
  - time: 12h00-13h30
    title: Déjeuner
    type: meal
  - time: 13h30-15h00
    title: Élaboration de la feuille de route
    type: group-work
    groups: [atelier-a]
    produces: [feuille-route, synthese]
`;

const addPerson = (text: string) =>
  edit(text, 'groups:\n', '  - id: paysagiste\n    name: Hugo Lefebvre\n    role: Paysagiste conseil\ngroups:\n');
const addGroup = (text: string) => edit(text, 'deliverables:\n', '  - id: atelier-c\n    name: Atelier C — élus\ndeliverables:\n');

describe('unused — silent', () => {
  test('a complete programme where each person and group is referenced (speaker, track lead, group lead, owner; slot, track, owner)', () => {
    expectClean(FORMATION_ACTION);
  });

  test('`groups: all` uses every group', () => {
    const text = edit(addGroup(FORMATION_ACTION), 'groups: [atelier-a]', 'groups: all');
    assert.deepEqual(only('unused', diagnose(text)), []);
  });

  test('a deliverable owned by `each-group` uses every group', () => {
    const text = edit(addGroup(FORMATION_ACTION), 'owner: elu', 'owner: each-group').replace('  - id: elu\n    role: Vice-président en charge de la transition écologique\n', '');
    expectClean(text);
  });

  test('a mission has no people or groups: unreferenced governance bodies are not `unused`', () => {
    const text = `title: CRTE du Ternois — accompagnement participatif
scheme: crte
client: ANCT
period: { start: 2021-03, end: 2022-12 }
governance:
  - id: copil
    name: Comité de pilotage
  - id: comite-suivi
    name: Comité de suivi du CRTE
phases:
  - id: diagnostic
    title: Diagnostic partagé
    start: 2021-03
    end: 2021-09
`;
    expectClean(text, { uri: 'file:///ws/m.mission.yaml' });
  });
});

describe('unused — fires', () => {
  test('a person nothing references: hint, faded, on the id (full message and data)', () => {
    const text = addPerson(FORMATION_ACTION);
    const diagnostics = diagnose(text);
    const d = expectOne(diagnostics, 'unused', 'hint', idRange(text, 'paysagiste'));
    assert.equal(d.unnecessary, true);
    assert.equal(d.message, 'The person `paysagiste` is never referenced (neither as a speaker, nor as a lead, nor as an owner).');
    assert.deepEqual(d.data, { code: 'unused', id: 'paysagiste', entity: 'person' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['unused'], 'nothing else fires');
  });

  test('a group nothing references', () => {
    const text = addGroup(FORMATION_ACTION);
    const d = expectOne(diagnose(text), 'unused', 'hint', idRange(text, 'atelier-c'));
    assert.equal(d.unnecessary, true);
    assert.equal(d.message, 'The group `atelier-c` is never referenced by a slot, track or deliverable.');
    assert.deepEqual(d.data, { code: 'unused', id: 'atelier-c', entity: 'group' });
  });

  test('a group used only in a track becomes unused when the track drops it', () => {
    const text = edit(FORMATION_ACTION, '        groups: [atelier-b]\n', '');
    expectOne(diagnose(text), 'unused', 'hint', idRange(text, 'atelier-b'));
  });

  test('a person used only as a deliverable owner becomes unused when the owner changes', () => {
    const text = edit(FORMATION_ACTION, 'owner: elu', 'owner: animatrice');
    expectOne(diagnose(text), 'unused', 'hint', idRange(text, 'elu'));
  });

  test('a person used only as a group lead becomes unused when the lead goes', () => {
    const text = edit(FORMATION_ACTION, '    lead: referent\n', '');
    expectOne(diagnose(text), 'unused', 'hint', idRange(text, 'referent'));
  });

  test('`groups: all` does not make an unreferenced person used', () => {
    const text = edit(addPerson(FORMATION_ACTION), 'groups: [atelier-a]', 'groups: all');
    expectOne(diagnose(text), 'unused', 'hint', idRange(text, 'paysagiste'));
  });

  test('a person id used only as a group id elsewhere is still unused (namespaces are separate)', () => {
    // The track's `groups: [atelier-b]` names the group, not a person who happens to share its id.
    const text = edit(FORMATION_ACTION, 'groups:\n', '  - id: atelier-b\n    role: Animateur\ngroups:\n');
    expectOne(diagnose(text), 'unused', 'hint', idRange(text, 'atelier-b', 1));
  });

  test('an unused person and an unused group: two hints, in document order', () => {
    const text = addGroup(addPerson(FORMATION_ACTION));
    assert.deepEqual(
      only('unused', diagnose(text)).map((d) => [d.range, d.data?.entity]),
      [
        [idRange(text, 'paysagiste'), 'person'],
        [idRange(text, 'atelier-c'), 'group'],
      ],
    );
  });
});

describe('unused — French messages and settings', () => {
  test('French messages', () => {
    const text = addGroup(addPerson(FORMATION_ACTION));
    const found = only('unused', diagnose(text, { settings: { language: 'fr' } }));
    assert.deepEqual(
      found.map((d) => d.message),
      [
        'L’intervenant `paysagiste` n’est cité nulle part (ni comme intervenant, ni comme animateur, ni comme responsable).',
        'Le groupe `atelier-c` n’est cité par aucune séance, aucun sous-groupe ni aucun livrable.',
      ],
    );
  });

  test('raised to a warning, it is still shown faded', () => {
    const text = addPerson(FORMATION_ACTION);
    const d = expectOne(diagnose(text, { settings: { rules: { unused: 'warning' } } }), 'unused', 'warning', idRange(text, 'paysagiste'));
    assert.equal(d.unnecessary, true);
  });

  test('off', () => {
    expectClean(addGroup(addPerson(FORMATION_ACTION)), { settings: { rules: { unused: 'off' } } });
  });
});
