/**
 * Completion of ids at every reference of a mission (FORMAT.md 4 and 7.2): each site offers
 * the ids of its namespace with the item's name or title as detail, and nothing else.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CRTE, URI, serviceFor } from './missionFixture';

const service = serviceFor('fr');

/** Completion at the end of `replacement`, written in place of the line `line` of the mission. */
function completeAt(line: string, replacement: string, text = CRTE) {
  const lines = text.split('\n');
  const index = lines.indexOf(line);
  assert.ok(index >= 0, line);
  lines[index] = replacement;
  const items = service.complete({ uri: URI, text: lines.join('\n') }, { line: index, character: replacement.length });
  return items.map((i) => [i.label, i.detail]);
}

const PEOPLE = [
  ['guiot', 'Mélanie Guiot'],
  ['leroy', 'Paul Leroy'],
];
const TERRITORIES = [
  ['pont-audemer', 'CC de Pont-Audemer Val de Risle'],
  ['lieuvin', "Lieuvin Pays d'Auge"],
];
const WORKSTREAMS = [
  ['pont-audemer', 'Pont-Audemer Val de Risle'],
  ['bernay', 'Intercom Bernay Terres de Normandie'],
];

test('pilot, a workstream lead and a deliverable owner: the people of the team', () => {
  assert.deepEqual(completeAt('pilot: guiot', 'pilot: '), PEOPLE);
  assert.deepEqual(completeAt('    lead: leroy', '    lead: '), PEOPLE);
  // A mission has no groups: no `each-group` among the owners.
  assert.deepEqual(completeAt('    owner: guiot', '    owner: '), PEOPLE);
});

test('a workstream`s territories: the territories that have an id, in a flow list and as list items', () => {
  assert.deepEqual(completeAt('    territories: [lieuvin]', '    territories: ['), TERRITORIES);
  assert.deepEqual(completeAt('    territories: [lieuvin]', '    territories: [lieuvin, '), TERRITORIES);
  const block = CRTE.replace('    territories: [lieuvin]\n', '    territories:\n      - lieuvin\n');
  assert.deepEqual(completeAt('      - lieuvin', '      - ', block), TERRITORIES);
});

test('a phase`s and a milestone`s workstream: the workstreams, with their titles', () => {
  assert.deepEqual(completeAt('    workstream: pont-audemer', '    workstream: '), WORKSTREAMS);
  const milestoneLine = CRTE.split('\n').lastIndexOf('    workstream: pont-audemer');
  const lines = CRTE.split('\n');
  lines[milestoneLine] = '    workstream: ';
  const items = service.complete({ uri: URI, text: lines.join('\n') }, { line: milestoneLine, character: 16 });
  assert.deepEqual(items.map((i) => [i.label, i.detail]), WORKSTREAMS);
});

test('a milestone`s phase and governance: the phases and governance bodies', () => {
  assert.deepEqual(completeAt('    phase: diagnostic', '    phase: '), [
    ['cadrage', 'Cadrage'],
    ['diagnostic', 'Diagnostic partagé'],
  ]);
  assert.deepEqual(completeAt('    governance: copil', '    governance: '), [['copil', 'Comité de pilotage']]);
});

test('the list of territories itself is no reference: no ids are offered in it', () => {
  assert.deepEqual(completeAt('territories:', 'territories: ['), []);
});
