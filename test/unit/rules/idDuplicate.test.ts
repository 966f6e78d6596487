/**
 * `id-duplicate` (FORMAT.md §5): the same id twice in one namespace (people, groups,
 * deliverables, slots, phases, governance). Reported on the second id value, with the
 * first one as related information.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { edit, idRange } from './helpers';

const ATELIER = `title: Atelier territorial — outils d’accompagnement des projets d’aménagement
subtitle: Commune de Poix-du-Nord
organiser: DDTM 59
date: 2021-10-20
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
  - id: paysagiste
    name: Hugo Lefebvre
    role: Paysagiste conseil
groups:
  - id: g1
    name: Groupe 1
    lead: archi
  - id: g2
    name: Groupe 2
    lead: paysagiste
deliverables:
  - id: synthese
    title: Synthèse de diagnostic « à première vue »
    owner: each-group
    due: restitution
agenda:
  - id: accueil
    time: 08h30-09h00
    title: Accueil des participants
    type: welcome
  - id: visite
    time: 09h00-11h00
    title: Visite de terrain par groupe
    type: site-visit
    tracks:
      - title: Centre-bourg
        groups: [g1]
        lead: archi
      - title: Friche textile
        groups: [g2]
        lead: paysagiste
  - id: restitution
    time: 11h00-12h00
    title: Restitution par groupe
    type: report-back
    groups: all
    per_group: 30min
    produces: [synthese]
`;

const MISSION_URI = 'file:///ws/m.mission.yaml';
const MISSION = `title: Contrat de relance et de transition écologique — Communauté de communes du Ternois
scheme: crte
client: Agence nationale de la cohésion des territoires (ANCT)
partners: [Communauté de communes du Ternois, DDTM 62]
pilot: Cerema Hauts-de-France
period: { start: 2021-03, end: 2022-12 }
governance:
  - id: copil
    name: Comité de pilotage du CRTE
  - id: comite-suivi
    name: Comité de suivi
phases:
  - id: diagnostic
    title: Diagnostic partagé du territoire
    start: 2021-03
    end: 2021-09
    deliverables: [diagnostic-partage]
    governance: [copil]
  - id: plan-actions
    title: Élaboration du plan d'actions
    start: 2021-10
    end: 2022-06
    deliverables: [plan-actions]
    governance: [copil]
  - id: suivi
    title: Mise en place du comité de suivi
    start: 2022-07
    end: 2022-12
    governance: [comite-suivi]
deliverables:
  - id: diagnostic-partage
    title: Diagnostic de territoire partagé
    due: 2021-09
  - id: plan-actions
    title: Plan d'actions du CRTE
    due: 2022-06
`;

const line = (text: string, snippet: string, occurrence = 1) => rangeOf(text, snippet, occurrence).start.line + 1;

describe('id-duplicate — silent', () => {
  test('a complete atelier with distinct ids is clean', () => {
    expectClean(ATELIER);
  });

  test('a complete CRTE mission with distinct ids is clean (a phase and a deliverable may share an id)', () => {
    expectClean(MISSION, { uri: MISSION_URI });
  });

  test('the same id in two different namespaces is not a duplicate (slot `restitution`, deliverable `restitution`)', () => {
    const text = edit(edit(ATELIER, '  - id: synthese\n', '  - id: restitution\n'), 'produces: [synthese]', 'produces: [restitution]');
    expectClean(text);
  });
});

describe('id-duplicate — programme namespaces', () => {
  test('two people with the same id: on the second id, pointing at the first (full message and data)', () => {
    const text = edit(ATELIER, 'groups:\n', '  - id: archi\n    name: Julie Roux\n    role: Architecte conseil\ngroups:\n');
    const diagnostics = diagnose(text);
    const d = expectOne(diagnostics, 'id-duplicate', 'error', idRange(text, 'archi', 2));
    assert.equal(d.message, `The person id \`archi\` is already used (line ${line(text, 'id: archi')}).`);
    assert.deepEqual(d.data, { code: 'id-duplicate', id: 'archi', namespace: 'person' });
    assert.deepEqual(d.related, [{ uri: 'file:///ws/test.programme.yaml', range: idRange(text, 'archi', 1), message: 'archi' }]);
    assert.deepEqual(diagnostics.map((x) => x.code), ['id-duplicate'], 'one cause, one diagnostic: nothing else fires');
  });

  test('two groups with the same id', () => {
    const text = edit(ATELIER, '  - id: g2\n', '  - id: g1\n');
    const d = expectOne(diagnose(text), 'id-duplicate', 'error', idRange(text, 'g1', 2));
    assert.equal(d.message, `The group id \`g1\` is already used (line ${line(text, '  - id: g1')}).`);
    assert.equal(d.data?.namespace, 'group');
    assert.deepEqual(d.related?.[0]?.range, idRange(text, 'g1', 1));
  });

  test('two deliverables with the same id', () => {
    const text = edit(
      ATELIER,
      'agenda:\n',
      '  - id: synthese\n    title: Proposition d’accompagnement de la commune\n    owner: archi\nagenda:\n',
    );
    const d = expectOne(diagnose(text), 'id-duplicate', 'error', idRange(text, 'synthese', 2));
    assert.equal(d.data?.namespace, 'deliverable');
    assert.equal(d.message, `The deliverable id \`synthese\` is already used (line ${line(text, '  - id: synthese')}).`);
  });

  test('two slots with the same id in one day', () => {
    const text = edit(ATELIER, '  - id: visite\n', '  - id: accueil\n');
    const d = expectOne(diagnose(text), 'id-duplicate', 'error', idRange(text, 'accueil', 2));
    assert.equal(d.data?.namespace, 'slot');
    assert.equal(d.message, `The slot id \`accueil\` is already used (line ${line(text, '  - id: accueil')}).`);
  });

  test('two slots with the same id on different days (slot ids are unique in the whole programme)', () => {
    const text = `title: Atelier flash — de la gare au bourg
people:
  - id: girard
    name: Thomas Girard
    role: Urbaniste, mandataire de l'équipe
deliverables:
  - id: pistes-actions
    title: Pistes d'actions à court terme
    owner: girard
    due: restitution
days:
  - date: 2022-10-18
    agenda:
      - id: restitution
        time: 16h00-17h00
        title: Restitution des tables
        type: report-back
        speakers: [girard]
  - date: 2022-10-19
    agenda:
      - id: restitution
        time: 11h30-12h30
        title: Restitution à chaud aux élus
        type: report-back
        speakers: [girard]
        produces: [pistes-actions]
`;
    const diagnostics = diagnose(text);
    const d = expectOne(diagnostics, 'id-duplicate', 'error', idRange(text, 'restitution', 2));
    assert.deepEqual(d.related?.[0]?.range, idRange(text, 'restitution', 1));
    assert.deepEqual(
      diagnostics.map((x) => x.code),
      ['id-duplicate'],
      'one cause, one diagnostic: nothing else fires',
    );
  });

  test('a third occurrence is reported too, each pointing at the first', () => {
    const text = edit(
      edit(ATELIER, '  - id: visite\n', '  - id: accueil\n'),
      '  - id: restitution\n',
      '  - id: accueil\n',
    );
    const found = only('id-duplicate', diagnose(text));
    assert.equal(found.length, 2);
    const first = rangeOf(text, '  - id: accueil', 1).start.line;
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.related?.[0]?.range.start.line]),
      [
        [rangeOf(text, '  - id: accueil', 2).start.line, first],
        [rangeOf(text, '  - id: accueil', 3).start.line, first],
      ],
    );
  });
});

describe('id-duplicate — mission namespaces', () => {
  test('two phases with the same id', () => {
    const text = edit(MISSION, '  - id: suivi\n', '  - id: diagnostic\n');
    const d = expectOne(diagnose(text, { uri: MISSION_URI }), 'id-duplicate', 'error', idRange(text, 'diagnostic', 2));
    assert.equal(d.message, `The phase id \`diagnostic\` is already used (line ${line(text, '  - id: diagnostic')}).`);
    assert.deepEqual(d.data, { code: 'id-duplicate', id: 'diagnostic', namespace: 'phase' });
    assert.equal(d.related?.[0]?.uri, MISSION_URI);
  });

  test('two governance bodies with the same id', () => {
    const text = edit(MISSION, '  - id: comite-suivi\n', '  - id: copil\n').replace('governance: [comite-suivi]', 'governance: [copil]');
    const d = expectOne(diagnose(text, { uri: MISSION_URI }), 'id-duplicate', 'error', idRange(text, 'copil', 2));
    assert.equal(d.message, `The governance body id \`copil\` is already used (line ${line(text, '  - id: copil')}).`);
    assert.equal(d.data?.namespace, 'governance');
  });

  test('two mission deliverables with the same id', () => {
    const text = edit(MISSION, '  - id: plan-actions\n    title: Plan', '  - id: diagnostic-partage\n    title: Plan').replace(
      'deliverables: [plan-actions]',
      'deliverables: [diagnostic-partage]',
    );
    const d = expectOne(diagnose(text, { uri: MISSION_URI }), 'id-duplicate', 'error', idRange(text, 'diagnostic-partage', 2));
    assert.equal(d.data?.namespace, 'deliverable');
  });
});

describe('id-duplicate — French messages and settings', () => {
  const text = edit(ATELIER, '  - id: g2\n', '  - id: g1\n');

  test('the French message names the namespace', () => {
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'id-duplicate', 'error', idRange(text, 'g1', 2));
    assert.equal(d.message, `L’identifiant de groupe \`g1\` est déjà utilisé (ligne ${line(text, '  - id: g1')}).`);
  });

  test('a person in French, with the same typographic apostrophe throughout', () => {
    const people = edit(ATELIER, 'groups:\n', '  - id: archi\n    name: Julie Roux\n    role: Architecte conseil\ngroups:\n');
    const found = only('id-duplicate', diagnose(people, { settings: { language: 'fr' } }));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message, `L’identifiant d’intervenant \`archi\` est déjà utilisé (ligne ${line(people, '  - id: archi')}).`);
  });

  test('a slot in French', () => {
    const slots = edit(ATELIER, '  - id: visite\n', '  - id: accueil\n');
    const found = only('id-duplicate', diagnose(slots, { settings: { language: 'fr' } }));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message, `L’identifiant de séance \`accueil\` est déjà utilisé (ligne ${line(slots, '  - id: accueil')}).`);
  });

  test('severity can be changed', () => {
    expectOne(diagnose(text, { settings: { rules: { 'id-duplicate': 'warning' } } }), 'id-duplicate', 'warning', idRange(text, 'g1', 2));
  });

  test('the rule can be turned off', () => {
    assert.deepEqual(only('id-duplicate', diagnose(text, { settings: { rules: { 'id-duplicate': 'off' } } })), []);
  });
});
