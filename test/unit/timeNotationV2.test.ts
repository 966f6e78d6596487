/**
 * FORMAT.md 7.1 through the whole checker: a programme written with `9 h 30`, `de 10h à
 * 12h` or `De 9 h 30 a 10 h` is clean (the schema's patterns accept it), its slots get the
 * right times (hover, inlay hints), the notation refactor keeps the `de` and the ` à `, and
 * a malformed v2 range is one `time-format`, never also `schema`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/core';
import { codeActions } from '../../server/src/core/codeActions';
import { hover } from '../../server/src/core/features/hover';
import { inlayHints } from '../../server/src/core/features/inlayHints';
import { messagesFor } from '../../server/src/core/messages';
import { diagnose, expectClean, expectOne } from '../helpers';
import { rangeIn } from './rules/helpers';

const URI = 'file:///ws/atelier.programme.yaml';

const ATELIER = `title: Atelier flash — session sur site
organiser: DDT de l'Yonne
date: 2023-02-14
agenda:
  - time: De 9 h 30 à 10 h
    title: Accueil en mairie
    type: welcome
  - time: de 10h a 12h
    title: Visite du bourg
    type: site-visit
  - start: 12 h
    end: 14 h
    title: Déjeuner
    type: meal
  - time: 14 h - 16 h 45
    title: Travail en ateliers
    type: workshop
`;

test('a programme written with spaces around h and « de … à … » ranges is clean', () => {
  expectClean(ATELIER, { uri: URI });
});

test('the slots get the times written: hover and inlay hints print them', () => {
  const service = createLanguageService({ settings: { language: 'fr', timeStyle: 'h' } });
  const analysis = service.analyse(URI, ATELIER);
  assert.equal(analysis.model?.kind, 'programme');
  const slots = analysis.model!.kind === 'programme' ? analysis.model!.slots : [];
  assert.deepEqual(
    slots.map((s) => [s.start, s.end]),
    [
      [570, 600],
      [600, 720],
      [720, 840],
      [840, 1005],
    ],
  );
  const h = hover(analysis, { line: 4, character: 12 }, { language: 'fr', style: 'h', linkedProgramme: () => undefined });
  assert.match(JSON.stringify(h?.contents), /09h30 – 10h00 \(30 min\)/);
  const hints = inlayHints(analysis, { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, 'fr', 'h');
  assert.deepEqual(
    hints.map((x) => x.label),
    [' 30 min', ' 2 h', ' 2 h', ' 2 h 45', ' 4 h 45 de contenu, 2 h 30 de pauses'],
  );
});

function refactor(text: string, title: string): string {
  const service = createLanguageService({ settings: { language: 'en' } });
  const analysis = service.analyse(URI, text);
  const at = { line: 0, character: 0 };
  const action = codeActions({ start: at, end: at }, [] as Diagnostic[], { uri: URI, analysis, m: messagesFor('en'), style: 'colon' }).find((a) => a.title === title);
  assert.ok(action, `no action ${title}`);
  return TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), action.edit!.changes![URI]!);
}

test('every time as 08:30 keeps the « de » and the separator of each range', () => {
  const after = refactor(ATELIER, 'Write every time as 08:30');
  assert.equal(
    after,
    ATELIER.replace('De 9 h 30 à 10 h', 'De 09:30 à 10:00')
      .replace('de 10h a 12h', 'de 10:00 a 12:00')
      .replace('start: 12 h\n', 'start: 12:00\n')
      .replace('end: 14 h\n', 'end: 14:00\n')
      .replace('14 h - 16 h 45', '14:00 - 16:45'),
  );
  expectClean(after, { uri: URI });
});

test('every time as 08h30 rewrites `9 h 30` without its spaces', () => {
  const after = refactor(ATELIER, 'Write every time as 08h30');
  assert.match(after, /time: De 09h30 à 10h00\n/);
  assert.match(after, /start: 12h00\n/);
  assert.match(after, /time: 14h00 - 16h45\n/);
});

test('a malformed « de … à … » range is one time-format on the value, in English and French', () => {
  const text = ATELIER.replace('de 10h a 12h', 'de 10h à 12h75');
  const diagnostics = diagnose(text, { uri: URI });
  const d = expectOne(diagnostics, 'time-format', 'error', rangeIn(text, '  - time: de 10h à 12h75', 'de 10h à 12h75'));
  assert.equal(d.message, '`de 10h à 12h75` is not a valid time range: write `08h30-09h00` or `9h à 10h30`.');
  assert.deepEqual(
    diagnostics.map((x) => x.code),
    ['time-format'],
    'no schema diagnostic, and the slots after it are not blamed',
  );
  const fr = expectOne(diagnose(text, { uri: URI, settings: { language: 'fr' } }), 'time-format', 'error', rangeIn(text, '  - time: de 10h à 12h75', 'de 10h à 12h75'));
  assert.match(fr.message, /^`de 10h à 12h75` /);
});
