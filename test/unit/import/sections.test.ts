/**
 * Sections and header fields on their own (issue 17): what opens a section, and where the
 * lines under it go in the reading state (before any assembly).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLines } from '../../../server/src/core/import/lines';
import { read } from '../../../server/src/core/import/reader';
import { headingKind } from '../../../server/src/core/import/sections';
import { linesDocument } from '../../../server/src/core/import/sourceDocument';
import { createState } from '../../../server/src/core/import/state';

const line = (text: string) => readLines(linesDocument(text))[0]!;
const stateOf = (text: string) => {
  const r = createState(linesDocument(text));
  read(r);
  return r;
};

test('what opens a section: a known label, an emphasised heading, a short line ending with a colon', () => {
  assert.equal(headingKind(line('## Objectifs de la journée')), 'objectives');
  assert.equal(headingKind(line('PUBLIC VISÉ')), 'audience');
  assert.equal(headingKind(line('**INTERVENTION DES CONSEILS**')), 'unknown');
  assert.equal(headingKind(line('Points à retenir :')), 'unknown');
  assert.equal(headingKind(line('- un point de la liste')), undefined);
  assert.equal(headingKind(line('Les participants découvriront le site et ses enjeux.')), undefined);
});

test('objectives: the bullets are the objectives, the sentence before them a comment', () => {
  const r = stateOf("Atelier\n\nObjectifs\nL'atelier réunit les communes du territoire et a pour objectif de :\n- partager le diagnostic\n- choisir les actions\n");
  assert.deepEqual(r.fields.objectives, ['partager le diagnostic', 'choisir les actions']);
  assert.deepEqual(r.fields.objectivesComment, ["introduction des objectifs dans le document source : L'atelier réunit les communes du territoire et a pour objectif de :"]);
  assert.deepEqual(r.notes, []);
});

test('`Label : value` fields fill the programme, a list field takes every item', () => {
  const r = stateOf('Formation sobriété foncière\nDate : le 12 mars 2026\nLieu : salle Vauban, Arras\nPublic visé : agents des DDT ; élus\nPré-requis : aucun\nIntervenants : Mme Claire DUBOIS, DDTM 59\n');
  assert.equal(r.fields.title, 'Formation sobriété foncière');
  assert.deepEqual(r.dates.explicit.map((d) => [d.day, d.month, d.year]), [[12, 3, 2026]]);
  assert.equal(r.fields.location, 'salle Vauban, Arras');
  assert.deepEqual(r.fields.audience, ['agents des DDT', 'élus']);
  assert.deepEqual(r.fields.prerequisites, ['aucun']);
  assert.deepEqual(r.people.list, [{ id: 'claire-dubois', name: 'Claire Dubois', organisation: 'DDTM 59' }]);
});

test('a team section is public context and names its roles; another section not understood is kept whole', () => {
  const team = stateOf('Atelier\n\n**INTERVENTION DES CONSEILS**\nLes architectes et paysagistes conseil animent les tables.\n\n09h45/10h00 Accueil\n');
  assert.deepEqual(team.notes, []);
  assert.deepEqual(team.fields.context, ['Intervention des conseils\nLes architectes et paysagistes conseil animent les tables.']);
  assert.deepEqual(team.people.list.map((p) => p.role), ['Architecte conseil', 'Paysagiste conseil']);
  const r = stateOf('Atelier\n\n**QUESTIONS DIVERSES**\nLes cartes sont fournies.\n\n09h45/10h00 Accueil\n');
  assert.deepEqual(
    r.notes.map((c) => [c.line, c.unrecognised, c.lines]),
    [[3, true, ['QUESTIONS DIVERSES', 'Les cartes sont fournies.']]],
  );
  assert.equal(r.agenda.days[0]!.slots[0]!.title, 'Accueil');
});

test('« ATELIER » or « Formation » alone above the title is the format; alone with fields under it, it stays the title', () => {
  const kind = stateOf('ATELIER\nIdentifier les outils d’accompagnement\nDate : 20 octobre 2021\n\n09h00-10h00 Accueil\n');
  assert.equal(kind.fields.format, 'workshop');
  assert.equal(kind.fields.title, 'Identifier les outils d’accompagnement');
  const heading = stateOf('Formation\n\n# Accompagner les collectivités\n\n09h00-10h00 Accueil\n');
  assert.deepEqual([heading.fields.format, heading.fields.title], ['training', 'Accompagner les collectivités']);
  const alone = stateOf('Atelier\nOrganisateur : DDTM 80\n\n09h00-10h00 Accueil\n');
  assert.deepEqual([alone.fields.format, alone.fields.title, alone.fields.organiser], [undefined, 'Atelier', 'DDTM 80']);
});

test('the line Déroulé’s exports end with is the tool’s, not a deliverable nor a note', () => {
  const r = stateOf('Atelier PLUi\n\n09h00-10h00 Accueil\n\nLivrables\n- Synthèse — Responsable : Chaque groupe\n\nProgramme établi avec Déroulé\n');
  assert.deepEqual(r.deliverables.map((d) => d.title), ['Synthèse']);
  assert.ok(!JSON.stringify(r.notes).includes('Déroulé'));
  assert.ok(!JSON.stringify(r.fields).includes('Déroulé'));
});
