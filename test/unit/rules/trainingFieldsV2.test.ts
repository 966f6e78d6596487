/**
 * `training-fields` extended in v2 (FORMAT.md 7.4): a `format: training` programme also
 * publishes its duration, price, access conditions, contact and teaching methods (the rest
 * of Qualiopi indicator 1), each a warning on the `format` value when missing or empty.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { TRAINING_V2 } from '../schema/programmeV2Fixture';
import { edit } from './helpers';

const URI = 'file:///ws/formation.programme.yaml';
const formatRange = (text: string) => rangeOf(text, 'training');
const fields = (text: string, language: 'en' | 'fr' = 'en') => only('training-fields', diagnose(text, { uri: URI, settings: { language } }));

const LINES: Record<string, string> = {
  duration: 'duration: 2h30\n',
  price: 'price: { amount: 450, currency: EUR, per: participant }\n',
  access: "access: Inscription sur la plateforme régionale jusqu'au 1er mars\n",
  contact: 'contact: { name: Claire Dufresne, email: claire.dufresne@example.org, phone: "03 21 00 00 00" }\n',
  methods: 'methods: [Apports en plénière, Étude de cas sur site]\n',
};

const MESSAGES: Record<string, [string, string]> = {
  duration: [
    'A training programme must state its duration (Code du travail L6353-1, Qualiopi): add `duration`.',
    'Un programme de formation doit indiquer sa durée (Code du travail L6353-1, Qualiopi) : ajoutez `duration`.',
  ],
  price: [
    'A training programme must state its price (Code du travail L6353-1, Qualiopi): add `price`.',
    'Un programme de formation doit indiquer son tarif (Code du travail L6353-1, Qualiopi) : ajoutez `price`.',
  ],
  access: [
    'A training programme must state its access conditions and deadlines (Code du travail L6353-1, Qualiopi): add `access`.',
    'Un programme de formation doit indiquer ses modalités et délais d’accès (Code du travail L6353-1, Qualiopi) : ajoutez `access`.',
  ],
  contact: [
    'A training programme must state its contact (Code du travail L6353-1, Qualiopi): add `contact`.',
    'Un programme de formation doit indiquer un contact (Code du travail L6353-1, Qualiopi) : ajoutez `contact`.',
  ],
  methods: [
    'A training programme must state its teaching methods (Code du travail L6353-1, Qualiopi): add `methods`.',
    'Un programme de formation doit indiquer ses méthodes mobilisées (Code du travail L6353-1, Qualiopi) : ajoutez `methods`.',
  ],
};

describe('training-fields v2 — each missing field', () => {
  test('the complete sheet is clean', () => expectClean(TRAINING_V2, { uri: URI }));

  for (const [field, line] of Object.entries(LINES)) {
    test(`${field} missing: a warning on \`format\`, in English and French`, () => {
      const text = edit(TRAINING_V2, line, '');
      const d = expectOne(diagnose(text, { uri: URI }), 'training-fields', 'warning', formatRange(text));
      assert.deepEqual(d.data, { code: 'training-fields', field });
      assert.deepEqual([fields(text)[0]!.message, fields(text, 'fr')[0]!.message], MESSAGES[field]);
      assert.deepEqual(diagnose(text, { uri: URI }).map((x) => x.code), ['training-fields'], 'nothing else fires');
    });
  }

  test('all five missing: five warnings after the v1 fields, in the order of the sheet', () => {
    let text = TRAINING_V2;
    for (const line of Object.values(LINES)) text = edit(text, line, '');
    text = edit(text, 'accessibility: Contactez le référent handicap du CVRH quinze jours avant la session.\n', '');
    assert.deepEqual(
      fields(text).map((d) => [d.data?.field, d.severity]),
      [
        ['accessibility', 'warning'],
        ['duration', 'warning'],
        ['price', 'warning'],
        ['access', 'warning'],
        ['contact', 'warning'],
        ['methods', 'warning'],
      ],
    );
  });

  test('a workshop need not publish them', () => {
    let text = edit(TRAINING_V2, 'format: training', 'format: workshop');
    for (const line of Object.values(LINES)) text = edit(text, line, '');
    expectClean(text, { uri: URI });
  });
});

describe('training-fields v2 — what counts as given', () => {
  test('a free training: `price: Gratuit` or `{ amount: 0 }` is a price', () => {
    assert.deepEqual(fields(edit(TRAINING_V2, LINES.price!, 'price: Gratuit pour les agents du ministère\n')), []);
    assert.deepEqual(fields(edit(TRAINING_V2, LINES.price!, 'price: { amount: 0 }\n')), []);
  });
  test('a contact as a text, or with only an e-mail', () => {
    assert.deepEqual(fields(edit(TRAINING_V2, LINES.contact!, 'contact: formation@example.org\n')), []);
    assert.deepEqual(fields(edit(TRAINING_V2, LINES.contact!, 'contact: { email: formation@example.org }\n')), []);
  });
  test('empty values count as missing: `methods: []`, a blank `access`, `contact: {}`', () => {
    assert.deepEqual(fields(edit(TRAINING_V2, LINES.methods!, 'methods: []\n')).map((d) => d.data?.field), ['methods']);
    assert.deepEqual(fields(edit(TRAINING_V2, LINES.access!, 'access: " "\n')).map((d) => d.data?.field), ['access']);
    assert.deepEqual(fields(edit(TRAINING_V2, LINES.contact!, 'contact: {}\n')).map((d) => d.data?.field), ['contact']);
  });
  test('a value of the wrong type is the schema’s, not also missing', () => {
    const text = edit(TRAINING_V2, LINES.methods!, 'methods: 42\n');
    assert.deepEqual(diagnose(text, { uri: URI }).map((d) => d.code), ['schema']);
  });
  test('`prerequisites: Aucun` is a prerequisite', () => {
    assert.match(TRAINING_V2, /prerequisites: Aucun/);
    assert.deepEqual(fields(TRAINING_V2), []);
  });
});
