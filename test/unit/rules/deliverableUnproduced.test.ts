/**
 * `deliverable-unproduced` (FORMAT.md §5), warning: a programme deliverable that no slot
 * `produces`. Reported on the deliverable's id value.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { edit, idRange } from './helpers';

const ATELIER = `title: Atelier flash — de la gare au bourg
subtitle: Session de travail sur site à Rivelonges
organiser: DDT 89 et commune de Rivelonges
location: Mairie de Rivelonges
people:
  - id: benali
    name: Nadia Benali
    role: Cheffe de projet Atelier des territoires
    organisation: DDT 89
  - id: girard
    name: Thomas Girard
    role: Urbaniste, mandataire de l’équipe pluridisciplinaire
    organisation: Collectif Prisme
groups:
  - id: table-gare
    name: Table « gare et mobilités »
    lead: girard
  - id: table-bourg
    name: Table « centre-bourg »
    lead: benali
deliverables:
  - id: carte-enjeux
    title: Carte des enjeux « ce qui fait lien »
    owner: each-group
    due: restitution-jour-1
  - id: pistes-actions
    title: Pistes d’actions à court terme (qui, quoi, quand)
    owner: each-group
    due: restitution-a-chaud
days:
  - date: 2022-10-18
    agenda:
      - time: 14h00-16h00
        title: Séance collective — atelier cartographique
        type: workshop
        groups: all
        produces: [carte-enjeux]
      - id: restitution-jour-1
        time: 16h00-16h40
        title: Restitution des tables
        type: report-back
        groups: all
        per_group: 20min
        speakers: [benali]
  - date: 2022-10-19
    agenda:
      - time: 09h00-11h00
        title: Séance collective — pistes d’actions à court terme
        type: group-work
        groups: all
        speakers: [girard]
      - id: restitution-a-chaud
        time: 11h00-12h00
        title: Restitution à chaud aux élus et aux partenaires
        type: report-back
        groups: all
        per_group: 30min
        speakers: [girard]
        produces: [pistes-actions]
`;

describe('deliverable-unproduced', () => {
  test('silent: a two-day atelier where each deliverable is produced by a slot (one on each day)', () => {
    expectClean(ATELIER);
  });

  test('silent: a programme without deliverables', () => {
    const text = `title: Comité de pilotage — Atelier des territoires
format: committee
date: 2022-12-09
agenda:
  - time: 14h00-15h30
    title: Présentation du livrable de synthèse et validation
    type: plenary
`;
    expectClean(text);
  });

  test('silent: deliverables of a mission are not checked against produces', () => {
    const text = `title: Atelier flash — Rivelonges
scheme: other
period: { start: 2022-09, end: 2022-12 }
phases:
  - id: restitution
    title: Restitution et rédaction du livrable
    start: 2022-11
    end: 2022-12
    deliverables: [synthese]
deliverables:
  - id: synthese
    title: Livrable de synthèse — pistes d'actions
    due: 2022-12
`;
    expectClean(text, { uri: 'file:///ws/m.mission.yaml' });
  });

  test('a deliverable that no slot produces: warning on its id (full message and data)', () => {
    const text = edit(ATELIER, '        produces: [pistes-actions]\n', '');
    const diagnostics = diagnose(text);
    const d = expectOne(diagnostics, 'deliverable-unproduced', 'warning', idRange(text, 'pistes-actions'));
    assert.equal(d.message, 'No slot produces the deliverable `pistes-actions`: add it to a slot\'s `produces`.');
    assert.equal(d.data?.code, 'deliverable-unproduced');
    assert.equal(d.data?.id, 'pistes-actions');
    assert.equal(d.data?.due, 'restitution-a-chaud');
    assert.deepEqual(diagnostics.map((x) => x.code), ['deliverable-unproduced'], 'nothing else fires');
  });

  test('`due` alone does not count as producing', () => {
    const text = edit(ATELIER, '        produces: [carte-enjeux]\n', '');
    expectOne(diagnose(text), 'deliverable-unproduced', 'warning', idRange(text, 'carte-enjeux'));
  });

  test('a deliverable without `due` has no due in its data', () => {
    const text = edit(
      ATELIER,
      'days:\n',
      `  - id: compte-rendu
    title: Compte rendu de la session
    owner: benali
days:
`,
    );
    const d = expectOne(diagnose(text), 'deliverable-unproduced', 'warning', idRange(text, 'compte-rendu'));
    assert.equal(d.data?.id, 'compte-rendu');
    assert.equal(d.data?.due, undefined);
  });

  test('each unproduced deliverable gets its own warning', () => {
    const text = edit(edit(ATELIER, '        produces: [carte-enjeux]\n', ''), '        produces: [pistes-actions]\n', '');
    assert.deepEqual(
      only('deliverable-unproduced', diagnose(text)).map((d) => d.range),
      [idRange(text, 'carte-enjeux'), idRange(text, 'pistes-actions')],
    );
  });

  test('a slot that produces several deliverables produces each of them', () => {
    const text = edit(edit(ATELIER, '        produces: [carte-enjeux]\n', ''), 'produces: [pistes-actions]', 'produces: [carte-enjeux, pistes-actions]');
    assert.deepEqual(only('deliverable-unproduced', diagnose(text)), []);
  });

  test('a misspelt `produces` leaves the deliverable unproduced (and the reference unknown)', () => {
    const text = edit(ATELIER, 'produces: [pistes-actions]', 'produces: [piste-actions]');
    const diagnostics = diagnose(text);
    expectOne(diagnostics, 'deliverable-unproduced', 'warning', idRange(text, 'pistes-actions'));
    assert.equal(only('ref-unknown', diagnostics).length, 1);
  });

  test('in French', () => {
    const text = edit(ATELIER, '        produces: [pistes-actions]\n', '');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'deliverable-unproduced', 'warning', idRange(text, 'pistes-actions'));
    assert.equal(d.message, 'Aucune séance ne produit le livrable `pistes-actions` : ajoutez-le au `produces` d’une séance.');
  });

  test('severity setting and off', () => {
    const text = edit(ATELIER, '        produces: [pistes-actions]\n', '');
    expectOne(
      diagnose(text, { settings: { rules: { 'deliverable-unproduced': 'information' } } }),
      'deliverable-unproduced',
      'information',
      idRange(text, 'pistes-actions'),
    );
    expectClean(text, { settings: { rules: { 'deliverable-unproduced': 'off' } } });
  });
});
