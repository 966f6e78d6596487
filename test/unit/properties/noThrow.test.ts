/**
 * Property 1: the core never throws, on any generated document or any edit of it: check,
 * analyse and every feature (completion, hover, references and code actions at random
 * positions, symbols, folding, inlay hints, links, the render model and the exports).
 * Property 3 rides along: every range any of them returns lies inside the text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { anyDocument, editedDocument } from './arbitraries';
import { budget } from './budget';
import { insideText, probePositions, runEveryFeature } from './features';

const picks = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 });
const language = fc.constantFrom('fr' as const, 'en' as const);

function everyRangeInside(text: string, ranges: ReturnType<typeof runEveryFeature>['ranges']): void {
  const outside = ranges.filter((r) => !insideText(text, r.range));
  assert.deepEqual(outside, [], `ranges outside the text:\n${text}`);
}

test('no feature throws on a generated document, and every range is inside it', () => {
  fc.assert(
    fc.property(anyDocument, picks, language, (d, p, lang) => {
      const run = runEveryFeature(d.uri, d.text, d.files, probePositions(d.text, p), lang);
      everyRangeInside(d.text, run.ranges);
    }),
    budget(200),
  );
});

test('no feature throws on an edited document (any text, valid YAML or not), and every range is inside it', () => {
  fc.assert(
    fc.property(editedDocument, picks, language, (d, p, lang) => {
      const run = runEveryFeature(d.uri, d.edited, d.files, probePositions(d.edited, p), lang);
      everyRangeInside(d.edited, run.ranges);
    }),
    budget(300),
  );
});
