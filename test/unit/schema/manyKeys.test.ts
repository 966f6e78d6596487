/**
 * A slot with tens of thousands of unknown keys (issue 13, item 4): each gets its `schema`
 * diagnostic on the key, and finding those ranges is linear overall (an index of the map's
 * keys, built once, serves every lookup), counted rather than timed. Both trees are covered:
 * the fast parser's tape (what a check reads) and `yaml`'s nodes (what quick fixes read).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { keyRangeAt } from '../../../server/src/core/parse/nodes';
import { lookupWork } from '../../../server/src/core/parse/fast/treeView';

const URI = 'file:///ws/cles.programme.yaml';

/** A one-slot programme whose slot has `n` keys the schema does not know (`k0: 1` …). */
function manyKeys(n: number): string {
  const keys = Array.from({ length: n }, (_, i) => `    k${i}: 1`).join('\n');
  return `title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 09h00-10h00\n    title: Accueil\n    type: welcome\n${keys}\n`;
}

/** The slot's keys start on line 6 (0-based), four spaces in. */
const keyRange = (i: number) => ({ start: { line: 6 + i, character: 4 }, end: { line: 6 + i, character: 5 + String(i).length } });

function check(n: number) {
  const service = createLanguageService({ settings: { language: 'en' } });
  const text = manyKeys(n);
  const before = lookupWork.steps;
  const diagnostics = service.check(URI, text);
  return { service, text, diagnostics, steps: lookupWork.steps - before };
}

describe('schema — a slot with many unknown keys', () => {
  for (const n of [40_000, 200_000]) {
    test(`${n.toLocaleString('en')} unknown keys: one error each, on the key`, { timeout: 300_000 }, () => {
      const { diagnostics } = check(n);
      assert.equal(diagnostics.length, n);
      assert.ok(diagnostics.every((d) => d.code === 'schema' && d.severity === 'error'));
      assert.deepEqual(diagnostics[0]!.range, keyRange(0));
      assert.equal(diagnostics[0]!.message, '`k0` is not a slot key.');
      assert.deepEqual(diagnostics[n - 1]!.range, keyRange(n - 1));
      assert.equal(diagnostics[n - 1]!.message, `\`k${n - 1}\` is not a slot key.`);
    });
  }

  test('finding the ranges is linear: 4 times the keys, less than 5 times the key comparisons', { timeout: 300_000 }, () => {
    const small = check(10_000).steps;
    const large = check(40_000).steps;
    // A scan of the slot's keys for each key would be 16 times.
    assert.ok(large < 5 * small, `${large} steps for 40,000 keys, ${small} for 10,000`);
    assert.ok(large < 10 * 40_000, `${large} steps for 40,000 keys`);
  });

  test('over yaml’s tree too (built for quick fixes): every key found, in linear work', { timeout: 300_000 }, () => {
    const n = 40_000;
    const { service, text } = check(n);
    const { doc } = service.analyse(URI, text);
    assert.ok(doc.tree()); // builds yaml's nodes: lookups now read them
    const before = lookupWork.steps;
    for (const i of [0, 1, n / 2, n - 1]) assert.deepEqual(keyRangeAt(doc, ['agenda', 0], `k${i}`), keyRange(i));
    for (let i = 0; i < n; i++) keyRangeAt(doc, ['agenda', 0], `k${i}`);
    assert.ok(lookupWork.steps - before < 10 * n, `${lookupWork.steps - before} steps for ${n} lookups`);
  });
});
