/**
 * The `training-fields` quick fix (FORMAT.md 7.3, 7.4): it adds every missing field of the
 * French training sheet after `format`, with a placeholder that cannot pass for a real value
 * (« À compléter »), and as `duration` the agenda's content time, commented « à vérifier »;
 * comments kept. It adds only the keys the programme schema defines (so it never adds an
 * error): the texts after the fix are built from the exact lines of each field below.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core';
import { codeActions } from '../../server/src/core/codeActions';
import { durationNotation, skeletonLines } from '../../server/src/core/codeActions/trainingSkeleton';
import { messagesFor } from '../../server/src/core/messages';
import { keysAt } from '../../server/src/core/schema/schemaLookup';

const URI = 'file:///ws/formation.programme.yaml';

/**
 * A `training-fields` diagnostic on `format`, as the rule reports it (`data: { field }`),
 * built by hand so the fix is tested whichever fields the rule asks for.
 */
function diagnosticFor(text: string, field: string): Diagnostic {
  const line = text.split('\n').findIndex((l) => l.startsWith('format:'));
  return {
    range: { start: { line, character: 8 }, end: { line, character: 16 } },
    severity: DiagnosticSeverity.Warning,
    code: 'training-fields',
    message: `add \`${field}\``,
    data: { code: 'training-fields', field },
  };
}

function fixed(text: string, language: 'en' | 'fr', field = 'price'): string | undefined {
  const analysis = createLanguageService({ settings: { language } }).analyse(URI, text);
  const diagnostic = diagnosticFor(text, field);
  const actions = codeActions(diagnostic.range, [diagnostic], { uri: URI, analysis, m: messagesFor(language), style: 'colon' }, ['quickfix']);
  const fix = actions.find((a) => a.title === messagesFor(language).actions.addTrainingFields);
  return fix && TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), fix.edit!.changes![URI]!);
}

const V1_TRAINING = `# Formation des agents — catalogue 2025
title: Accompagner les collectivités dans leurs projets de revitalisation
format: training # session de printemps
audience: Agents des DDT(M)
objectives:
  - Qualifier la demande d'une collectivité
prerequisites: Aucun
evaluation: Évaluation des acquis sur le cas pratique
accessibility: Contactez la référente handicap du CVRH
date: 2025-03-14
agenda:
  - time: 09h00-09h30
    title: Accueil café
    type: welcome
  - time: 09h30-12h30 # avec une pause libre
    title: Apports et cas pratique
  - time: 12h30-13h30
    title: Déjeuner
    type: meal
  - time: 13h30-17h00
    title: Étude de cas sur site
`;

const ORDER = ['objectives', 'prerequisites', 'audience', 'evaluation', 'accessibility', 'duration', 'price', 'access', 'contact', 'methods'];

/** The exact lines the fix writes for each field, in French, for an agenda of 6 h 30 of content. */
const FR_LINES: Record<string, string[]> = {
  objectives: ['objectives:', '  - À compléter'],
  prerequisites: ['prerequisites:', '  - À compléter'],
  audience: ['audience: À compléter'],
  evaluation: ['evaluation:', '  - À compléter'],
  accessibility: ['accessibility: À compléter'],
  duration: ['duration: 6h30 # à vérifier : temps de contenu de l’agenda'],
  price: ['price: À compléter'],
  access: ['access: À compléter'],
  contact: ['contact: À compléter'],
  methods: ['methods:', '  - À compléter'],
};

/** The keys the programme schema defines: the fix adds no other. */
const known = (field: string) => field in keysAt('programme', []);

/** `text` with the lines of `fields` (those the schema defines, in the fix's order) after its `format` line. */
function withSkeleton(text: string, formatLine: string, fields: string[], lines = FR_LINES): string {
  const added = ORDER.filter((f) => fields.includes(f) && known(f)).flatMap((f) => lines[f]!);
  return text.replace(`${formatLine}\n`, [formatLine, ...added, ''].join('\n'));
}

test('the lines of every field: « À compléter », lists with one item, the duration from the agenda commented « à vérifier »', () => {
  assert.deepEqual(skeletonLines(ORDER, messagesFor('fr'), 390), ORDER.flatMap((f) => FR_LINES[f]!));
  assert.deepEqual(skeletonLines(['duration', 'price', 'methods'], messagesFor('en'), 420), [
    'duration: 7h # to be checked: the agenda’s content time',
    'price: To be completed',
    'methods:',
    '  - To be completed',
  ]);
  // No agenda content: no duration to propose, and no text in its place (it would not be a duration).
  assert.deepEqual(skeletonLines(['duration', 'access'], messagesFor('fr'), undefined), ['access: À compléter']);
  assert.deepEqual([45, 60, 390, 845, 1500].map(durationNotation), ['45min', '1h', '6h30', '14h05', '25h']);
});

test('a v1 training sheet: the rest of the sheet after format, comments kept, in French and in English', () => {
  const missing = ['duration', 'price', 'access', 'contact', 'methods'];
  const field = missing.find(known) ?? 'objectives';
  const formatLine = 'format: training # session de printemps';
  const after = fixed(V1_TRAINING, 'fr', field);
  if (missing.some(known)) assert.equal(after, withSkeleton(V1_TRAINING, formatLine, missing));
  else assert.equal(after, undefined); // a schema without the v2 keys: nothing the fix may add
  const EN_LINES = Object.fromEntries(
    Object.entries(FR_LINES).map(([k, v]) => [k, v.map((l) => l.replace('À compléter', 'To be completed').replace('à vérifier : temps de contenu de l’agenda', 'to be checked: the agenda’s content time'))]),
  );
  if (missing.some(known)) assert.equal(fixed(V1_TRAINING, 'en', field), withSkeleton(V1_TRAINING, formatLine, missing, EN_LINES));
});

test('an empty sheet: every field the schema defines, in the order of the sheet, after format', () => {
  const text = V1_TRAINING.replace(/audience:[^]*?date:/, 'date:');
  const formatLine = 'format: training # session de printemps';
  assert.equal(fixed(text, 'fr', 'objectives'), withSkeleton(text, formatLine, ORDER));
  assert.ok(fixed(text, 'fr', 'objectives')!.includes('objectives:\n  - À compléter\nprerequisites:\n  - À compléter\naudience: À compléter\nevaluation:'));
});

test('only the fields not written: a written price, methods or empty key stays as it is', () => {
  const text = V1_TRAINING.replace('format: training # session de printemps\naudience: Agents des DDT(M)\n', 'format: training # session de printemps\naudience:\n').replace(
    'date: 2025-03-14\n',
    'price: { amount: 450, currency: EUR, per: participant }\nmethods: [Étude de cas]\ndate: 2025-03-14\n',
  );
  const after = fixed(text, 'fr', 'audience');
  const rest = ['duration', 'access', 'contact'];
  if (rest.some(known)) assert.equal(after, withSkeleton(text, 'format: training # session de printemps', rest));
  else assert.equal(after, undefined);
});

test('no agenda content: no duration is invented, and the duration`s own diagnostic gets no fix', () => {
  const text = 'title: Formation\nformat: training\ndate: 2025-06-05\n';
  assert.equal(fixed(text, 'fr', 'duration'), undefined);
  const after = fixed(text, 'fr', 'objectives')!;
  assert.ok(!after.includes('duration'), after);
  assert.ok(after.startsWith('title: Formation\nformat: training\nobjectives:\n  - À compléter\n'), after);
});

test('after the fix, training-fields asks for nothing more, and no error came', () => {
  const text = V1_TRAINING.replace(/audience:[^]*?date:/, 'date:');
  const after = fixed(text, 'en', 'objectives')!;
  const service = createLanguageService({ settings: { language: 'en' } });
  assert.deepEqual(service.check(URI, after).filter((d) => d.code === 'training-fields'), []);
  assert.deepEqual(service.check(URI, after).filter((d) => d.severity === 'error').map((d) => d.message), []);
});
