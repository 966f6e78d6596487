/**
 * The one `nameCase` (people.ts) and the one `cleanTitle` (fields/titles.ts) that replace
 * the two of each the importer had (tableAgenda.ts and text.ts): tested on the edges where
 * the old pairs differed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanTitle } from '../../../server/src/core/import/fields/titles';
import { nameCase, PeopleList } from '../../../server/src/core/import/people';

test('nameCase: surnames in capitals, hyphenated and apostrophised parts, « MAC »', () => {
  assert.equal(nameCase('Claire DUBOIS'), 'Claire Dubois');
  assert.equal(nameCase('JEAN-MARC DUBOIS'), 'Jean-Marc Dubois');
  assert.equal(nameCase('Jean-MARC Dubois'), 'Jean-Marc Dubois');
  assert.equal(nameCase('Paul MARTIN-DURAND'), 'Paul Martin-Durand');
  // The name reader does not know « O’Neill » as a name shape: cased when the caller knows it is one.
  assert.equal(nameCase('Sean O’NEILL', true), 'Sean O’Neill');
  assert.equal(nameCase('Sean O’NEILL'), 'Sean O’NEILL');
  assert.equal(nameCase('Ian MAC'), 'Ian Mac');
  // Mixed case is the author's.
  assert.equal(nameCase('Ian McDONALD'), 'Ian McDONALD');
});

test('nameCase: particles « de », « du », « d’ » lower case after the first name; « Le », « La » keep their capital', () => {
  assert.equal(nameCase('Jean DE LA FONTAINE'), 'Jean de La Fontaine');
  assert.equal(nameCase('Valéry GISCARD D’ESTAING'), 'Valéry Giscard d’Estaing');
  assert.equal(nameCase('Anne DU PLESSIS'), 'Anne du Plessis');
  assert.equal(nameCase('Yann LE GALL'), 'Yann Le Gall');
  // First in the name, the particle is the name's start.
  assert.equal(nameCase('D’ALEMBERT Jean', true), 'D’Alembert Jean');
  assert.equal(nameCase('Mme DE GAULLE', true), 'Mme De Gaulle');
});

test('nameCase: initials stay; a whole name in capitals is cased; organisations are not names', () => {
  assert.equal(nameCase('J.-M. DUBOIS'), 'J.-M. Dubois');
  assert.equal(nameCase('JM DUBOIS', true), 'JM Dubois');
  // people.ts used to keep these as written (no lower-case letter), tableAgenda.ts cased them.
  assert.equal(nameCase('CLAIRE DUBOIS'), 'Claire Dubois');
  assert.equal(nameCase('J. DUBOIS'), 'J. Dubois');
  // tableAgenda.ts used to case anything: an organisation is not a name.
  assert.equal(nameCase('DDTM 59'), 'DDTM 59');
  assert.equal(nameCase('CEREMA OUEST'), 'CEREMA OUEST');
  assert.equal(nameCase('Présentation PLUI'), 'Présentation PLUI');
  // A table's speakers cell: the caller knows it is a name.
  assert.equal(nameCase('Marie-Hélène DE LA TOUR D’AUVERGNE', true), 'Marie-Hélène de La Tour d’Auvergne');
});

test('the people list writes each name once, cased the same way from a line or a table', () => {
  const people = new PeopleList();
  const a = people.person('CLAIRE DUBOIS');
  const b = people.person(nameCase('Claire DUBOIS', true));
  assert.equal(a, b);
  assert.deepEqual(people.list.map((p) => p.name), ['Claire Dubois']);
});

test('cleanTitle: final full stop and colon removed, abbreviations kept, for every title', () => {
  assert.equal(cleanTitle('Visite  du   site.', { prefixes: false }).title, 'Visite du site');
  assert.equal(cleanTitle('Point d’étape du diagnostic :', { prefixes: false }).title, 'Point d’étape du diagnostic');
  assert.equal(cleanTitle('Échanges, débats, etc.', { prefixes: false }).title, 'Échanges, débats, etc.');
  assert.equal(cleanTitle('Suite…', { prefixes: false }).title, 'Suite…');
  // The programme title gets the tidy too (the old titles.ts kept the full stop).
  assert.deepEqual(cleanTitle('TR : [CVRH Arras] Formation PLUi.'), { title: 'Formation PLUi', organiser: 'CVRH Arras', dropped: ['TR :'] });
  assert.deepEqual(cleanTitle('DDTM 59 – Atelier mobilités :'), { title: 'Atelier mobilités', organiser: 'DDTM 59', dropped: [] });
});

test('cleanTitle of a slot keeps what looks like a prefix: a bracket or a name before a colon is the title’s', () => {
  assert.deepEqual(cleanTitle('(Re)découverte du centre-bourg', { prefixes: false }), { title: '(Re)découverte du centre-bourg', dropped: [] });
  assert.equal(cleanTitle('Cerema : présentation de l’outil', { prefixes: false }).title, 'Cerema : présentation de l’outil');
  assert.equal(cleanTitle('(Re)découverte du centre-bourg').title, 'découverte du centre-bourg');
});
