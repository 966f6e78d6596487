/**
 * A mission's milestone weekdays as inlay hints, and the Déroulé view of a mission with
 * workstreams and milestones (and of one without, which keeps its phases as before).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExplorerNode } from '../../../server/src/core';
import { CRTE, PROGRAMME, URI, lineOf, serviceFor } from './missionFixture';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

test('inlay hints: the weekday after a milestone`s date, none after a month', () => {
  const line = lineOf(CRTE, 'date: 2021-12-15');
  const hints = (language: 'fr' | 'en') => serviceFor(language).inlayHints({ uri: URI, text: CRTE }, WHOLE).map((h) => [h.position, h.label]);
  assert.deepEqual(hints('fr'), [[{ line, character: 20 }, ' mercredi']]);
  assert.deepEqual(hints('en'), [[{ line, character: 20 }, ' Wednesday']]);
  const outside = { start: { line: 0, character: 0 }, end: { line: line - 1, character: 0 } };
  assert.deepEqual(serviceFor('fr').inlayHints({ uri: URI, text: CRTE }, outside), []);
});

const tree = (nodes: ExplorerNode[] | undefined): unknown[] =>
  (nodes ?? []).map((n) => (n.children?.length ? [n.kind, n.label, n.description, n.line, tree(n.children)] : [n.kind, n.label, n.description, n.line]));

test('Déroulé view: loose phases, then each workstream with its status and phases, then milestones by date', async () => {
  const service = serviceFor('fr', { [URI]: CRTE, 'file:///ws/atelier.programme.yaml': PROGRAMME });
  const [mission, ...rest] = await service.explorer();
  assert.equal(rest.length, 0, 'the linked programme is under its phase');
  assert.deepEqual(tree(mission!.children), [
    ['phase', 'Cadrage', '2021-09-01 – 2021-09-30', lineOf(CRTE, '- id: cadrage')],
    ['workstream', 'Pont-Audemer Val de Risle', 'terminé', lineOf(CRTE, '- id: pont-audemer', lineOf(CRTE, 'workstreams:')), [
      ['phase', 'Diagnostic partagé', '2021-10-01 – 2021-12-31', lineOf(CRTE, '- id: diagnostic'), [['programme', 'Atelier de diagnostic', '2021-11-04', 0]]],
    ]],
    ['workstream', 'Intercom Bernay Terres de Normandie', 'prévu', lineOf(CRTE, '- id: bernay')],
    ['milestone', 'Lancement', 'septembre 2021', lineOf(CRTE, '- id: lancement')],
    ['milestone', 'Signature du CRTE', '15 décembre 2021', lineOf(CRTE, '- id: signature')],
  ]);
  const en = await serviceFor('en', { [URI]: CRTE }).explorer();
  assert.deepEqual(en[0]!.children!.map((n) => n.description), ['2021-09-01 – 2021-09-30', 'done', 'planned', 'September 2021', '15 December 2021']);
});

test('Déroulé view: a mission without workstreams keeps its phases, then its milestones', async () => {
  const plain = `title: Contrat de territoire
period: { start: 2023-01, end: 2023-12 }
phases:
  - id: diagnostic
    title: Diagnostic
    start: 2023-01
    end: 2023-04
milestones:
  - id: signature
    title: Signature du contrat
    date: 2023-11-30
`;
  const service = serviceFor('fr', { 'file:///ws/contrat.mission.yaml': plain });
  const [mission] = await service.explorer();
  assert.deepEqual(tree(mission!.children), [
    ['phase', 'Diagnostic', '2023-01-01 – 2023-04-30', 3],
    ['milestone', 'Signature du contrat', '30 novembre 2023', 8],
  ]);
});
