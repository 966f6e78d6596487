/**
 * Ids with odd characters in every namespace and every reference: names of Object's own
 * members (`__proto__`, `constructor`…), spaces, accents, emoji, uppercase, a very long id,
 * numbers, YAML booleans and null. Maps built from ids must not be polluted or crash, valid
 * ids must work like any other, invalid ones must be reported as `schema` only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type DerouleDiagnostic } from '../../../server/src/core';
import { codeActions } from '../../../server/src/core/codeActions';
import { complete } from '../../../server/src/core/features/completion';
import { hover } from '../../../server/src/core/features/hover';
import { idAt, occurrences, renameEdits, type Namespace } from '../../../server/src/core/features/references';
import { messagesFor } from '../../../server/src/core/messages';
import { toLspDiagnosticIn } from '../../../server/src/lsp/diagnostics';
import { shippedDocsUri } from '../../../server/src/node/shippedDocs';
import { rangeOf } from '../../helpers';
import { exerciseEveryFeature } from './everyFeature';

/** Valid ids (`^[a-z0-9][a-z0-9_-]*$`) whose names are also Object members or YAML words. */
const VALID = ['constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'definegetter__', 'yes', 'no', 'on', 'off', 'y', 'n', 'x'.repeat(3000), 'g1'];
/** Valid for the pattern, but YAML reads them as something else unless quoted. */
const NOT_STRINGS_PLAIN = ['42', '007', '3', 'true', 'false', 'null', '1e3', '0x1f'];
const INVALID = ['__proto__', 'toString', 'hasOwnProperty', 'avec espace', 'éléonore', '🎉', '𝔘nicode', 'Majuscule', '-tiret', 'a.b', 'X'.repeat(3000)];

const quoted = (id: string) => JSON.stringify(id);

function programme(id: string, write: (id: string) => string = quoted): string {
  const x = write(id);
  return `title: Atelier
date: 2021-10-20
people:
  - id: ${x}
    name: Claire Martin
groups:
  - id: ${x}
    lead: ${x}
deliverables:
  - id: ${x}
    title: Synthèse
    owner: ${x}
    due: ${x}
agenda:
  - id: ${x}
    time: 08h30-09h00
    title: Accueil
    type: welcome
    speakers: [${x}]
    groups: [${x}]
    produces: [${x}]
  - time: 09h00-10h00
    title: Ateliers
    type: group-work
    tracks:
      - title: Piste A
        groups: [${x}]
        lead: ${x}
`;
}

function mission(id: string, write: (id: string) => string = quoted): string {
  const x = write(id);
  return `title: Mission
period: { start: 2023-01, end: 2023-12 }
governance:
  - id: ${x}
    name: Comité de pilotage
phases:
  - id: ${x}
    title: Diagnostic
    start: 2023-01
    end: 2023-03
    deliverables: [${x}]
    governance: [${x}]
deliverables:
  - id: ${x}
    title: Rapport
    due: 2023-03
`;
}

const P = 'file:///ws/ids.programme.yaml';
const M = 'file:///ws/ids.mission.yaml';
const summary = (ds: DerouleDiagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.code}`);

test('the plain g1 programme and mission are clean: the baseline the odd ids are compared with', () => {
  const s = createLanguageService({ settings: { language: 'en' } });
  assert.deepEqual(summary(s.check(P, programme('g1'))), []);
  assert.deepEqual(summary(s.check(M, mission('g1'))), []);
});

test('valid ids named like Object members or YAML words behave like g1, quoted or not', async () => {
  for (const id of VALID) {
    for (const write of [quoted, (x: string) => x]) {
      const s = createLanguageService({ settings: { language: 'en' } });
      const text = programme(id, write);
      assert.deepEqual(summary(s.check(P, text)), [], `${id}`);
      assert.deepEqual(summary(s.check(M, mission(id, write))), [], `${id} (mission)`);
      await exerciseEveryFeature(s, P, text, { positions: [] });
      await exerciseEveryFeature(s, M, mission(id, write), { positions: [] });
    }
  }
});

test('references, definition and hover find every use of an odd valid id, in each namespace', () => {
  for (const id of VALID) {
    const s = createLanguageService({ settings: { language: 'en' } });
    const text = programme(id, (x) => x);
    const a = s.analyse(P, text);
    const counts = (['person', 'group', 'deliverable', 'slot'] as Namespace[]).map((ns) => occurrences(a, id, ns).length);
    // person: its id, a group lead, the owner, the speakers, the track lead; group: id, slot, track.
    assert.deepEqual(counts, [5, 3, 2, 2], id);
    const speaker = rangeOf(text, `speakers: [${id}]`).start;
    const at = { line: speaker.line, character: speaker.character + 'speakers: ['.length };
    assert.equal(idAt(a, at)?.entity?.id, id);
    assert.match(JSON.stringify(hover(a, at, { language: 'en', style: 'colon', linkedProgramme: () => undefined })?.contents), /Claire Martin/, id);
    const m = s.analyse(M, mission(id, (x) => x));
    assert.deepEqual((['governance', 'phase', 'deliverable'] as Namespace[]).map((ns) => occurrences(m, id, ns).length), [2, 1, 2], id);
  }
});

test('completion offers odd valid ids in references, with the person’s name', () => {
  for (const id of VALID) {
    const s = createLanguageService({ settings: { language: 'en' } });
    const text = programme(id, (x) => x).replace(`speakers: [${id}]`, 'speakers: []');
    const a = s.analyse(P, text);
    const p = rangeOf(text, 'speakers: [').end;
    const items = complete(a, p, { language: 'en', style: 'colon' });
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [[id, 'Claire Martin']], id);
  }
});

test('invalid ids (Object members, spaces, accents, emoji, uppercase, very long): schema errors only, every feature survives', async () => {
  for (const id of INVALID) {
    const s = createLanguageService({ settings: { language: 'en' } });
    for (const [uri, text] of [
      [P, programme(id)],
      [M, mission(id)],
    ] as const) {
      const { diagnostics } = await exerciseEveryFeature(s, uri, text, { positions: [] });
      assert.ok(diagnostics.length > 0, `${id}: no diagnostic`);
      assert.deepEqual([...new Set(diagnostics.map((d) => d.code))], ['schema'], `${id}: ${diagnostics.map((d) => d.message).join(' | ')}`);
    }
  }
  assert.deepEqual(Object.keys(Object.prototype), []);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('numbers, booleans and null where an id is expected: schema errors only; quoted, they are ids', async () => {
  for (const id of NOT_STRINGS_PLAIN) {
    const s = createLanguageService({ settings: { language: 'en' } });
    const plain = await exerciseEveryFeature(s, P, programme(id, (x) => x), { positions: [] });
    assert.ok(plain.diagnostics.length > 0 && plain.diagnostics.every((d) => d.code === 'schema'), `${id}: ${summary(plain.diagnostics)}`);
    const m = await exerciseEveryFeature(s, M, mission(id, (x) => x), { positions: [] });
    assert.ok(m.diagnostics.every((d) => d.code === 'schema'), `${id}: ${summary(m.diagnostics)}`);
    assert.deepEqual(summary(s.check(P, programme(id))), [], `"${id}" quoted`);
  }
});

test('an unknown odd reference gets ref-unknown, and the quick fixes give a text where the id is still a string', () => {
  for (const id of [...VALID, ...NOT_STRINGS_PLAIN]) {
    const s = createLanguageService({ settings: { language: 'en' } });
    const text = programme('g1').replace('speakers: ["g1"]', `speakers: ["g1", ${quoted(id)}]`).replace('groups: ["g1"]\n    produces', `groups: ["g1", ${quoted(id)}]\n    produces`);
    if (id === 'g1') continue;
    const diagnostics = s.check(P, text);
    assert.deepEqual(summary(diagnostics), ['18:ref-unknown', '19:ref-unknown'], id);
    const ctx = { uri: P, analysis: s.analyse(P, text), m: messagesFor('en'), style: 'colon' as const };
    for (const d of diagnostics.map(toLspDiagnosticIn('en', shippedDocsUri()))) {
      const create = codeActions(d.range, [d], ctx, ['quickfix']).find((a) => a.title.startsWith('Create'));
      assert.ok(create, `${id}: no create fix`);
      const after = TextDocument.applyEdits(TextDocument.create(P, 'yaml', 1, text), create.edit!.changes![P]!);
      // The created id is the referenced string: that reference resolves, only the other one is left.
      assert.deepEqual(s.check(P, after).map((x) => x.code), ['ref-unknown'], `${id}: ${create.title}\n${after}`);
    }
  }
});

test('renaming to an id YAML would read as a number or boolean quotes it; quoted occurrences keep their quotes', () => {
  const s = createLanguageService({ settings: { language: 'en' } });
  const text = programme('g1', (x) => x).replace('speakers: [g1]', `speakers: ['g1']`).replace('lead: g1\ndeliverables', 'lead: "g1"\ndeliverables');
  const a = s.analyse(P, text);
  for (const [newName, plain] of [
    ['42', '"42"'],
    ['true', '"true"'],
    ['007', '"007"'],
    ['claire', 'claire'],
  ]) {
    const edits = renameEdits(a, 'g1', 'person', newName!);
    assert.equal(edits.length, 5);
    const after = TextDocument.applyEdits(TextDocument.create(P, 'yaml', 1, text), edits);
    assert.match(after, new RegExp(`people:\\n  - id: ${plain}\\n`));
    assert.match(after, new RegExp(`speakers: \\['${newName}'\\]`));
    assert.match(after, new RegExp(`lead: "${newName}"\\ndeliverables`));
    // Only the person was renamed: the group g1 still has its id, and everything resolves.
    assert.deepEqual(summary(s.check(P, after)), [], `${newName}\n${after}`);
  }
});

test('completion inserts an id that looks like a number quoted, so it stays the id', () => {
  const s = createLanguageService({ settings: { language: 'en' } });
  const text = programme('42').replace('speakers: ["42"]', 'speakers: []');
  const items = complete(s.analyse(P, text), rangeOf(text, 'speakers: [').end, { language: 'en', style: 'colon' });
  assert.deepEqual(items.map((i) => [i.label, i.insertText]), [['42', '"42"']]);
  const plain = complete(s.analyse(P, programme('g1').replace('speakers: ["g1"]', 'speakers: []')), rangeOf(text, 'speakers: [').end, { language: 'en', style: 'colon' });
  assert.deepEqual(plain.map((i) => [i.label, i.insertText]), [['g1', undefined]]);
});

/** Keys named like Object members: once crashed the checker (the French-key table answered `constructor`). */
const ODD_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];

test('keys named like Object members, everywhere: one schema unknown-key each, every feature survives', async () => {
  for (const key of ODD_KEYS) {
    const texts: [string, string, string][] = [
      [P, `title: Atelier\ndate: 2021-10-20\n${key}: x\nagenda:\n  - time: 08h30-09h00\n    title: Accueil\n    type: welcome\n`, 'programme'],
      [P, `title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 08h30-09h00\n    title: Accueil\n    type: welcome\n    ${key}: [a, b]\n`, 'slot'],
      [P, `title: Atelier\ndate: 2021-10-20\npeople:\n  - id: claire\n    ${key}: x\nagenda:\n  - time: 08h30-09h00\n    title: Accueil\n    type: welcome\n    speakers: [claire]\n`, 'person'],
      [M, `title: Mission\nperiod: { start: 2023-01, end: 2023-12 }\n${key}:\n  - x\n`, 'mission'],
      [M, `title: Mission\nperiod: { start: 2023-01, end: 2023-12 }\nphases:\n  - id: p1\n    title: Diagnostic\n    start: 2023-01\n    end: 2023-03\n    ${key}: {a: 1}\n`, 'phase'],
    ];
    for (const [uri, text, noun] of texts) {
      const s = createLanguageService({ settings: { language: 'en' } });
      const { diagnostics } = await exerciseEveryFeature(s, uri, text);
      assert.equal(diagnostics.length, 1, `${key} in a ${noun}: ${diagnostics.map((d) => d.message).join(' | ')}`);
      const [d] = diagnostics;
      assert.equal(d!.code, 'schema');
      assert.deepEqual(d!.range, rangeOf(text, key));
      assert.match(d!.message, new RegExp(`^\`${key}\` is not a ${noun} key`));
    }
    // Typing a list item or a flow list under such a key: completion answers, no crash.
    for (const text of [`title: A\ndate: 2021-10-20\n${key}:\n  - `, `title: A\ndate: 2021-10-20\nagenda:\n  - title: B\n    ${key}: [`]) {
      const a = createLanguageService().analyse(P, text);
      const lines = text.split('\n');
      assert.doesNotThrow(() => complete(a, { line: lines.length - 1, character: lines.at(-1)!.length }, { language: 'en', style: 'colon' }), key);
    }
  }
  assert.deepEqual(Object.keys(Object.prototype), []);
});
