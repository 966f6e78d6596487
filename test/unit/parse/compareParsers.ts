/**
 * The fast parser against yaml's: the same tree (node kinds, the three offsets of every
 * range, scalar types, values and sources, flow style) and the same data, or it gave up;
 * and it must give up on every text in which yaml finds an error.
 */
import assert from 'node:assert/strict';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fastParse } from '../../../server/src/core/parse/fast/fastParse';
import { YAML_OPTIONS } from '../../../server/src/core/parse/parseDocument';


export function describe(node: unknown, path = '$'): string[] {
  const n = node as Node | null;
  if (n === null || n === undefined) return [`${path} null`];
  const head = `${path} ${n.constructor.name} ${JSON.stringify(n.range)}${'flow' in n && n.flow ? ' flow' : ''}`;
  // The order of the value's own keys too, as yaml's composer adds them (one object layout
  // for both parsers); comments are not compared (the fast parser keeps only a scalar's own),
  // nor `range`, compared above (the fast parser's nodes read it from their tape).
  const keys = Object.keys(n).filter((k) => !/^(comment|commentBefore|spaceBefore|range)$/.test(k));
  if (isScalar(n)) return [`${head} ${n.type} ${typeof n.value}:${JSON.stringify(n.value)} ${JSON.stringify(n.source)} ${keys.join(',')}`];
  if (isMap(n)) return [head, ...n.items.flatMap((p, i) => (isPair(p) ? [...describe(p.key, `${path}.k${i}`), ...describe(p.value, `${path}.v${i}`)] : [`${path}.${i} ?`]))];
  if (isSeq(n)) return [head, ...n.items.flatMap((it, i) => describe(it, `${path}[${i}]`))];
  return [`${head} ?`];
}

/** undefined when the fast path gave up (allowed), else the first difference. */
export function compare(text: string): { bailed: boolean; diff?: string } {
  const parsed = fastParse(text);
  if (!parsed) return { bailed: true };
  const fast = parsed.doc;
  const full = parseDocument(text, YAML_OPTIONS);
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

