/** The mission keys of FORMAT.md 7.2 in the model: typed, with their paths and references. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { phaseKind, type MissionModel } from '../../../server/src/core/model/types';

const service = createLanguageService({ settings: { language: 'fr' } });
const mission = (text: string) => service.analyse('file:///ws/crte.mission.yaml', text).model as MissionModel;

const CRTE = `title: Accompagnement CRTE — Normandie
scheme: crte
context: |
  Mettre en œuvre les CRTE dans six territoires.
funding: Financement ANCT
period: { start: 2021-09, end: 2022-06 }
people:
  - id: guiot
    name: Mélanie Guiot
    role: Cheffe de projet
pilot: guiot
territories:
  - id: pont-audemer
    name: CC de Pont-Audemer Val de Risle
    kind: epci
    population: 30000
workstreams:
  - id: pa
    title: Pont-Audemer Val de Risle
    territories: [pont-audemer]
    lead: guiot
    status: done
    method: Diagnostic à partir des vécus des élus.
phases:
  - id: diagnostic
    title: Diagnostic
    workstream: pa
    kind: core
    start: 2021-09
    end: 2021-11
  - id: preparation
    title: Cadrage
    kind: preparation
    start: 2021-09
    end: 2021-09
milestones:
  - id: signature
    title: Signature du CRTE
    date: 2021-12
    kind: signature
    phase: diagnostic
    workstream: pa
deliverables:
  - id: carnet
    title: Carnet de territoire
    due: 2022-02
    owner: CAUE de l'Eure
    status: delivered
    link: https://www.example.org/carnet
  - id: rapport
    title: Rapport
    owner: guiot
    link: "javascript:alert(1)"
`;

test('workstreams, milestones, people and the new phase and deliverable keys are in the model', () => {
  const m = mission(CRTE);
  assert.equal(m.context?.value, 'Mettre en œuvre les CRTE dans six territoires.\n');
  assert.equal(m.funding?.value, 'Financement ANCT');
  assert.deepEqual(m.people.map((p) => [p.id, p.name, p.role?.value]), [['guiot', 'Mélanie Guiot', 'Cheffe de projet']]);
  assert.deepEqual(m.pilotRef && [m.pilotRef.id, m.pilotRef.kind, m.pilotRef.path], ['guiot', 'person', ['pilot']]);
  assert.deepEqual([m.territories[0].id, m.territories[0].idPath], ['pont-audemer', ['territories', 0, 'id']]);
  const [pa] = m.workstreams;
  assert.deepEqual([pa.id, pa.status?.value, pa.lead?.id, pa.territories.map((t) => t.id)], ['pa', 'done', 'guiot', ['pont-audemer']]);
  assert.deepEqual(m.phases.map((p) => [p.id, p.workstream?.id, phaseKind(p), p.startIsMonth, p.endIsMonth]), [
    ['diagnostic', 'pa', 'core', true, true],
    ['preparation', undefined, 'preparation', true, true],
  ]);
  const [signature] = m.milestones;
  assert.deepEqual([signature.date?.value, signature.kind?.value, signature.phase?.id, signature.workstream?.id], ['2021-12', 'signature', 'diagnostic', 'pa']);
  assert.equal(signature.last! - signature.first!, 30, 'a month milestone spans the month');
});

test('owner and pilot are references only when they name a person; a link that is not http(s) is left out', () => {
  const m = mission(CRTE);
  const [carnet, rapport] = m.deliverables;
  assert.deepEqual([carnet.owner?.value, carnet.ownerRef, carnet.status?.value, carnet.link?.value], ["CAUE de l'Eure", undefined, 'delivered', 'https://www.example.org/carnet']);
  assert.deepEqual([rapport.ownerRef?.id, rapport.link], ['guiot', undefined]);
  assert.equal(carnet.dueDay! > 0, true);
  const kinds = m.refs.map((r) => `${r.kind}:${r.id}`).sort();
  assert.deepEqual(kinds, ['person:guiot', 'person:guiot', 'person:guiot', 'phase:diagnostic', 'territory:pont-audemer', 'workstream:pa', 'workstream:pa']);
});

test('an enum value outside its list is left out of the model', () => {
  const m = mission(CRTE.replace('status: done', 'status: fini').replace('kind: signature', 'kind: signé'));
  assert.equal(m.workstreams[0].status, undefined);
  assert.equal(m.milestones[0].kind, undefined);
});
