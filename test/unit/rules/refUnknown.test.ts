/**
 * `ref-unknown` (FORMAT.md §5): a reference to a person, group, deliverable, slot or
 * governance id that does not exist, reported on the unknown id itself, with the nearest
 * existing id as a suggestion when it is plausibly a typo.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { edit, rangeIn } from './helpers';

/** A complete, clean atelier territorial: every kind of programme reference is used once. */
const ATELIER = `title: Atelier territorial — revitalisation du centre-bourg
subtitle: Commune de Poix-du-Nord
format: workshop
organiser: DDTM 59
location: Poix-du-Nord (59)
date: 2021-10-20
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
    organisation: DDTM 59
  - id: paysagiste
    name: Hugo Lefebvre
    role: Paysagiste conseil
    organisation: DDTM 59
  - id: rt
    name: Frédéric Applincourt
    role: Référent territorial
    organisation: DDTM 59
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
  - id: boite-a-outils
    title: Boîte à outils d’accompagnement de la DDTM
    owner: rt
agenda:
  - time: 08h30-09h00
    title: Accueil des participants
    type: welcome
  - time: 09h00-09h30
    title: Présentation du site d’étude
    type: presentation
    speakers: [rt]
  - time: 09h30-12h00
    title: Visite de terrain par groupe
    type: site-visit
    tracks:
      - title: Centre-bourg et espaces publics
        groups: [g1]
        lead: archi
      - title: Friche textile
        groups: [g2]
        lead: paysagiste
        speakers: [rt]
  - time: 12h00-13h30
    title: Déjeuner
    type: meal
  - time: 13h30-15h30
    title: Travail en groupe — diagnostic et pistes d’accompagnement
    type: group-work
    groups: [g1, g2]
    produces: [boite-a-outils]
  - time: 15h30-15h45
    title: Pause
    type: break
  - id: restitution
    time: 15h45-16h45
    title: Restitution par groupe
    type: report-back
    groups: all
    per_group: 30min
    speakers: [archi, paysagiste]
    produces: [synthese]
`;

/** A clean NCT mission: phases reference the mission's deliverables and governance bodies. */
const MISSION_URI = 'file:///ws/m.mission.yaml';
const MISSION = `title: Nouveau Conseil aux Territoires — retour d'expérience de la DDTM 34
scheme: nct
client: DDTM 34
partners: [Communes de Celles, Ganges et Clermont-l'Hérault]
pilot: Cerema Méditerranée
contact: relation-clients-paca@example.org
period: { start: 2016-01, end: 2017-12 }
governance:
  - id: copil
    name: Comité de pilotage
    members: [DDTM 34, Cerema Méditerranée, Maires des trois communes]
  - id: cotech
    name: Comité technique
phases:
  - id: rex
    title: Retour d'expérience sur les trois communes
    start: 2016-02
    end: 2016-09
    deliverables: [note-rex]
    governance: [cotech]
  - id: etat-des-lieux
    title: État des lieux du NCT en région Occitanie
    start: 2016-10
    end: 2017-12
    deliverables: [rapport]
    governance: [copil]
deliverables:
  - id: note-rex
    title: Note de retour d'expérience
    due: 2016-09
  - id: rapport
    title: Rapport final
    due: 2017-12
`;

describe('ref-unknown — silent on valid references', () => {
  test('a complete atelier whose every reference resolves is clean', () => {
    expectClean(ATELIER);
  });

  test('a complete mission whose phases reference existing deliverables and bodies is clean', () => {
    expectClean(MISSION, { uri: MISSION_URI });
  });

  test('a deliverable owned by a group id is a valid owner', () => {
    expectClean(edit(ATELIER, 'owner: rt', 'owner: g1'));
  });

  test('a deliverable owned by each-group needs no group called each-group', () => {
    const diagnostics = diagnose(ATELIER);
    assert.deepEqual(only('ref-unknown', diagnostics), []);
  });

  test('deliverable.due may name a slot of another day', () => {
    const text = `title: Atelier des territoires — session de diagnostic
people:
  - id: benali
    name: Nadia Benali
    role: Cheffe de projet Atelier des territoires
    organisation: DDT 89
deliverables:
  - id: carte-enjeux
    title: Carte des enjeux « ce qui fait lien »
    owner: benali
    due: restitution
days:
  - date: 2023-03-14
    agenda:
      - time: 09h00-09h30
        title: Accueil en mairie
        type: welcome
      - time: 09h30-11h30
        title: Atelier cartographique
        type: workshop
        speakers: [benali]
  - date: 2023-03-15
    agenda:
      - id: restitution
        time: 09h30-10h15
        title: Restitution à chaud aux élus
        type: report-back
        speakers: [benali]
        produces: [carte-enjeux]
`;
    expectClean(text);
  });
});

describe('ref-unknown — programme references', () => {
  test('slot speakers: a near typo names the nearest person id (full message and data)', () => {
    const text = edit(ATELIER, 'speakers: [archi, paysagiste]', 'speakers: [archi, paysagist]');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'speakers: [archi, paysagist]', 'paysagist'));
    assert.equal(d.message, 'No person has the id `paysagist` — did you mean `paysagiste`?');
    assert.equal(d.data?.code, 'ref-unknown');
    assert.equal(d.data?.id, 'paysagist');
    assert.equal(d.data?.refKind, 'person');
    assert.equal(d.data?.suggestion, 'paysagiste');
    assert.deepEqual([...(d.data?.candidates as string[])].sort(), ['archi', 'paysagiste', 'rt']);
  });

  test('slot speakers: a far id gets no suggestion', () => {
    const text = edit(ATELIER, 'speakers: [archi, paysagiste]', 'speakers: [archi, paysagiste, urbaniste]');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'speakers: [archi, paysagiste, urbaniste]', 'urbaniste'));
    assert.equal(d.message, 'No person has the id `urbaniste` (existing ids: `archi`, `paysagiste`, `rt`).');
    assert.equal(d.data?.suggestion, undefined);
    assert.doesNotMatch(d.message, /did you mean/);
  });

  test('slot speakers: with more than six people, a far id lists none of them', () => {
    const people = ['urbaniste', 'sociologue', 'ecologue', 'juriste', 'economiste']
      .map((id) => `  - id: ${id}\n    role: Expert associé\n`)
      .join('');
    const text = edit(edit(ATELIER, 'groups:\n', `${people}groups:\n`), 'speakers: [rt]', 'speakers: [rt, urbaniste, sociologue, ecologue, juriste, economiste, geographe]');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'juriste, economiste, geographe]', 'geographe'));
    assert.equal(d.message, 'No person has the id `geographe`.');
  });

  test('slot speakers: a one-letter typo of a short id still suggests it', () => {
    const text = edit(ATELIER, 'speakers: [archi, paysagiste]', 'speakers: [archo, paysagiste]');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'speakers: [archo, paysagiste]', 'archo'));
    assert.equal(d.message, 'No person has the id `archo` — did you mean `archi`?');
  });

  test('slot speakers written as a block list: the range is the item value', () => {
    const text = edit(ATELIER, '    speakers: [archi, paysagiste]\n', '    speakers:\n      - archi\n      - paysagist\n');
    expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, '      - paysagist', 'paysagist'));
  });

  test('slot groups', () => {
    const text = edit(ATELIER, 'groups: [g1, g2]', 'groups: [g1, groupe-3]');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'groups: [g1, groupe-3]', 'groupe-3'));
    assert.equal(d.data?.refKind, 'group');
    assert.equal(d.data?.id, 'groupe-3');
    assert.match(d.message, /^No group has the id `groupe-3`/);
  });

  test('track lead', () => {
    const text = edit(ATELIER, '        lead: archi', '        lead: archii');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, '        lead: archii', 'archii'));
    assert.equal(d.message, 'No person has the id `archii` — did you mean `archi`?');
    assert.equal(d.data?.refKind, 'person');
  });

  test('track speakers', () => {
    const text = edit(ATELIER, '        speakers: [rt]', '        speakers: [rt, applincourt]');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, '        speakers: [rt, applincourt]', 'applincourt'));
    assert.equal(d.data?.refKind, 'person');
  });

  test('track groups', () => {
    const text = edit(ATELIER, 'groups: [g2]', 'groups: [g22]');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'groups: [g22]', 'g22'));
    assert.equal(d.data?.refKind, 'group');
    assert.equal(d.message, 'No group has the id `g22` — did you mean `g2`?');
  });

  test('group lead', () => {
    const text = edit(ATELIER, '    lead: paysagiste\n', '    lead: paysagiste-conseil\n');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, '    lead: paysagiste-conseil', 'paysagiste-conseil'));
    assert.equal(d.data?.refKind, 'person');
  });

  test('slot produces: an unknown deliverable id', () => {
    const text = edit(ATELIER, 'produces: [synthese]', 'produces: [synthes]');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'produces: [synthes]', 'synthes'));
    assert.equal(d.message, 'No deliverable has the id `synthes` — did you mean `synthese`?');
    assert.equal(d.data?.refKind, 'deliverable');
  });

  test('deliverable owner: neither a person nor a group', () => {
    const text = edit(ATELIER, 'owner: rt', 'owner: ddtm');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'owner: ddtm', 'ddtm'));
    assert.equal(
      d.message,
      'No person or group has the id `ddtm`, nor is it `each-group` (existing ids: `archi`, `paysagiste`, `rt`, `g1`, `g2`).',
    );
    assert.equal(d.data?.refKind, 'owner');
    assert.deepEqual([...(d.data?.candidates as string[])].sort(), ['archi', 'each-group', 'g1', 'g2', 'paysagiste', 'rt']);
  });

  test('deliverable owner: a near typo of a person id is suggested', () => {
    const text = edit(ATELIER, 'owner: rt', 'owner: rtt');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'owner: rtt', 'rtt'));
    assert.equal(d.message, 'No person or group has the id `rtt`, nor is it `each-group` — did you mean `rt`?');
  });

  test('deliverable owner: a typo of each-group suggests each-group', () => {
    const text = edit(ATELIER, 'owner: each-group', 'owner: each-groups');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'owner: each-groups', 'each-groups'));
    assert.equal(d.data?.suggestion, 'each-group');
    assert.equal(d.message, 'No person or group has the id `each-groups`, nor is it `each-group` — did you mean `each-group`?');
  });

  test('deliverable due: an unknown slot id', () => {
    const text = edit(ATELIER, 'due: restitution', 'due: restitutoin');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'due: restitutoin', 'restitutoin'));
    assert.equal(d.message, 'No slot has the id `restitutoin` — did you mean `restitution`?');
    assert.equal(d.data?.refKind, 'slot');
  });

  test('deliverable due: a slot that has no id is not a target', () => {
    const text = edit(ATELIER, '  - id: restitution\n    time: 15h45-16h45', '  - time: 15h45-16h45');
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'due: restitution', 'restitution'));
    assert.equal(d.message, 'No slot has the id `restitution`.');
  });

  test('a reference in the second day of a multi-day programme', () => {
    const text = `title: Atelier flash — de la gare au bourg
people:
  - id: girard
    name: Thomas Girard
    role: Urbaniste mandataire
  - id: morin
    name: Léa Morin
    role: Paysagiste
days:
  - date: 2022-10-18
    agenda:
      - time: 09h00-12h00
        title: Visite collective du site
        type: site-visit
        speakers: [girard, morin]
  - date: 2022-10-19
    agenda:
      - time: 09h00-11h00
        title: Restitution à chaud aux élus
        type: report-back
        speakers: [girard, moran]
`;
    const d = expectOne(diagnose(text), 'ref-unknown', 'error', rangeIn(text, 'speakers: [girard, moran]', 'moran'));
    assert.equal(d.message, 'No person has the id `moran` — did you mean `morin`?');
  });

  test('each unknown reference is reported once, on its own value', () => {
    const text = edit(edit(ATELIER, 'groups: [g1, g2]', 'groups: [g3, g4]'), 'speakers: [rt]', 'speakers: [dupont]');
    const found = only('ref-unknown', diagnose(text));
    assert.deepEqual(
      found.map((d) => d.range),
      [rangeIn(text, 'speakers: [dupont]', 'dupont'), rangeIn(text, 'groups: [g3, g4]', 'g3'), rangeIn(text, 'groups: [g3, g4]', 'g4')],
    );
  });
});

describe('ref-unknown — mission references', () => {
  test('phase deliverables: an unknown deliverable id, with suggestion', () => {
    const text = edit(MISSION, 'deliverables: [rapport]', 'deliverables: [raport]');
    const d = expectOne(diagnose(text, { uri: MISSION_URI }), 'ref-unknown', 'error', rangeIn(text, 'deliverables: [raport]', 'raport'));
    assert.equal(d.message, 'No deliverable has the id `raport` — did you mean `rapport`?');
    assert.equal(d.data?.refKind, 'deliverable');
  });

  test('phase deliverables: an id that contains an existing one suggests it', () => {
    const text = edit(MISSION, 'deliverables: [rapport]', 'deliverables: [rapport-final]');
    const d = expectOne(diagnose(text, { uri: MISSION_URI }), 'ref-unknown', 'error', rangeIn(text, 'deliverables: [rapport-final]', 'rapport-final'));
    assert.equal(d.message, 'No deliverable has the id `rapport-final` — did you mean `rapport`?');
  });

  test('phase governance: an unknown body, no suggestion for a far id', () => {
    const text = edit(MISSION, 'governance: [copil]', 'governance: [comite-suivi]');
    const d = expectOne(diagnose(text, { uri: MISSION_URI }), 'ref-unknown', 'error', rangeIn(text, 'governance: [comite-suivi]', 'comite-suivi'));
    assert.equal(d.message, 'No governance body has the id `comite-suivi` (existing ids: `copil`, `cotech`).');
    assert.equal(d.data?.refKind, 'governance');
    assert.deepEqual([...(d.data?.candidates as string[])].sort(), ['copil', 'cotech']);
  });

  test('phase governance: a near typo suggests the body', () => {
    const text = edit(MISSION, 'governance: [cotech]', 'governance: [cotec]');
    const d = expectOne(diagnose(text, { uri: MISSION_URI }), 'ref-unknown', 'error', rangeIn(text, 'governance: [cotec]', 'cotec'));
    assert.equal(d.message, 'No governance body has the id `cotec` — did you mean `cotech`?');
  });

  test('phase deliverables cannot reference a governance id (namespaces are separate)', () => {
    const text = edit(MISSION, 'deliverables: [note-rex]', 'deliverables: [note-rex, copil]');
    expectOne(diagnose(text, { uri: MISSION_URI }), 'ref-unknown', 'error', rangeIn(text, 'deliverables: [note-rex, copil]', 'copil'));
  });
});

describe('ref-unknown — a value that is not an id is a schema error only', () => {
  test('speakers: [Claire Martin]', () => {
    const text = edit(ATELIER, 'speakers: [archi, paysagiste]', 'speakers: [Claire Martin, paysagiste]');
    const diagnostics = diagnose(text);
    assert.deepEqual(only('ref-unknown', diagnostics), []);
    const d = expectOne(diagnostics, 'schema', 'error', rangeIn(text, 'speakers: [Claire Martin, paysagiste]', 'Claire Martin'));
    assert.match(d.message, /`Claire Martin` is not a valid id/);
  });

  test('speakers: [Archi] (capital letter): the schema suggests the id, ref-unknown stays silent', () => {
    const text = edit(ATELIER, 'speakers: [archi, paysagiste]', 'speakers: [Archi, paysagiste]');
    const diagnostics = diagnose(text);
    assert.deepEqual(only('ref-unknown', diagnostics), []);
    const d = expectOne(diagnostics, 'schema', 'error', rangeIn(text, 'speakers: [Archi, paysagiste]', 'Archi'));
    assert.equal(d.message, '`Archi` is not a valid id: lowercase letters, digits, `-` and `_` only (for example `archi`).');
  });

  test('group lead: Claire Martin', () => {
    const text = edit(ATELIER, '    lead: archi\n', '    lead: Claire Martin\n');
    const diagnostics = diagnose(text);
    assert.deepEqual(only('ref-unknown', diagnostics), []);
    expectOne(diagnostics, 'schema', 'error', rangeIn(text, '    lead: Claire Martin', 'Claire Martin'));
  });

  test('deliverable owner: DDTM 59', () => {
    const text = edit(ATELIER, 'owner: rt', 'owner: DDTM 59');
    const diagnostics = diagnose(text);
    assert.deepEqual(only('ref-unknown', diagnostics), []);
    expectOne(diagnostics, 'schema', 'error', rangeIn(text, 'owner: DDTM 59', 'DDTM 59'));
  });

  test('phase governance: [Comité de pilotage]', () => {
    const text = edit(MISSION, 'governance: [copil]', 'governance: [Comité de pilotage]');
    const diagnostics = diagnose(text, { uri: MISSION_URI });
    assert.deepEqual(only('ref-unknown', diagnostics), []);
    expectOne(diagnostics, 'schema', 'error', rangeIn(text, 'governance: [Comité de pilotage]', 'Comité de pilotage'));
  });
});

describe('ref-unknown — messages in French', () => {
  test('a person (masculine noun), with suggestion', () => {
    const text = edit(ATELIER, 'speakers: [archi, paysagiste]', 'speakers: [archo, paysagiste]');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'ref-unknown', 'error', rangeIn(text, 'speakers: [archo, paysagiste]', 'archo'));
    assert.equal(d.message, 'Aucun intervenant n’a l’identifiant `archo` — vouliez-vous dire `archi` ?');
  });

  test('a slot (feminine noun)', () => {
    const text = edit(ATELIER, 'due: restitution', 'due: restitutoin');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'ref-unknown', 'error', rangeIn(text, 'due: restitutoin', 'restitutoin'));
    assert.equal(d.message, 'Aucune séance n’a l’identifiant `restitutoin` — vouliez-vous dire `restitution` ?');
  });

  test('a governance body', () => {
    const text = edit(MISSION, 'governance: [copil]', 'governance: [copill]');
    const d = expectOne(
      diagnose(text, { uri: MISSION_URI, settings: { language: 'fr' } }),
      'ref-unknown',
      'error',
      rangeIn(text, 'governance: [copill]', 'copill'),
    );
    assert.equal(d.message, 'Aucune instance de gouvernance n’a l’identifiant `copill` — vouliez-vous dire `copil` ?');
  });

  test('an owner', () => {
    const text = edit(ATELIER, 'owner: rt', 'owner: ddtm');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'ref-unknown', 'error', rangeIn(text, 'owner: ddtm', 'ddtm'));
    assert.equal(
      d.message,
      'Aucun intervenant ni groupe n’a l’identifiant `ddtm`, et ce n’est pas `each-group` (identifiants existants : `archi`, `paysagiste`, `rt`, `g1`, `g2`).',
    );
  });
});

describe('ref-unknown — severity settings', () => {
  const text = edit(ATELIER, 'speakers: [rt]', 'speakers: [dupont]');

  test('can be lowered to a warning', () => {
    expectOne(diagnose(text, { settings: { rules: { 'ref-unknown': 'warning' } } }), 'ref-unknown', 'warning', rangeIn(text, 'speakers: [dupont]', 'dupont'));
  });

  test('can be turned off', () => {
    assert.deepEqual(only('ref-unknown', diagnose(text, { settings: { rules: { 'ref-unknown': 'off' } } })), []);
  });
});

describe('a namespace whose definitions cannot be read', () => {
  test('`people` of the wrong type or a person with a broken id: only the schema error, no unknown speaker', () => {
    for (const [from, to] of [
      ['people:\n', 'people: 42\nanciens:\n'],
      ['  - id: archi\n', '  - id: 42\n'],
      ['  - id: archi\n', '  - id: Claire Martin\n'],
    ] as const) {
      const text = ATELIER.replace(from, to);
      assert.deepEqual(only('ref-unknown', diagnose(text)), [], to);
      assert.ok(only('schema', diagnose(text)).length > 0, to);
    }
  });

  test('other namespaces are still checked: an unknown group is reported even when people is broken', () => {
    const text = ATELIER.replace('  - id: archi\n', '  - id: 42\n').replace('groups: [g1, g2]', 'groups: [g9, g2]');
    const unknown = only('ref-unknown', diagnose(text));
    assert.deepEqual(unknown.map((d) => d.message.split(' —')[0]), ['No group has the id `g9`']);
  });
});
