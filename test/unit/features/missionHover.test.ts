/**
 * Hover on a mission's people, territories, workstreams and milestones (FORMAT.md 7.2), as
 * references and where they are defined, in French and in English.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CRTE, URI, positionOf, serviceFor } from './missionFixture';

const fr = serviceFor('fr');
const en = serviceFor('en');

function hoverText(service: ReturnType<typeof serviceFor>, position: { line: number; character: number }, text = CRTE): string | undefined {
  const h = service.hover({ uri: URI, text }, position);
  return h && (h.contents as { value: string }).value;
}

test('a person: name, role and organisation, on pilot, lead, owner and the person itself', () => {
  const frText = 'Membre de l’équipe **Mélanie Guiot** — Cheffe de projet, Cerema Normandie-Centre';
  assert.equal(hoverText(fr, positionOf(CRTE, 'pilot: guiot', 'guiot', 1)), frText);
  assert.equal(hoverText(fr, positionOf(CRTE, 'lead: guiot', 'guiot')), frText);
  assert.equal(hoverText(fr, positionOf(CRTE, 'owner: guiot', 'guiot', 2)), frText);
  assert.equal(hoverText(fr, positionOf(CRTE, '- id: guiot', 'guiot')), frText);
  assert.equal(hoverText(en, positionOf(CRTE, 'pilot: guiot', 'guiot')), 'Team member **Mélanie Guiot** — Cheffe de projet, Cerema Normandie-Centre');
  assert.equal(hoverText(en, positionOf(CRTE, 'lead: leroy', 'leroy')), 'Team member **Paul Leroy**');
});

test('a free-text owner is no reference: the key`s description, not a person', () => {
  const text = hoverText(fr, positionOf(CRTE, "owner: CAUE de l'Eure", 'CAUE'));
  assert.ok(!text?.includes('Membre de l’équipe'), text);
});

test('a workstream: status in words, territories by name and lead, on a reference and on the workstream', () => {
  const reference = positionOf(CRTE, '    workstream: pont-audemer', 'pont-audemer', 3);
  assert.equal(
    hoverText(fr, reference),
    'Chantier **Pont-Audemer Val de Risle** — terminé\n\nTerritoires : CC de Pont-Audemer Val de Risle, Lieuvin Pays d\'Auge\n\nRéférent : Mélanie Guiot',
  );
  assert.equal(
    hoverText(en, reference),
    'Workstream **Pont-Audemer Val de Risle** — done\n\nTerritories: CC de Pont-Audemer Val de Risle, Lieuvin Pays d\'Auge\n\nLead: Mélanie Guiot',
  );
  // The workstream `bernay` writes no status: `planned`, the default.
  const bernay = positionOf(CRTE, '- id: bernay', 'bernay');
  assert.equal(hoverText(fr, bernay), 'Chantier **Intercom Bernay Terres de Normandie** — prévu\n\nTerritoires : Lieuvin Pays d\'Auge\n\nRéférent : Paul Leroy');
  assert.equal(hoverText(en, bernay), 'Workstream **Intercom Bernay Terres de Normandie** — planned\n\nTerritories: Lieuvin Pays d\'Auge\n\nLead: Paul Leroy');
});

test('a territory: its name, kind and population in « habitants », not the workstream of the same id', () => {
  const reference = positionOf(CRTE, 'territories: [pont-audemer, lieuvin]', 'pont-audemer', 2);
  assert.equal(hoverText(fr, reference), 'Territoire **CC de Pont-Audemer Val de Risle** — intercommunalité (EPCI), 30\u202f000 habitants');
  assert.equal(hoverText(en, reference), 'Territory **CC de Pont-Audemer Val de Risle** — inter-municipal body (EPCI), 30,000 inhabitants');
  assert.equal(hoverText(fr, positionOf(CRTE, '- id: lieuvin', 'lieuvin')), "Territoire **Lieuvin Pays d'Auge**");
});

test('a milestone: its date in words and its kind; a month in words', () => {
  assert.equal(hoverText(fr, positionOf(CRTE, '- id: signature', 'signature')), 'Jalon **Signature du CRTE** — 15 décembre 2021, signature');
  assert.equal(hoverText(en, positionOf(CRTE, '- id: signature', 'signature')), 'Milestone **Signature du CRTE** — 15 December 2021, signature');
  assert.equal(hoverText(fr, positionOf(CRTE, '- id: lancement', 'lancement')), 'Jalon **Lancement** — septembre 2021, lancement');
  assert.equal(hoverText(en, positionOf(CRTE, '- id: lancement', 'lancement')), 'Milestone **Lancement** — September 2021, launch');
});

test('a milestone`s date: in words, with its weekday when it is a day', () => {
  const last = (text: string | undefined) => text?.split('\n\n').at(-1);
  assert.equal(last(hoverText(fr, positionOf(CRTE, 'date: 2021-12-15', '2021')))!, '**mercredi 15 décembre 2021**');
  assert.equal(last(hoverText(en, positionOf(CRTE, 'date: 2021-12-15', '2021')))!, '**Wednesday 15 December 2021**');
  assert.equal(last(hoverText(fr, positionOf(CRTE, 'date: 2021-09', '2021')))!, '**septembre 2021**');
});
