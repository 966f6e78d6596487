/**
 * Bad input in the programme keys of FORMAT.md 7.3: each wrong value gives one clear
 * diagnostic on the value, in English and in French (a wrong type, a negative amount, an
 * unknown currency, `visibility: private`, a step with neither text nor speakers, a
 * duration that is no duration), and enum values typed as French labels or usual synonyms
 * get the value suggested (FORMAT.md 7.4).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose } from '../../helpers';
import { edit, rangeIn } from '../rules/helpers';
import { TRAINING_V2 } from './programmeV2Fixture';

const URI = 'file:///ws/formation.programme.yaml';

interface Case {
  name: string;
  from: string;
  to: string;
  /** The line after the edit, and the snippet of it the diagnostic covers. */
  line: string;
  snippet: string;
  code: string;
  en: string;
  fr: string;
}

const PRICE = 'price: { amount: 450, currency: EUR, per: participant }';
const CONTACT = 'contact: { name: Claire Dufresne, email: claire.dufresne@example.org, phone: "03 21 00 00 00" }';

const cases: Case[] = [
  {
    name: '`duration` written in days',
    from: 'duration: 2h30',
    to: 'duration: 2 jours',
    line: 'duration: 2 jours',
    snippet: '2 jours',
    code: 'time-format',
    en: '`2 jours` is not a valid duration: write `45min`, `1h30`, `1:30` or a number of minutes.',
    fr: '`2 jours` n’est pas une durée valide : écrivez `45min`, `1h30`, `1:30` ou un nombre de minutes.',
  },
  {
    name: '`duration` as a list',
    from: 'duration: 2h30',
    to: 'duration: [3h]',
    line: 'duration: [3h]',
    snippet: '[3h]',
    code: 'schema',
    en: '`duration` must be a duration such as `45min`, `1h30` or a number of minutes.',
    fr: '`duration` doit être une durée comme `45min`, `1h30` ou un nombre de minutes.',
  },
  {
    name: 'a negative `amount`',
    from: PRICE,
    to: 'price: { amount: -450, currency: EUR, per: participant }',
    line: 'price: { amount: -450, currency: EUR, per: participant }',
    snippet: '-450',
    code: 'schema',
    en: '`amount` must be at least 0.',
    fr: '`amount` doit valoir au moins 0.',
  },
  {
    name: 'an `amount` written with its currency',
    from: PRICE,
    to: 'price: { amount: 450 €, per: participant }',
    line: 'price: { amount: 450 €, per: participant }',
    snippet: '450 €',
    code: 'schema',
    en: '`amount` must be a number.',
    fr: '`amount` doit être un nombre.',
  },
  {
    name: 'an unknown currency near a code',
    from: PRICE,
    to: 'price: { amount: 450, currency: EURO, per: participant }',
    line: 'price: { amount: 450, currency: EURO, per: participant }',
    snippet: 'EURO',
    code: 'schema',
    en: '`EURO` is not a valid `currency` — did you mean `EUR`?',
    fr: '`EURO` n’est pas une valeur possible de `currency` — vouliez-vous dire `EUR` ?',
  },
  {
    name: 'the euro sign as currency',
    from: PRICE,
    to: 'price: { amount: 450, currency: €, per: participant }',
    line: 'price: { amount: 450, currency: €, per: participant }',
    snippet: '€',
    code: 'schema',
    en: '`€` is not a valid `currency` — did you mean `EUR`?',
    fr: '`€` n’est pas une valeur possible de `currency` — vouliez-vous dire `EUR` ?',
  },
  {
    name: 'a currency that is no usual code',
    from: PRICE,
    to: 'price: { amount: 450, currency: BTC, per: participant }',
    line: 'price: { amount: 450, currency: BTC, per: participant }',
    snippet: 'BTC',
    code: 'schema',
    en: '`BTC` is not a valid `currency`; possible values: EUR (euro), USD (US dollar), GBP (pound sterling), CHF (Swiss franc), CAD (Canadian dollar), XPF (CFP franc), XOF (West African CFA franc), XAF (Central African CFA franc), MAD (Moroccan dirham), TND (Tunisian dinar), DZD (Algerian dinar), JPY (yen), CNY (yuan), AUD (Australian dollar).',
    fr: '`BTC` n’est pas une valeur possible de `currency` ; valeurs possibles : EUR (euro), USD (dollar américain), GBP (livre sterling), CHF (franc suisse), CAD (dollar canadien), XPF (franc Pacifique, CFP), XOF (franc CFA, BCEAO), XAF (franc CFA, BEAC), MAD (dirham marocain), TND (dinar tunisien), DZD (dinar algérien), JPY (yen), CNY (yuan), AUD (dollar australien).',
  },
  {
    name: '`per` in French',
    from: PRICE,
    to: 'price: { amount: 450, currency: EUR, per: personne }',
    line: 'price: { amount: 450, currency: EUR, per: personne }',
    snippet: 'personne',
    code: 'schema',
    en: '`personne` is not a valid `per` — did you mean `participant`?',
    fr: '`personne` n’est pas une valeur possible de `per` — vouliez-vous dire `participant` ?',
  },
  {
    name: '`price` as a list',
    from: PRICE,
    to: 'price: [450, EUR]',
    line: 'price: [450, EUR]',
    snippet: '[450, EUR]',
    code: 'schema',
    en: '`price` must be a text or a set of keys (amount, currency, per).',
    fr: '`price` doit être un texte ou un ensemble de clés (amount, currency, per).',
  },
  {
    name: 'a `price` key in French',
    from: PRICE,
    to: 'price: { amount: 450, devise: EUR }',
    line: 'price: { amount: 450, devise: EUR }',
    snippet: 'devise',
    code: 'schema',
    en: '`devise` is not a price key — did you mean `currency`?',
    fr: '`devise` n’est pas une clé de tarif — vouliez-vous dire `currency` ?',
  },
  {
    name: '`access` as a number',
    from: "access: Inscription sur la plateforme régionale jusqu'au 1er mars",
    to: 'access: 15',
    line: 'access: 15',
    snippet: '15',
    code: 'schema',
    en: '`access` must be a text.',
    fr: '`access` doit être un texte.',
  },
  {
    name: '`contact` as a list',
    from: CONTACT,
    to: 'contact: [Claire Dufresne]',
    line: 'contact: [Claire Dufresne]',
    snippet: '[Claire Dufresne]',
    code: 'schema',
    en: '`contact` must be a text or a set of keys (name, email, phone).',
    fr: '`contact` doit être un texte ou un ensemble de clés (name, email, phone).',
  },
  {
    name: 'a contact `email` that is no address',
    from: CONTACT,
    to: 'contact: { name: Claire Dufresne, email: claire.dufresne }',
    line: 'contact: { name: Claire Dufresne, email: claire.dufresne }',
    snippet: 'claire.dufresne',
    code: 'schema',
    en: '`claire.dufresne` is not an e-mail address.',
    fr: '`claire.dufresne` n’est pas une adresse e-mail.',
  },
  {
    name: 'a `phone` read as a number',
    from: CONTACT,
    to: 'contact: { name: Claire Dufresne, phone: 0321000000 }',
    line: 'contact: { name: Claire Dufresne, phone: 0321000000 }',
    snippet: '0321000000',
    code: 'schema',
    en: '`phone` must be a text.',
    fr: '`phone` doit être un texte.',
  },
  {
    name: '`methods` as a text',
    from: "methods: [Apports en plénière, Étude de cas sur site]",
    to: 'methods: 42',
    line: 'methods: 42',
    snippet: '42',
    code: 'schema',
    en: '`methods` must be a list.',
    fr: '`methods` doit être une liste.',
  },
  {
    name: '`prerequisites` as a number',
    from: 'prerequisites: Aucun',
    to: 'prerequisites: 0',
    line: 'prerequisites: 0',
    snippet: '0',
    code: 'schema',
    en: '`prerequisites` must be a text or a list of texts.',
    fr: '`prerequisites` doit être un texte ou une liste de textes.',
  },
  {
    name: '`visibility: private`',
    from: 'visibility: team',
    to: 'visibility: private',
    line: '    visibility: private',
    snippet: 'private',
    code: 'schema',
    en: '`private` is not a valid `visibility` — did you mean `team`?',
    fr: '`private` n’est pas une valeur possible de `visibility` — vouliez-vous dire `team` ?',
  },
  {
    name: '`visibility` with no close value',
    from: 'visibility: team',
    to: 'visibility: confidentiel',
    line: '    visibility: confidentiel',
    snippet: 'confidentiel',
    code: 'schema',
    en: '`confidentiel` is not a valid `visibility`; possible values: public, team.',
    fr: '`confidentiel` n’est pas une valeur possible de `visibility` ; valeurs possibles : public, team (équipe).',
  },
  {
    name: '`pinned: oui`',
    from: 'pinned: true',
    to: 'pinned: oui',
    line: '    pinned: oui',
    snippet: 'oui',
    code: 'schema',
    en: '`pinned` must be `true` or `false`.',
    fr: '`pinned` doit être `true` ou `false`.',
  },
  {
    name: 'a step with neither text nor speakers',
    from: "      - Séquence d'échange avec les participants",
    to: '      - duration: 5min',
    line: '      - duration: 5min',
    snippet: 'duration',
    code: 'schema',
    en: 'This step has neither `text` nor `speakers`: write at least one of them.',
    fr: 'Cette étape n’a ni `text` ni `speakers` : écrivez au moins l’un des deux.',
  },
  {
    name: 'an empty step',
    from: "      - Séquence d'échange avec les participants",
    to: '      -',
    line: '      -',
    snippet: '',
    code: 'schema',
    en: '`steps` is empty: it must be a text or a set of keys (text, speakers, duration).',
    fr: '`steps` est vide : ce doit être un texte ou un ensemble de clés (text, speakers, duration).',
  },
  {
    name: 'a step key with a typo',
    from: '        duration: 10min',
    to: '        durée: 10min',
    line: '        durée: 10min',
    snippet: 'durée',
    code: 'schema',
    en: '`durée` is not a step key — did you mean `duration`?',
    fr: '`durée` n’est pas une clé d’étape — vouliez-vous dire `duration` ?',
  },
  {
    name: 'a step duration that is no duration',
    from: '        duration: 10min',
    to: '        duration: dix minutes',
    line: '        duration: dix minutes',
    snippet: 'dix minutes',
    code: 'time-format',
    en: '`dix minutes` is not a valid duration: write `45min`, `1h30`, `1:30` or a number of minutes.',
    fr: '`dix minutes` n’est pas une durée valide : écrivez `45min`, `1h30`, `1:30` ou un nombre de minutes.',
  },
  {
    name: '`type: pause déjeuner`',
    from: 'type: break',
    to: 'type: pause déjeuner',
    line: '    type: pause déjeuner',
    snippet: 'pause déjeuner',
    code: 'schema',
    en: '`pause déjeuner` is not a valid `type` — did you mean `meal`?',
    fr: '`pause déjeuner` n’est pas une valeur possible de `type` — vouliez-vous dire `meal` ?',
  },
  {
    name: '`type: Pause-Déjeuner` (case and hyphen)',
    from: 'type: break',
    to: 'type: Pause-Déjeuner',
    line: '    type: Pause-Déjeuner',
    snippet: 'Pause-Déjeuner',
    code: 'schema',
    en: '`Pause-Déjeuner` is not a valid `type` — did you mean `meal`?',
    fr: '`Pause-Déjeuner` n’est pas une valeur possible de `type` — vouliez-vous dire `meal` ?',
  },
  {
    name: '`type: déjeuner`',
    from: 'type: break',
    to: 'type: déjeuner',
    line: '    type: déjeuner',
    snippet: 'déjeuner',
    code: 'schema',
    en: '`déjeuner` is not a valid `type` — did you mean `meal`?',
    fr: '`déjeuner` n’est pas une valeur possible de `type` — vouliez-vous dire `meal` ?',
  },
  {
    name: '`type: visite de terrain`',
    from: 'type: exercise',
    to: 'type: visite de terrain',
    line: '    type: visite de terrain',
    snippet: 'visite de terrain',
    code: 'schema',
    en: '`visite de terrain` is not a valid `type` — did you mean `site-visit`?',
    fr: '`visite de terrain` n’est pas une valeur possible de `type` — vouliez-vous dire `site-visit` ?',
  },
  {
    name: '`type: travail en sous-groupes`',
    from: 'type: exercise',
    to: 'type: travail en sous-groupes',
    line: '    type: travail en sous-groupes',
    snippet: 'travail en sous-groupes',
    code: 'schema',
    en: '`travail en sous-groupes` is not a valid `type` — did you mean `group-work`?',
    fr: '`travail en sous-groupes` n’est pas une valeur possible de `type` — vouliez-vous dire `group-work` ?',
  },
  {
    name: '`type: plénière`',
    from: 'type: presentation',
    to: 'type: PLÉNIÈRE',
    line: '    type: PLÉNIÈRE',
    snippet: 'PLÉNIÈRE',
    code: 'schema',
    en: '`PLÉNIÈRE` is not a valid `type` — did you mean `plenary`?',
    fr: '`PLÉNIÈRE` n’est pas une valeur possible de `type` — vouliez-vous dire `plenary` ?',
  },
  {
    name: 'a comma inside a value of a flow mapping',
    from: '  - { id: agent-1, role: Agent formé }',
    to: '  - { id: agent-1, role: Agent formé, co-animateur de table }',
    line: '  - { id: agent-1, role: Agent formé, co-animateur de table }',
    snippet: 'co-animateur de table',
    code: 'schema',
    en: '`co-animateur de table` is not a key: in `{ … }` a comma ends the value. If it belongs to `role`, put the value in quotes: `role: "Agent formé, co-animateur de table"`.',
    fr: '`co-animateur de table` n’est pas une clé : dans `{ … }`, une virgule termine la valeur. Si ce texte fait partie de `role`, mettez la valeur entre guillemets : `role: "Agent formé, co-animateur de table"`.',
  },
];

describe('bad input in the v2 programme keys: one clear diagnostic each', () => {
  test('the base document is clean', () => {
    assert.deepEqual(diagnose(TRAINING_V2, { uri: URI }).map((d) => `${d.code}: ${d.message}`), []);
  });
  for (const c of cases) {
    test(c.name, () => {
      const text = edit(TRAINING_V2, c.from, c.to);
      for (const language of ['en', 'fr'] as const) {
        const found = diagnose(text, { uri: URI, settings: { language } });
        assert.deepEqual(
          found.map((d) => [d.code, d.message]),
          [[c.code, c[language]]],
        );
        if (c.snippet) assert.deepEqual(found[0]!.range, rangeIn(text, c.line, c.snippet));
        else assert.equal(found[0]!.range.start.line, rangeIn(text, c.line, c.line).start.line);
      }
    });
  }
});

describe('the comma message, and only where a comma cut a value', () => {
  test('two commas: each leftover is reported with the whole value to quote', () => {
    const text = edit(TRAINING_V2, '  - { id: agent-1, role: Agent formé }', '  - { id: agent-1, role: Agent formé, co-animateur, référent }');
    assert.deepEqual(
      diagnose(text, { uri: URI }).map((d) => d.message),
      [
        '`co-animateur` is not a key: in `{ … }` a comma ends the value. If it belongs to `role`, put the value in quotes: `role: "Agent formé, co-animateur, référent"`.',
        '`référent` is not a key: in `{ … }` a comma ends the value. If it belongs to `role`, put the value in quotes: `role: "Agent formé, co-animateur, référent"`.',
      ],
    );
  });
  test('an unknown key with a value in a flow mapping is a typo, not a cut value', () => {
    const text = edit(TRAINING_V2, '  - { id: agent-1, role: Agent formé }', '  - { id: agent-1, rol: Agent formé }');
    assert.deepEqual(diagnose(text, { uri: URI }).map((d) => d.message), ['`rol` is not a person key — did you mean `role`?']);
  });
  test('an empty key of a block mapping is not taken for a cut value', () => {
    const text = edit(TRAINING_V2, '    name: Romain Tessier\n', '    name: Romain Tessier\n    co-animateur:\n');
    assert.deepEqual(diagnose(text, { uri: URI }).map((d) => d.message), ['`co-animateur` is not a person key.']);
  });
  test('the quoted value is accepted', () => {
    const text = edit(TRAINING_V2, '  - { id: agent-1, role: Agent formé }', '  - { id: agent-1, role: "Agent formé, co-animateur de table" }');
    assert.deepEqual(diagnose(text, { uri: URI }), []);
  });
});

describe('what the model keeps of values beyond a day, and free prices', () => {
  test('a training of several days may declare more than 24 h', () => {
    const text = edit(TRAINING_V2, 'duration: 2h30', 'duration: 35h');
    assert.deepEqual(
      diagnose(text, { uri: URI }).map((d) => `${d.code}: ${d.message}`),
      ['duration-mismatch: The declared `duration` is 35 h, but the agenda holds 2 h 30 of content (breaks, meals, welcome, travel and team slots excluded).'],
    );
  });
  test('`amount: 0` and a price as text are accepted', () => {
    assert.deepEqual(diagnose(edit(TRAINING_V2, PRICE, 'price: { amount: 0 }'), { uri: URI }), []);
    assert.deepEqual(diagnose(edit(TRAINING_V2, PRICE, 'price: Gratuit pour les agents du ministère'), { uri: URI }), []);
  });
});
