/**
 * One mistake, one diagnostic (issue 16's bad input): a value of the wrong type is not
 * also "not among the values", the items of a list are named as items, and a training
 * field the schema refuses is not also "missing" for `training-fields`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose } from '../../helpers';
import { TRAINING_V2 } from './programmeV2Fixture';
import { edit } from '../rules/helpers';

const said = (text: string, language: 'en' | 'fr' = 'en') =>
  diagnose(text, { settings: { language } }).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('one mistake, one diagnostic', () => {
  test('`visibility: 3`: a wrong type, not also a bad value', () => {
    const text = edit(TRAINING_V2, 'visibility: team', 'visibility: 3');
    assert.deepEqual(said(text), [`schema ${lineOf(text, 'visibility: 3')}:16 \`visibility\` must be a text.`]);
  });
  test('`methods: [1, {a: b}]`: each item named as an item, and methods is not also missing', () => {
    const text = edit(TRAINING_V2, 'methods: [Apports en plénière, Étude de cas sur site]', 'methods: [1, {a: b}]');
    const at = lineOf(text, 'methods:');
    assert.deepEqual(said(text), [`schema ${at}:10 Each item of \`methods\` must be a text.`, `schema ${at}:13 Each item of \`methods\` must be a text.`]);
    assert.deepEqual(said(text, 'fr'), [`schema ${at}:10 Chaque élément de \`methods\` doit être un texte.`, `schema ${at}:13 Chaque élément de \`methods\` doit être un texte.`]);
  });
  test('`price: {}`: the missing amount, not also a missing price', () => {
    const text = edit(TRAINING_V2, 'price: { amount: 450, currency: EUR, per: participant }', 'price: {}');
    assert.deepEqual(said(text), [`schema ${lineOf(text, 'price:')}:7 Missing required key \`amount\` in this price.`]);
  });
  test('`contact: { nom: … }`: the unknown key, not also a missing contact', () => {
    const text = edit(TRAINING_V2, 'contact: { name: Claire Dufresne, email: claire.dufresne@example.org, phone: "03 21 00 00 00" }', 'contact: { nom: Claire Dufresne }');
    assert.deepEqual(said(text), [`schema ${lineOf(text, 'contact:')}:11 \`nom\` is not a contact key — did you mean \`name\`?`]);
  });
  test('neighbours still reported: an empty contact and an empty list of methods are missing', () => {
    const text = edit(edit(TRAINING_V2, 'contact: { name: Claire Dufresne, email: claire.dufresne@example.org, phone: "03 21 00 00 00" }', 'contact: {}'), 'methods: [Apports en plénière, Étude de cas sur site]', 'methods: []');
    assert.deepEqual(
      diagnose(text).map((d) => `${d.code} ${(d.data as { field?: string } | undefined)?.field}`),
      ['training-fields contact', 'training-fields methods'],
    );
  });
});
