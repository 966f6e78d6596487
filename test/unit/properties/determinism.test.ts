/**
 * Property 2: diagnostics are deterministic. The same text checked twice by one service
 * (the second time from its cache, or after another text went through it) and by a fresh
 * service gives deep-equal diagnostics: codes, severities, ranges, messages and data.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService } from '../../../server/src/core';
import { memoryFiles } from '../../helpers';
import { anyDocument, editedDocument } from './arbitraries';
import { budget } from './budget';

const service = (files: Record<string, string>) => createLanguageService({ files: memoryFiles(files), settings: { language: 'fr' } });

test('the same text gives the same diagnostics: twice, after another text, and in a fresh service', () => {
  fc.assert(
    fc.property(editedDocument, ({ uri, text, edited, files }) => {
      const s = service(files);
      const first = s.check(uri, edited);
      assert.deepEqual(s.check(uri, edited), first);
      // The same URI with another text in between: nothing of the other text stays.
      s.check(uri, text);
      assert.deepEqual(s.check(uri, edited), first);
      assert.deepEqual(service(files).check(uri, edited), first);
      // A structured clone, so no shared object hides a difference.
      assert.deepEqual(JSON.parse(JSON.stringify(service(files).check(uri, edited))), JSON.parse(JSON.stringify(first)));
    }),
    budget(150),
  );
});

test('checking a set gives each document the diagnostics it has alone (single-file rules)', () => {
  fc.assert(
    fc.property(anyDocument, ({ uri, text, files }) => {
      const alone = service(files).check(uri, text);
      const inSet = service(files).checkSet([{ uri, text }]).get(uri);
      assert.deepEqual(inSet, alone);
    }),
    budget(100),
  );
});
