/**
 * The people reader on its own (issue 17): a name with the role and organisation written
 * after it, and the speakers named in a slot's text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNameLike, isOrgLike, PeopleList } from '../../../server/src/core/import/people';

const read = (line: string) => new PeopleList().personFromLine(line);

test('a person line: honorific dropped, organisation or role after the comma', () => {
  assert.deepEqual(read('Mme Claire DUBOIS, DDTM 59'), { id: 'claire-dubois', name: 'Claire Dubois', organisation: 'DDTM 59' });
  assert.deepEqual(read('Frédéric Applincourt, RT sur ce secteur'), { id: 'frederic-applincourt', name: 'Frédéric Applincourt', role: 'RT sur ce secteur' });
});

test('role and organisation in brackets, after dashes, or a role then the organisation in brackets', () => {
  assert.deepEqual(read('Claire Martin (architecte, CAUE)'), { id: 'claire-martin', name: 'Claire Martin', role: 'architecte', organisation: 'CAUE' });
  assert.deepEqual(read('Jean Dupont — Architecte — DDTM 59'), { id: 'jean-dupont', name: 'Jean Dupont', role: 'Architecte', organisation: 'DDTM 59' });
  assert.deepEqual(read('Paul Durand, juriste (DDT 60)'), { id: 'paul-durand', name: 'Paul Durand', role: 'juriste', organisation: 'DDT 60' });
});

test('speakers in a slot: after « Intervention de », « Animation : », not a place', () => {
  const people = new PeopleList();
  assert.deepEqual(
    people.peopleIn('Intervention de Frédéric Applincourt, RT sur ce secteur').map((p) => p.name),
    ['Frédéric Applincourt'],
  );
  assert.deepEqual(people.peopleIn('Animation : Mme Claire DUBOIS, DDTM 59').map((p) => [p.name, p.organisation]), [['Claire Dubois', 'DDTM 59']]);
  assert.deepEqual(people.peopleIn('Visite avec la Ville de Lille'), []);
  // A name met again is the same person.
  people.personFromLine('Claire Dubois');
  assert.deepEqual(people.list.map((p) => p.id), ['frederic-applincourt', 'claire-dubois']);
});

test('names, places and organisations told apart', () => {
  assert.equal(isNameLike('Claire Martin'), true);
  assert.equal(isNameLike('Poix du Nord'), false);
  assert.equal(isOrgLike('DDTM 59'), true);
  assert.equal(isOrgLike('chargée de mission'), false);
});

test('the exports’ people lines: « Name — Role (Organisation) » and « Role — (Organisation) »', () => {
  assert.deepEqual(read('Frédéric Applincourt — Référent territorial (RT) sur ce secteur (DDTM 59)'), {
    id: 'frederic-applincourt',
    name: 'Frédéric Applincourt',
    role: 'Référent territorial (RT) sur ce secteur',
    organisation: 'DDTM 59',
  });
  // A role with no name written (« Architecte conseil ») is a person known by the role, as a team section makes one.
  assert.deepEqual(read('Architecte conseil — (DDTM 59)'), { id: 'architecte-conseil', name: 'Architecte conseil', role: 'Architecte conseil', organisation: 'DDTM 59' });
  assert.deepEqual(read('Julien Marchand — (Cerema Hauts-de-France)'), { id: 'julien-marchand', name: 'Julien Marchand', organisation: 'Cerema Hauts-de-France' });
  // A bracket that names no organisation stays in the role.
  assert.deepEqual(read('Marie Leroy — Paysagiste (libérale)'), { id: 'marie-leroy', name: 'Marie Leroy', role: 'Paysagiste (libérale)' });
});

test('an organisation whose word ends with an accented letter is one (« Communauté de communes »)', () => {
  assert.ok(isOrgLike('Communauté de communes du Ternois'));
  assert.ok(isOrgLike('Région Hauts-de-France'));
  assert.deepEqual(read('Antoine Vasseur — Chef de projet, témoin (Communauté de communes du Ternois)'), {
    id: 'antoine-vasseur',
    name: 'Antoine Vasseur',
    role: 'Chef de projet, témoin',
    organisation: 'Communauté de communes du Ternois',
  });
});
