/** Quick fixes and refactors: the exact text after applying them, comments kept, problem gone. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type RuleCode } from '../../server/src/core';
import { codeActions } from '../../server/src/core/codeActions';
import { messagesFor } from '../../server/src/core/messages';

const URI = 'file:///ws/atelier.programme.yaml';

function actionsFor(text: string, code: RuleCode | undefined, at?: { line: number; character: number }) {
  const service = createLanguageService({ settings: { language: 'en' } });
  const all = service.check(URI, text);
  const diagnostics = all.filter((d) => d.code === code) as unknown as Diagnostic[];
  const range = at ? { start: at, end: at } : (diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  const analysis = service.analyse(URI, text);
  return codeActions(range, diagnostics, { uri: URI, analysis, m: messagesFor('en'), style: 'colon' }, code ? ['quickfix'] : undefined);
}

function apply(text: string, action: { edit?: { changes?: Record<string, { range: Diagnostic['range']; newText: string }[]> } }): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), action.edit!.changes![URI]!);
}

function codesOf(text: string): string[] {
  return createLanguageService({ settings: { language: 'en' } }).check(URI, text).map((d) => d.code);
}

const head = `title: Atelier territorial # DDTM 59
date: 2021-10-20
`;

test('schema typo: the key is renamed in place, the comment stays', () => {
  const text = `${head}agenda:
  - time: 08h30-09h00 # accueil café
    title: Accueil
    typ: welcome # à vérifier
`;
  const [fix] = actionsFor(text, 'schema');
  assert.equal(fix!.title, 'Replace `typ` with `type`');
  const after = apply(text, fix!);
  assert.equal(after, text.replace('    typ: welcome', '    type: welcome'));
  assert.deepEqual(codesOf(after), []);
});

test('bad enum: the French label becomes the identifier', () => {
  const text = `${head}format: formation\n`;
  const [fix] = actionsFor(text, 'schema');
  assert.equal(apply(text, fix!), `${head}format: training\n`);
});

test('unknown reference: replace by the suggestion, or create the person', () => {
  const text = `${head}people:
  - id: archi
    name: Claire Martin
agenda:
  - time: 08h30-09h00
    title: Accueil
    speakers: [archy]
`;
  const actions = actionsFor(text, 'ref-unknown');
  assert.deepEqual(actions.map((a) => a.title), ['Replace `archy` with `archi`', 'Create the person `archy`']);
  assert.equal(apply(text, actions[0]!), text.replace('[archy]', '[archi]'));
  assert.equal(apply(text, actions[1]!), text.replace('    name: Claire Martin\n', '    name: Claire Martin\n  - id: archy\n    name: To be completed\n'));
  assert.ok(!codesOf(apply(text, actions[1]!)).includes('ref-unknown'));
});

test('overlap: start the slot at the previous end, or shift it and the following ones', () => {
  const text = `${head}agenda:
  - time: 08h30-09h00
    title: Accueil
    type: welcome
  - time: 08h45-09h30 # après l'accueil
    title: Présentation
  - time: 09h30-09h45
    title: Tour de table
  - start: "10:00"
    duration: 1h
    title: Atelier
  - end: "11:30"
    title: Pause
    type: break
`;
  const actions = actionsFor(text, 'time-overlap');
  assert.deepEqual(actions.map((a) => a.title), ['Start this slot at 09:00', 'Shift this slot and the following ones by 15 min']);
  // The next slot is pushed as far as needed (the gap before 10:00 absorbs the rest).
  const one = apply(text, actions[0]!);
  assert.equal(one, text.replace('08h45-09h30', '09h00-09h45').replace('09h30-09h45', '09h45-10h00'));
  assert.deepEqual(codesOf(one), []);
  // Every following slot moves, the one with `end` alone too (it would end before it starts).
  const all = apply(text, actions[1]!);
  assert.equal(all, text.replace('08h45-09h30', '09h00-09h45').replace('09h30-09h45', '09h45-10h00').replace('"10:00"', '"10:15"').replace('"11:30"', '"11:45"'));
  assert.deepEqual(codesOf(all), ['time-gap']);
});

test('overlap: starting the slot later never makes it overlap the next one (regression)', () => {
  // Found by the quick-fix property: the one-slot shift used to leave 09:30 in place.
  const text = `${head}agenda:
  - time: 08h30-09h00
    title: Accueil
  - time: 08h45-09h30
    title: Présentation
  - start: "09:30"
    duration: 1h
    title: Atelier
`;
  const actions = actionsFor(text, 'time-overlap');
  // Pushing the next slot is the same edit as shifting everything: one action, not two.
  assert.deepEqual(actions.map((a) => a.title), ['Start this slot at 09:00']);
  const after = apply(text, actions[0]!);
  assert.equal(after, text.replace('08h45-09h30', '09h00-09h45').replace('"09:30"', '"09:45"'));
  assert.deepEqual(codesOf(after), []);
});

test('overlap: a following slot with `end` alone keeps its length when all move (regression)', () => {
  // Found by the quick-fix property: the shift skipped slots with `end` alone, so the slot
  // after them (`time-order`) ended before it started.
  const text = `${head}agenda:
  - time: 09h00-09h20
    title: Visite
  - start: 9:05
    end: 10h30
    title: Échanges
  - end: 13h05
    title: Accueil café
  - time: 13h40/14:50
    title: Déjeuner
    type: meal
  - end: 15h
    title: Retour d'expérience
`;
  const all = actionsFor(text, 'time-overlap').find((a) => a.title.startsWith('Shift this slot and the following'))!;
  const after = apply(text, all);
  assert.equal(after, text.replace('9:05', '09:20').replace('10h30', '10h45').replace('13h05', '13h20').replace('13h40/14:50', '13h55/15h05').replace('end: 15h\n', 'end: 15h15\n'));
  assert.deepEqual(codesOf(after).filter((c) => c.startsWith('time-') && c !== 'time-gap'), []);
});

test('per-group: a longer restitution pushes the slots after it (regression)', () => {
  // Found by the quick-fix property: resizing used to run into the next slot (overlap, or
  // `time-order` for a slot with `end` alone).
  const text = `${head}groups: [{ id: g1 }, { id: g2 }]
agenda:
  - start: 12h25
    duration: 120
    title: Restitution
    type: report-back
    groups: all
    per_group: 70
  - end: "14h45"
    title: Évaluation
  - time: 14h45 - 16h55
    title: Atelier
  - time: 17h30-18h00
    title: Clôture
`;
  const [fix] = actionsFor(text, 'per-group');
  const after = apply(text, fix!);
  assert.equal(after, text.replace('duration: 120', 'duration: 140').replace('"14h45"', '"15h05"').replace('14h45 - 16h55', '15h05 - 17h15'));
  assert.deepEqual(codesOf(after).filter((c) => c !== 'time-gap' && c !== 'no-break'), []);
});

test('gap: extend the previous slot, or insert a break', () => {
  const text = `${head}agenda:
  - time: 09h00-10h00
    title: Atelier
  - time: 10h15-11h00 # reprise
    title: Restitution
`;
  const actions = actionsFor(text, 'time-gap');
  assert.deepEqual(actions.map((a) => a.title), ['Extend the previous slot to 10:15', 'Insert a break from 10:00 to 10:15']);
  assert.equal(apply(text, actions[0]!), text.replace('09h00-10h00', '09h00-10h15'));
  assert.equal(apply(text, actions[1]!), text.replace('    title: Atelier\n', '    title: Atelier\n  - time: 10:00-10:15\n    title: Pause\n    type: break\n'));
  assert.deepEqual(codesOf(apply(text, actions[1]!)), []);
});

test('per-group: the restitution is resized to per_group × groups', () => {
  const text = `${head}groups: [{ id: g1 }, { id: g2 }, { id: g3 }]
agenda:
  - time: 16h00-16h30
    title: Restitution par groupe
    type: report-back
    groups: all
    per_group: 15min
`;
  const [fix] = actionsFor(text, 'per-group');
  assert.equal(fix!.title, 'Make the slot last 45 min (per group × groups)');
  const after = apply(text, fix!);
  assert.equal(after, text.replace('16h00-16h30', '16h00-16h45'));
  assert.deepEqual(codesOf(after), []);
});

test('training fields: a skeleton of every missing field after format', () => {
  const text = `title: Formation
format: training # catalogue 2025
audience: Agents des DDT
date: 2025-06-05
`;
  const [fix] = actionsFor(text, 'training-fields').filter((a) => a.title === 'Add the missing training fields');
  const after = apply(text, fix!);
  assert.equal(
    after,
    `title: Formation
format: training # catalogue 2025
objectives:
  - To be completed
prerequisites:
  - To be completed
evaluation:
  - To be completed
accessibility: To be completed
price: To be completed
access: To be completed
contact: To be completed
methods:
  - To be completed
audience: Agents des DDT
date: 2025-06-05
`,
  );
  // No agenda, no content time to declare: `duration` is left for the author (a placeholder text would be an error).
  assert.deepEqual(codesOf(after).filter((c) => c === 'training-fields'), ['training-fields']);
});

test('training fields: the skeleton declares the agenda’s content time as the duration', () => {
  const text = `title: Formation
format: training
objectives: [Comprendre le ZAN]
prerequisites: Aucun
audience: Agents des DDT
evaluation: Quiz
accessibility: Salle accessible
price: Gratuit
access: Sur inscription
contact: formation@example.org
methods: [Apports]
date: 2025-06-05
agenda:
  - time: 09h00-09h30
    title: Accueil
    type: welcome
  - time: 09h30-12h15
    title: Apports
    type: presentation
`;
  const [fix] = actionsFor(text, 'training-fields').filter((a) => a.title === 'Add the missing training fields');
  const after = apply(text, fix!);
  assert.equal(after, text.replace('format: training\n', 'format: training\nduration: 2h45 # to be checked: the agenda’s content time\n'));
  assert.deepEqual(codesOf(after), []);
});

test('refactor: start + duration back to a range keeps the comment between', () => {
  const text = `${head}agenda:
  - start: "08:30" # ouverture
    duration: 30min
    title: Accueil
`;
  const actions = actionsFor(text, undefined, { line: 4, character: 5 });
  const toRange = actions.find((a) => a.title === 'Write as a time range')!;
  assert.equal(apply(text, toRange), `${head}agenda:
  - time: 08:30-09:00 # ouverture
    title: Accueil
`);
});

test('refactor: every time in 08h30 style, twice is once', () => {
  const text = `${head}start: "08:30"
agenda:
  - time: 08:30 – 09:00
    title: Accueil
  - start: '9:00'
    end: 10h
    title: Atelier
`;
  const once = apply(text, actionsFor(text, undefined).find((a) => a.title === 'Write every time as 08h30')!);
  assert.equal(once, text.replace('"08:30"', '"08h30"').replace('08:30 – 09:00', '08h30 – 09h00').replace("'9:00'", "'09h00'").replace('10h\n', '10h00\n'));
  const again = actionsFor(once, undefined).find((a) => a.title === 'Write every time as 08h30');
  assert.equal(again, undefined, 'nothing left to convert');
});
