/**
 * What the server reuses between versions must never show: a long-lived service that sees
 * a workspace edited step by step (cached analyses, each programme's cached diagnostics, a
 * sibling changing while a file stays the same) gives, after every edit, exactly the
 * diagnostics of a fresh service checking the final texts from scratch; and the fast
 * parser agrees with yaml's (or gives up) on every generated document and every edit of it.
 * Typing inside values (the incremental path, parse/fast/incremental.ts) gives, keystroke after
 * keystroke, the document and the diagnostics of a full check; the scanner gives the
 * Lexer's tokens.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService, type SourceText } from '../../../server/src/core';
import { reparseEdit } from '../../../server/src/core/parse';
import { lexTokens as referenceTokens } from '../../../server/src/core/parse/fast/lexTokens';
import { DEFAULT_MAX_TEXT_LENGTH, parseDocument, type ParsedDocument } from '../../../server/src/core/parse/parseDocument';
import { scan } from '../../../server/src/core/parse/fast/scan';
import { memoryFiles } from '../../helpers';
import { compare, describe } from '../parse/compareParsers';
import { valueScalars } from '../parse/valueScalars';
import { anyDocument, applyEdit, editedDocument, editOf, faultyProgramme, validProgramme } from './arbitraries';
import { budget } from './budget';

const SIBLING = 'file:///ws/seminaire.programme.yaml';

test('the fast parser builds yaml’s tree, or gives up, on generated documents and their edits', () => {
  fc.assert(
    fc.property(editedDocument, ({ text, edited }) => {
      for (const t of [text, edited]) {
        const r = compare(t);
        assert.equal(r.diff, undefined, r.diff);
      }
    }),
    budget(200),
  );
});

test('successive edits in a long-lived service give the diagnostics of a fresh check', () => {
  const workspace = fc.tuple(anyDocument, fc.oneof(validProgramme, faultyProgramme));
  fc.assert(
    fc.property(workspace, fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 6 }), ([doc, other], steps) => {
      const files = { ...doc.files, [SIBLING]: other.text };
      const live = createLanguageService({ files: memoryFiles(files), settings: { language: 'fr' } });
      const texts = new Map<string, string>([
        [doc.uri, doc.text],
        [SIBLING, other.text],
      ]);
      const sources = (): SourceText[] => [...texts].map(([uri, text]) => ({ uri, text }));
      live.checkSet(sources());
      for (const [editSibling, pick] of steps) {
        const uri = editSibling ? SIBLING : doc.uri;
        const current = texts.get(uri)!;
        // One edit of the kinds the generators make, chosen deterministically by `pick`.
        const edit = fc.sample(editOf(current), { numRuns: 1, seed: pick })[0]!;
        texts.set(uri, applyEdit(current, edit));
        const fresh = createLanguageService({ files: memoryFiles(files), settings: { language: 'fr' } });
        assert.deepEqual(live.checkSet(sources()), fresh.checkSet(sources()));
      }
    }),
    budget(50),
  );
});

test('a settings change is seen by every cached document at once', () => {
  fc.assert(
    fc.property(fc.oneof(validProgramme, faultyProgramme), (p) => {
      const live = createLanguageService({ settings: { language: 'fr' } });
      live.checkSet([{ uri: SIBLING, text: p.text }]);
      live.updateSettings({ language: 'en', rules: { 'time-gap': 'off', 'no-break': 'error' } });
      const fresh = createLanguageService({ settings: { language: 'en', rules: { 'time-gap': 'off', 'no-break': 'error' } } });
      assert.deepEqual(live.checkSet([{ uri: SIBLING, text: p.text }]), fresh.checkSet([{ uri: SIBLING, text: p.text }]));
    }),
    budget(50),
  );
});

/** Offsets inside value scalars (where typing takes the incremental path). */
const valueOffsets = (doc: ParsedDocument): number[] => valueScalars(doc).flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, i) => start + i));

const TYPED = ['x', 'é', '9', ' ', ':', '#', 'h', '-', '"', "'", ',', '[', '😀', '\n', ''];

test('typing inside values: after every keystroke, the document and the diagnostics of a full check', () => {
  fc.assert(
    fc.property(anyDocument, fc.array(fc.tuple(fc.nat(), fc.nat(TYPED.length - 1)), { minLength: 1, maxLength: 12 }), (doc, keys) => {
      const live = createLanguageService({ files: memoryFiles(doc.files), settings: { language: 'fr' } });
      let text = doc.text;
      live.check(doc.uri, text);
      let parsed = parseDocument(doc.uri, text);
      for (const [pick, key] of keys) {
        const offsets = valueOffsets(parsed);
        if (offsets.length === 0) return;
        const at = offsets[pick % offsets.length]!;
        // '' deletes the character before the offset; anything else is typed there.
        const typed = TYPED[key]!;
        const next = typed === '' ? (at > 0 ? text.slice(0, at - 1) + text.slice(at) : text) : text.slice(0, at) + typed + text.slice(at);
        const incremental = reparseEdit(parsed, next, DEFAULT_MAX_TEXT_LENGTH);
        const full = parseDocument(doc.uri, next);
        if (incremental) {
          assert.deepEqual(describe(incremental.tree()?.contents), describe(full.tree()?.contents));
          assert.deepEqual(incremental.data, full.data);
          assert.deepEqual(incremental.lines.positionAt(next.length), full.lines.positionAt(next.length));
        }
        parsed = incremental ?? full;
        text = next;
        const fresh = createLanguageService({ files: memoryFiles(doc.files), settings: { language: 'fr' } });
        assert.deepEqual(live.check(doc.uri, text), fresh.check(doc.uri, text));
      }
    }),
    budget(100),
  );
});

test('the scanner gives the Lexer’s tokens, or gives up, on generated documents and their edits', () => {
  fc.assert(
    fc.property(editedDocument, ({ text, edited }) => {
      for (const t of [text, edited]) {
        const mine = scan(t);
        if (!mine) continue;
        const reference = referenceTokens(t);
        assert.ok(reference, 'the scanner accepted a text the Lexer-based tokenizer gives up on');
        assert.equal(mine.length, reference.length);
        for (let i = 0; i < mine.length; i++) {
          assert.deepEqual([mine.k[i], mine.o[i], mine.n[i], mine.ind[i]], [reference.k[i], reference.o[i], reference.n[i], reference.ind[i]], `token ${i}`);
        }
      }
    }),
    budget(300),
  );
});
