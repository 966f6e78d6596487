/**
 * What the server reuses between versions must never show: a long-lived service that sees
 * a workspace edited step by step (cached analyses, each programme's cached diagnostics, a
 * sibling changing while a file stays the same) gives, after every edit, exactly the
 * diagnostics of a fresh service checking the final texts from scratch; and the fast
 * parser agrees with yaml's (or gives up) on every generated document and every edit of it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService, type SourceText } from '../../../server/src/core';
import { memoryFiles } from '../../helpers';
import { compare } from '../parse/compareParsers';
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
