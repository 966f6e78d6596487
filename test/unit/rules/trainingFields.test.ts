/**
 * `training-fields` (FORMAT.md §5): a `format: training` programme must publish its
 * objectives (error), evaluation, prerequisites, audience and accessibility (warnings) —
 * Code du travail L6353-1, Qualiopi indicators 1, 5, 6. Reported on the `format` value; an
 * empty value counts as missing. (The v2 fields are tested in trainingFieldsV2.test.ts; the
 * documents here have them.)
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';

const FORMATION = `title: Accompagner les collectivités dans leurs projets de revitalisation
subtitle: Formation des agents des DDT(M) — centres-bourgs et petites villes
format: training
organiser: CVRH d’Arras — Cerema Hauts-de-France
audience:
  - Agents des DDT(M) en charge de l’appui aux territoires
  - Chefs de projet en service aménagement ou habitat
participants: 16
location:
  name: CVRH d’Arras, salle Vauban
  commune: Arras (62)
date: 2024-03-14
start: "09:00"
objectives:
  - Qualifier la demande d’une collectivité et distinguer accompagnement, cadrage technique et maîtrise d’œuvre
  - Mobiliser les dispositifs adaptés (Petites villes de demain, ORT, fonds friches, Atelier des territoires)
prerequisites:
  - Être en poste en DDT(M) sur une mission d’appui aux territoires
evaluation:
  - Questionnaire de positionnement trois semaines avant la session
  - Évaluation des acquis en fin de journée à partir du cas pratique
  - Questionnaire de satisfaction à chaud, évaluation à froid à trois mois
accessibility: >-
  Formation accessible aux personnes en situation de handicap : contactez la référente
  handicap du CVRH d’Arras au plus tard quinze jours avant la session.
duration: 3h
price: Gratuit pour les agents du ministère
access: Inscription sur la plateforme du CVRH jusqu’au 1er mars
contact: { name: Claire Dufresne, email: claire.dufresne@example.org }
methods: [Apports en plénière, Cas pratique en sous-groupes]
people:
  - id: dufresne
    name: Claire Dufresne
    role: Responsable pédagogique
    organisation: CVRH d’Arras
  - id: marchand
    name: Julien Marchand
    role: Chef de projet aménagement et revitalisation
    organisation: Cerema Hauts-de-France
agenda:
  - duration: 30min
    title: Accueil café et émargement
    type: welcome
  - duration: 1h
    title: "La revitalisation des centres-bourgs : cadre d’action de l’État"
    type: presentation
    speakers: [marchand]
  - duration: 15min
    title: Pause
    type: break
  - duration: 1h30
    title: Cas pratique — la demande de la commune
    type: exercise
    speakers: [dufresne, marchand]
  - duration: 30min
    title: Évaluation des acquis et bilan de la journée
    type: evaluation
    speakers: [dufresne]
`;

/** Removes a top-level key and its (indented) value lines. */
function without(text: string, key: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  assert.notEqual(at, -1, `${key} not in the base document`);
  let end = at + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  return [...lines.slice(0, at), ...lines.slice(end)].join('\n');
}

/** Replaces a top-level key's value by `value` (written on the key's line). */
function withValue(text: string, key: string, value: string): string {
  return without(text, key).replace('people:\n', `${key}:${value ? ` ${value}` : ''}\npeople:\n`);
}

const formatRange = (text: string) => rangeOf(text, 'training');

describe('training-fields — silent', () => {
  test('a complete training programme is clean', () => {
    expectClean(FORMATION);
  });

  test('audience and evaluation may be single texts', () => {
    const text = withValue(withValue(FORMATION, 'audience', 'Agents des DDT(M)'), 'evaluation', 'Quiz de fin de journée');
    expectClean(text);
  });

  test('a workshop need not publish any of these fields', () => {
    let text = FORMATION.replace('format: training', 'format: workshop');
    for (const key of ['objectives', 'prerequisites', 'evaluation', 'audience', 'accessibility']) text = without(text, key);
    expectClean(text);
  });

  test('a programme without `format` is a workshop', () => {
    let text = without(FORMATION, 'format');
    for (const key of ['objectives', 'prerequisites', 'evaluation', 'audience', 'accessibility']) text = without(text, key);
    expectClean(text);
  });
});

describe('training-fields — one cause, one diagnostic', () => {
  test('`format: formation` (the French label) is a schema error with a suggestion, not also missing training fields', () => {
    let text = FORMATION.replace('format: training', 'format: formation');
    for (const key of ['objectives', 'accessibility']) text = without(text, key);
    const diagnostics = diagnose(text);
    assert.deepEqual(only('training-fields', diagnostics), []);
    const key = rangeOf(text, 'format: formation');
    const value = { start: { line: key.start.line, character: 'format: '.length }, end: key.end };
    const d = expectOne(diagnostics, 'schema', 'error', value);
    assert.match(d.message, /did you mean `training`\?/);
  });
});

describe('training-fields — missing fields', () => {
  test('objectives missing: an error on the `format` value (full message and data)', () => {
    const text = without(FORMATION, 'objectives');
    const diagnostics = diagnose(text);
    const d = expectOne(diagnostics, 'training-fields', 'error', formatRange(text));
    assert.equal(d.message, 'A training programme must state its objectives (Code du travail L6353-1, Qualiopi): add `objectives`.');
    assert.deepEqual(d.data, { code: 'training-fields', field: 'objectives' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['training-fields'], 'nothing else fires');
  });

  const warnings: [string, string][] = [
    ['evaluation', 'A training programme must state its assessment methods (Code du travail L6353-1, Qualiopi): add `evaluation`.'],
    ['prerequisites', 'A training programme must state its prerequisites (Code du travail L6353-1, Qualiopi): add `prerequisites`.'],
    ['audience', 'A training programme must state its audience (Code du travail L6353-1, Qualiopi): add `audience`.'],
    [
      'accessibility',
      'A training programme must state its reception of people with disabilities (Code du travail L6353-1, Qualiopi): add `accessibility`.',
    ],
  ];
  for (const [field, message] of warnings) {
    test(`${field} missing: a warning on the \`format\` value`, () => {
      const text = without(FORMATION, field);
      const d = expectOne(diagnose(text), 'training-fields', 'warning', formatRange(text));
      assert.equal(d.message, message);
      assert.deepEqual(d.data, { code: 'training-fields', field });
    });
  }

  test('all five missing: one error and four warnings, all on `format`, in the order of the rule', () => {
    let text = FORMATION;
    for (const key of ['objectives', 'prerequisites', 'evaluation', 'audience', 'accessibility']) text = without(text, key);
    const found = only('training-fields', diagnose(text));
    assert.deepEqual(
      found.map((d) => [d.data?.field, d.severity]),
      [
        ['objectives', 'error'],
        ['evaluation', 'warning'],
        ['prerequisites', 'warning'],
        ['audience', 'warning'],
        ['accessibility', 'warning'],
      ],
    );
    for (const d of found) assert.deepEqual(d.range, formatRange(text));
  });

  test('a multi-day training programme is checked too', () => {
    const text = `title: Cycle de formation — urbanisme favorable à la santé
format: training
audience: Chargés d’études des DDT(M) et des collectivités
objectives: [Intégrer les enjeux de santé dans les documents d’urbanisme]
prerequisites: [Connaître les bases du PLU]
evaluation: Étude de cas évaluée en fin de cycle
duration: 5h
price: { amount: 0 }
access: Inscription auprès de l’ARS jusqu’au 1er mai
contact: formation@example.org
methods: [Apports, Étude de cas]
people:
  - id: formateur
    name: Paul Girard
    role: Formateur
days:
  - date: 2024-05-13
    agenda:
      - time: 09h30-12h00
        title: Les déterminants de santé
        type: presentation
        speakers: [formateur]
  - date: 2024-05-14
    agenda:
      - time: 09h30-12h00
        title: Étude de cas
        type: exercise
        speakers: [formateur]
`;
    const d = expectOne(diagnose(text), 'training-fields', 'warning', formatRange(text));
    assert.equal(d.data?.field, 'accessibility');
  });
});

describe('training-fields — empty values count as missing', () => {
  test('objectives: []', () => {
    const text = withValue(FORMATION, 'objectives', '[]');
    const d = expectOne(diagnose(text), 'training-fields', 'error', formatRange(text));
    assert.equal(d.data?.field, 'objectives');
  });

  test('objectives with only blank items', () => {
    const text = withValue(FORMATION, 'objectives', '["", "  "]');
    const d = expectOne(diagnose(text), 'training-fields', 'error', formatRange(text));
    assert.equal(d.data?.field, 'objectives');
  });

  test('accessibility: ""', () => {
    const text = withValue(FORMATION, 'accessibility', '""');
    const d = expectOne(diagnose(text), 'training-fields', 'warning', formatRange(text));
    assert.equal(d.data?.field, 'accessibility');
  });

  test('evaluation: "   "', () => {
    const text = withValue(FORMATION, 'evaluation', '"   "');
    const d = expectOne(diagnose(text), 'training-fields', 'warning', formatRange(text));
    assert.equal(d.data?.field, 'evaluation');
  });

  test('prerequisites: []', () => {
    const text = withValue(FORMATION, 'prerequisites', '[]');
    const d = expectOne(diagnose(text), 'training-fields', 'warning', formatRange(text));
    assert.equal(d.data?.field, 'prerequisites');
  });

  test('audience with no value at all', () => {
    const text = withValue(FORMATION, 'audience', '');
    const d = expectOne(diagnose(text), 'training-fields', 'warning', formatRange(text));
    assert.equal(d.data?.field, 'audience');
  });
});

describe('training-fields — French messages and settings', () => {
  test('French messages', () => {
    let text = FORMATION;
    for (const key of ['objectives', 'accessibility']) text = without(text, key);
    const found = only('training-fields', diagnose(text, { settings: { language: 'fr' } }));
    assert.deepEqual(
      found.map((d) => d.message),
      [
        'Un programme de formation doit indiquer ses objectifs (Code du travail L6353-1, Qualiopi) : ajoutez `objectives`.',
        'Un programme de formation doit indiquer ses modalités d’accueil des personnes en situation de handicap (Code du travail L6353-1, Qualiopi) : ajoutez `accessibility`.',
      ],
    );
  });

  test('a severity setting applies to every field, objectives included', () => {
    let text = FORMATION;
    for (const key of ['objectives', 'audience']) text = without(text, key);
    const found = only('training-fields', diagnose(text, { settings: { rules: { 'training-fields': 'information' } } }));
    assert.deepEqual(
      found.map((d) => [d.data?.field, d.severity]),
      [
        ['objectives', 'information'],
        ['audience', 'information'],
      ],
    );
  });

  test('off', () => {
    let text = FORMATION;
    for (const key of ['objectives', 'prerequisites', 'evaluation', 'audience', 'accessibility']) text = without(text, key);
    expectClean(text, { settings: { rules: { 'training-fields': 'off' } } });
  });
});
