/**
 * The `training-fields` quick fix (FORMAT.md 7.3, 7.4): it adds every missing field of the
 * French training sheet after `format`, with a placeholder that cannot pass for a real value
 * (« À compléter »), comments kept. The exact text after the fix, in French and in English.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core';
import { codeActions } from '../../server/src/core/codeActions';
import { messagesFor } from '../../server/src/core/messages';

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

test('a v1 training sheet: the five fields of v2 added after format, the duration with the agenda`s content time as a comment', () => {
  assert.equal(
    fixed(V1_TRAINING, 'fr'),
    V1_TRAINING.replace(
      'format: training # session de printemps\n',
      `format: training # session de printemps
duration: À compléter # agenda : 6 h 30
price: À compléter
access: À compléter
contact: À compléter
methods:
  - À compléter
`,
    ),
  );
  assert.equal(
    fixed(V1_TRAINING, 'en', 'duration'),
    V1_TRAINING.replace(
      'format: training # session de printemps\n',
      `format: training # session de printemps
duration: To be completed # agenda: 6 h 30
price: To be completed
access: To be completed
contact: To be completed
methods:
  - To be completed
`,
    ),
  );
});

test('only the fields not written: a written price and methods stay as they are', () => {
  const text = V1_TRAINING.replace('date: 2025-03-14\n', 'price: { amount: 450, currency: EUR, per: participant }\nmethods: [Étude de cas]\ndate: 2025-03-14\n');
  assert.equal(
    fixed(text, 'fr', 'access'),
    text.replace('format: training # session de printemps\n', 'format: training # session de printemps\nduration: À compléter # agenda : 6 h 30\naccess: À compléter\ncontact: À compléter\n'),
  );
});

test('an empty sheet: every field, in the order of the sheet, after format; no agenda, no comment on the duration', () => {
  const text = 'title: Formation\nformat: training\ndate: 2025-06-05\n';
  assert.equal(
    fixed(text, 'fr', 'objectives'),
    `title: Formation
format: training
objectives:
  - À compléter
prerequisites:
  - À compléter
audience: À compléter
evaluation:
  - À compléter
accessibility: À compléter
duration: À compléter
price: À compléter
access: À compléter
contact: À compléter
methods:
  - À compléter
date: 2025-06-05
`,
  );
});

test('nothing to add when every field is written (an empty one is not added twice)', () => {
  const full = V1_TRAINING.replace('date: 2025-03-14\n', 'duration: 6h30\nprice: Gratuit\naccess: Sur inscription\ncontact: cvrh@example.org\nmethods:\ndate: 2025-03-14\n');
  assert.equal(fixed(full, 'fr', 'methods'), undefined);
});

test('after the fix, the placeholders are written fields: training-fields asks for none of the v1 fields', () => {
  const text = 'title: Formation\nformat: training\ndate: 2025-06-05\n';
  const after = fixed(text, 'en', 'objectives')!;
  const codes = createLanguageService({ settings: { language: 'en' } }).check(URI, after).filter((d) => d.code === 'training-fields');
  assert.deepEqual(codes, []);
});
