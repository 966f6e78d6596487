import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';

const head = `title: Atelier territorial
date: 2021-10-20
`;

test('unknown top-level key: nearest key suggested, range is the key', () => {
  const text = `${head}organizer: DDTM 59\n`;
  const d = expectOne(diagnose(text), 'schema', 'error', rangeOf(text, 'organizer'));
  assert.equal(d.message, '`organizer` is not a programme key — did you mean `organiser`?');
  assert.deepEqual(d.data, { code: 'schema', kind: 'unknown-key', key: 'organizer', path: [], suggestion: 'organiser' });
});

test('unknown slot key in French, as the issue words it', () => {
  const text = `${head}agenda:
  - time: 08h30-09h00
    title: Accueil des participants
    typ: welcome
`;
  const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'schema', 'error', rangeOf(text, 'typ'));
  assert.equal(d.message, '`typ` n’est pas une clé de séance — vouliez-vous dire `type` ?');
});

test('an unknown key far from every key gets no suggestion', () => {
  const text = `${head}budget_previsionnel: 12000\n`;
  const d = expectOne(diagnose(text), 'schema', 'error', rangeOf(text, 'budget_previsionnel'));
  assert.equal(d.message, '`budget_previsionnel` is not a programme key.');
});

test('unknown keys in people, groups, deliverables, tracks and days name the right object', () => {
  const text = `title: Séminaire
days:
  - date: 2021-10-20
    lieu: Lille
    agenda:
      - time: 9h-10h
        title: Atelier
        speakers: [archi]
        groups: [g1]
        produces: [synthese]
        tracks:
          - title: Visite
            leader: archi
people:
  - id: archi
    nom: Claire
groups:
  - id: g1
    lead: archi
    taille: 8
deliverables:
  - id: synthese
    title: Synthèse
    owner: g1
    echeance: restitution
`;
  const messages = only('schema', diagnose(text, { settings: { language: 'fr' } })).map((d) => d.message);
  assert.deepEqual(messages, [
    '`lieu` n’est pas une clé de journée — vouliez-vous dire `location` ?',
    '`leader` n’est pas une clé de sous-groupe parallèle — vouliez-vous dire `lead` ?',
    '`nom` n’est pas une clé d’intervenant — vouliez-vous dire `name` ?',
    '`taille` n’est pas une clé de groupe — vouliez-vous dire `size` ?',
    '`echeance` n’est pas une clé de livrable — vouliez-vous dire `due` ?',
  ]);
});

test('bad enum value: the French label typed by a user suggests the identifier', () => {
  const text = `${head}format: formation\n`;
  const d = expectOne(diagnose(text), 'schema', 'error', rangeOf(text, 'formation'));
  assert.equal(d.message, '`formation` is not a valid `format` — did you mean `training`?');
});

test('bad enum value without a near match lists the possible values with labels', () => {
  const text = `${head}agenda:
  - time: 9h-10h
    title: Pause
    type: coffee
`;
  const d = expectOne(diagnose(text), 'schema', 'error', rangeOf(text, 'coffee'));
  assert.match(d.message, /^`coffee` is not a valid `type`; possible values: welcome, plenary, presentation/);
  assert.match(d.message, /group-work \(group work\)/);
  const fr = only('schema', diagnose(text, { settings: { language: 'fr' } }))[0]!;
  assert.match(fr.message, /report-back \(restitution\)/);
});

test('enum typo gets the nearest value', () => {
  const text = `${head}agenda:
  - time: 9h-10h
    title: Restitution
    type: report-bak
`;
  const d = expectOne(diagnose(text), 'schema', 'error', rangeOf(text, 'report-bak'));
  assert.equal(d.message, '`report-bak` is not a valid `type` — did you mean `report-back`?');
});

test('missing title: reported once, on the first key of the object', () => {
  const text = `date: 2021-10-20
agenda:
  - time: 9h-10h
    type: plenary
`;
  const all = only('schema', diagnose(text));
  assert.deepEqual(
    all.map((d) => [d.message, d.range]),
    [
      ['Missing required key `title` in this programme.', rangeOf(text, 'date')],
      ['Missing required key `title` in this slot.', rangeOf(text, 'time')],
    ],
  );
});

test('wrong types name the key and the expected shape, on the value', () => {
  const text = `title: Atelier
participants: beaucoup
audience: 3
location: [Lille]
objectives: Échanger
`;
  const all = only('schema', diagnose(text));
  assert.deepEqual(
    all.map((d) => [d.message, d.range]),
    [
      ['`participants` must be a whole number.', rangeOf(text, 'beaucoup')],
      ['`audience` must be a text or a list of texts.', rangeOf(text, '3')],
      ['`location` must be a text or a set of keys (name, address, commune).', rangeOf(text, '[Lille]')],
      ['`objectives` must be a list.', rangeOf(text, 'Échanger')],
    ],
  );
});

test('an empty value says it is empty, on the key', () => {
  const text = `title:\ndate: 2021-10-20\n`;
  const d = expectOne(diagnose(text), 'schema', 'error', rangeOf(text, 'title'));
  assert.equal(d.message, '`title` is empty: it must be a text.');
});

test('groups must be all or a list: one message, no anyOf noise', () => {
  const text = `${head}groups:
  - id: g1
agenda:
  - time: 9h-10h
    title: Atelier
    groups: tous
`;
  const all = only('schema', diagnose(text));
  assert.equal(all.length, 1);
  assert.equal(all[0]!.message, '`tous` is not a valid `groups` — did you mean `all`?');
  assert.deepEqual(all[0]!.range, rangeOf(text, 'tous'));
});

test('an id with spaces or capitals: a valid id is suggested, and no ref-unknown as well', () => {
  const text = `${head}people:
  - id: Claire Martin
agenda:
  - time: 9h-10h
    title: Atelier
    speakers: [Claire Martin]
`;
  const all = diagnose(text);
  assert.deepEqual(
    only('schema', all).map((d) => [d.message, d.range]),
    [
      ['`Claire Martin` is not a valid id: lowercase letters, digits, `-` and `_` only (for example `claire-martin`).', rangeOf(text, 'Claire Martin')],
      ['`Claire Martin` is not a valid id: lowercase letters, digits, `-` and `_` only (for example `claire-martin`).', rangeOf(text, 'Claire Martin', 2)],
    ],
  );
  assert.equal(only('ref-unknown', all).length, 0);
});

test('participants below 1', () => {
  const text = `${head}participants: 0\n`;
  const at = rangeOf(text, 'participants: 0');
  at.start.character += 'participants: '.length;
  const d = expectOne(diagnose(text), 'schema', 'error', at);
  assert.equal(d.message, '`participants` must be at least 1.');
});

test('agenda together with days: the one-day key is reported', () => {
  const text = `title: Séminaire
agenda: []
days:
  - date: 2021-10-20
    agenda: []
`;
  const d = expectOne(diagnose(text), 'schema', 'error', rangeOf(text, 'agenda'));
  assert.equal(d.message, '`agenda` cannot be used with `days`: in a programme of several days, each day has its own `date`, `start` and `agenda`.');
});

test('a malformed time is time-format only, never a schema pattern error too', () => {
  const text = `${head}agenda:
  - time: 25:00-26:00
    title: Accueil
  - start: 8h75
    duration: 1h75
    title: Atelier
`;
  const all = diagnose(text);
  assert.equal(only('schema', all).length, 0);
  assert.equal(only('time-format', all).length, 3);
});

test('mission: bad e-mail, bad territory kind, missing period', () => {
  const text = `title: NCT Hérault
contact: relation-clients
territories:
  - name: Ganges
    kind: ville
`;
  const all = only('schema', diagnose(text, { uri: 'file:///ws/nct.mission.yaml' }));
  assert.deepEqual(
    all.map((d) => d.message),
    [
      'Missing required key `period` in this mission.',
      '`relation-clients` is not an e-mail address.',
      '`ville` is not a valid `kind`; possible values: commune (municipality), epci (inter-municipal body, EPCI), departement (département), region, other.',
    ],
  );
});

test('French key names suggest the English key, and the typo is not also a missing key', () => {
  const text = `titre: Atelier
date: 2021-10-20
agenda:
  - horaire: 9h-10h
    title: Accueil
    intervenants: [archi]
    durée: 1h
`;
  const all = only('schema', diagnose(text, { settings: { language: 'fr' } }));
  assert.deepEqual(
    all.map((d) => d.message),
    [
      '`titre` n’est pas une clé de programme — vouliez-vous dire `title` ?',
      '`horaire` n’est pas une clé de séance — vouliez-vous dire `time` ?',
      '`intervenants` n’est pas une clé de séance — vouliez-vous dire `speakers` ?',
      '`durée` n’est pas une clé de séance — vouliez-vous dire `duration` ?',
    ],
  );
});

test('empty and comment-only files get one clear message', () => {
  for (const text of ['', '# programme à écrire\n', '\n\n']) {
    const all = diagnose(text);
    assert.equal(all.length, 1);
    assert.equal(all[0]!.code, 'schema');
    assert.equal(all[0]!.message, 'The programme is empty: start with `title:`, `date:` and `agenda:`.');
    assert.equal(all[0]!.range.start.line, 0);
  }
  assert.equal(diagnose('', { uri: 'file:///ws/m.mission.yaml' })[0]!.message, 'The mission is empty: start with `title:` and `period:`.');
});

test('a list or a scalar at the top', () => {
  for (const text of ['- a\n- b\n', 'Atelier\n', '42\n']) {
    const all = diagnose(text);
    assert.equal(all.length, 1, text);
    assert.equal(all[0]!.message, 'A programme is a set of keys (`title: …`), not a single value or a list.');
  }
});

test('a complete programme is clean', () => {
  expectClean(`title: Atelier
date: 2021-10-20
location: { name: Salle des fêtes, commune: Poix-du-Nord }
agenda:
  - time: 08h30-09h00
    title: Accueil
    type: welcome
`);
});
