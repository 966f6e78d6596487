/**
 * Property 5: the refactors "every time as 08:30" and "every time as 08h30" are idempotent
 * (applying one to its own result offers no further edit, or one that changes nothing) and
 * change no computed time: every slot keeps its start and end, every day its slots.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/core';
import { codeActions } from '../../../server/src/core/codeActions';
import { messagesFor } from '../../../server/src/core/messages';
import { anyDocument, editedDocument } from './arbitraries';
import { budget } from './budget';
import { comments } from './fixChecks';

const m = messagesFor('en');
const service = createLanguageService({ settings: { language: 'en' } });

/** The text after the refactor `title`, or the same text when it is not offered. */
function refactor(uri: string, text: string, title: string): string {
  const analysis = service.analyse(uri, text);
  const at = { line: 0, character: 0 };
  const action = codeActions({ start: at, end: at }, [], { uri, analysis, m, style: 'colon' }, ['refactor.rewrite']).find((a) => a.title === title);
  const edits = action?.edit?.changes?.[uri];
  return edits ? TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits) : text;
}

/** Computed times of every slot: `day.slot start–end`, plus the time diagnostics (what failed to resolve). */
function times(uri: string, text: string): string[] {
  const model = service.analyse(uri, text).model;
  if (model?.kind !== 'programme') return [];
  return model.slots.map((s) => `${s.dayIndex}.${s.index} ${s.start ?? '?'}–${s.end ?? '?'}`);
}

const timeCodes = (uri: string, text: string) =>
  service
    .check(uri, text)
    .filter((d) => d.code.startsWith('time-'))
    .map((d) => `${d.range.start.line}:${d.code}`);

function checkIdempotentAndSameTimes(uri: string, text: string): void {
  for (const title of [m.actions.allColon, m.actions.allH]) {
    const once = refactor(uri, text, title);
    const twice = refactor(uri, once, title);
    assert.equal(twice, once, `${title} twice differs from once:\n${text}`);
    assert.deepEqual(times(uri, once), times(uri, text), `${title} changed a computed time:\n${text}\n--- after:\n${once}`);
    assert.deepEqual(timeCodes(uri, once), timeCodes(uri, text), `${title} changed the time diagnostics:\n${text}\n--- after:\n${once}`);
    assert.deepEqual(comments(once), comments(text), `${title} lost a comment`);
    // The other style undoes nothing it should not: converting back and forth keeps the times.
    const back = refactor(uri, once, title === m.actions.allColon ? m.actions.allH : m.actions.allColon);
    assert.deepEqual(times(uri, back), times(uri, text));
  }
}

test('time-style refactors: twice equals once, computed times unchanged (generated documents)', () => {
  fc.assert(
    fc.property(anyDocument, (d) => checkIdempotentAndSameTimes(d.uri, d.text)),
    budget(150),
  );
});

test('time-style refactors: twice equals once, computed times unchanged (edited documents)', () => {
  fc.assert(
    fc.property(editedDocument, (d) => checkIdempotentAndSameTimes(d.uri, d.edited)),
    budget(150),
  );
});
