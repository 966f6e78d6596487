import assert from 'node:assert/strict';
import { test } from 'node:test';
import { peopleOfCell } from '../../../../server/src/core/import/tables/speakerCell';

const people = (...lines: string[]) => peopleOfCell(lines).map((p) => ({ ...p }));

test('two people on one line, each with civility, name and organisation, and the text kept', () => {
  assert.deepEqual(people('Mme Claire DUBOIS (DDTM 59), M. Paul MARTIN – Cerema'), [
    { text: 'Mme Claire DUBOIS (DDTM 59)', civility: 'Mme', name: 'Claire DUBOIS', organisation: 'DDTM 59' },
    { text: 'M. Paul MARTIN – Cerema', civility: 'M.', name: 'Paul MARTIN', organisation: 'Cerema' },
  ]);
});

test('a role and an organisation after a name, in brackets or after commas', () => {
  assert.deepEqual(people('Claire Dubois (chargée de mission, DDTM 59)'), [{ text: 'Claire Dubois (chargée de mission, DDTM 59)', name: 'Claire Dubois', role: 'chargée de mission', organisation: 'DDTM 59' }]);
  assert.deepEqual(people('Frédéric Applincourt, RT sur ce secteur'), [{ text: 'Frédéric Applincourt, RT sur ce secteur', name: 'Frédéric Applincourt', role: 'RT sur ce secteur' }]);
  assert.deepEqual(people('Anne de la Tour, juriste (DDT 60)'), [{ text: 'Anne de la Tour, juriste (DDT 60)', name: 'Anne de la Tour', role: 'juriste', organisation: 'DDT 60' }]);
});

test('one person a line, « et » and « ; » between people, and a comma that is a role stays inside', () => {
  assert.deepEqual(
    people('Claire DUBOIS et Paul MARTIN', 'Jean Dupont ; Marie Curie', '- Luc Besson, architecte conseil, CAUE du Nord').map((p) => [p.name, p.role, p.organisation]),
    [
      ['Claire DUBOIS', undefined, undefined],
      ['Paul MARTIN', undefined, undefined],
      ['Jean Dupont', undefined, undefined],
      ['Marie Curie', undefined, undefined],
      ['Luc Besson', 'architecte conseil', 'CAUE du Nord'],
    ],
  );
});

test('a civility and a surname alone name a person', () => {
  assert.deepEqual(people('M. MARTIN (Cerema)'), [{ text: 'M. MARTIN (Cerema)', civility: 'M.', name: 'MARTIN', organisation: 'Cerema' }]);
});

test('an organisation without a person, and a text naming no one, are kept as written', () => {
  assert.deepEqual(people('Cerema / DDTM 59'), [
    { text: 'Cerema', organisation: 'Cerema' },
    { text: 'DDTM 59', organisation: 'DDTM 59' },
  ]);
  assert.deepEqual(people('les conseils'), [{ text: 'les conseils' }]);
  assert.deepEqual(people('', '  '), []);
});

test('a long cell of separators does not hang and is bounded', () => {
  const many = peopleOfCell([Array.from({ length: 500 }, (_, i) => `Jean Dupont${String.fromCharCode(65 + (i % 26))} ; `).join('')]);
  assert.ok(many.length > 0 && many.length <= 50);
});

test('a label before the people (« Animation : », « Animé par ») is the column’s, not a person', () => {
  assert.deepEqual(people('Animation : Mme Claire DUBOIS').map((p) => [p.civility, p.name]), [['Mme', 'Claire DUBOIS']]);
  assert.deepEqual(people('Animé par Paul MARTIN (Cerema)').map((p) => [p.name, p.organisation]), [['Paul MARTIN', 'Cerema']]);
});
