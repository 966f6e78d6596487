/**
 * The values of one-line scalars as the fast parser builds them: the text of a plain or
 * simply quoted scalar, and a plain scalar's value under the YAML 1.2 core schema (null,
 * boolean, number or string), with a quick test that skips the schema's patterns for the
 * values programmes are full of (titles, names, ids, times).
 */
import { Document, Scalar } from 'yaml';

const TAGS = new Document(null, { version: '1.2' }).schema.tags.filter((t) => t.default === true && t.test && !t.collection);

/** The key a map key's value is in the data, as `yaml`'s toJS makes it (null: the empty string). */
export const dataKey = (value: unknown): string => (value === null ? '' : String(value));

/** A plain scalar the fast path leaves to yaml. */
export const BAIL = '\0bail';

/**
 * The text of a one-line scalar that needs no escape or folding (BAIL: a plain scalar the
 * fast path leaves to yaml; undefined: a quoted one with escapes, for yaml's resolver).
 */
export function oneLineValue(source: string, plain: boolean): string | undefined {
  if (plain) {
    const c = source.charCodeAt(0); // tab , % | > @ `: left to yaml
    return c === 0x09 || c === 0x2c || c === 0x25 || c === 0x7c || c === 0x3e || c === 0x40 || c === 0x60 ? BAIL : source;
  }
  if (source.length < 2 || source[source.length - 1] !== source[0]) return undefined;
  const inner = source.slice(1, -1);
  if (source[0] === "'") return inner.includes("'") ? undefined : inner;
  return inner.includes('\\') || inner.includes('"') ? undefined : inner;
}

/**
 * For the incremental path (parse/fast/incremental.ts): the value a one-line scalar token's
 * new source has, exactly as the fast parser would build it, or undefined when the fast
 * parser would not take the simple path for it.
 */
export function simpleScalar(source: string, plain: boolean): { value: unknown; source: string } | undefined {
  const text = oneLineValue(source, plain);
  if (text === undefined || text === BAIL) return undefined;
  let failed = false;
  const value = plain ? resolvePlain(text, () => (failed = true)) : text;
  return failed ? undefined : { value, source: text };
}

/**
 * Whether a plain scalar may be a null, boolean or number of the YAML 1.2 core schema (the
 * tags' patterns; a unit test checks every pattern against this): empty or `~`; a word of
 * at most five letters starting with N, T or F (`null`, `true`, `FALSE`…); or a string that
 * starts with a digit, `+`, `-` or `.` and has only characters a number can have (digits,
 * `+ - .`, hex letters, `x o e`, and `i n` for `.inf` and `.nan`). Most values — titles,
 * names, ids, times like `09:00-10:00` — are none of these, and skip the eight patterns.
 */
export function mayBeTagged(value: string): boolean {
  const n = value.length;
  if (n === 0) return true;
  const c = value.charCodeAt(0);
  if (c === 0x7e) return n === 1; // ~
  if (c === 0x4e || c === 0x6e || c === 0x54 || c === 0x74 || c === 0x46 || c === 0x66) return n <= 5; // N n T t F f
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e)) return false;
  for (let i = 1; i < n; i++) if (!NUMBER_CHAR[value.charCodeAt(i)]) return false;
  return true;
}

/** Characters a core-schema number can hold: 0-9 + - . a-f A-F x X o O e E i I n N. */
const NUMBER_CHAR = (() => {
  const table = new Uint8Array(128);
  for (const ch of '0123456789+-.abcdefABCDEFxXoOeEiInN') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** The core schema's scalar tags, in yaml's order (for the unit test of `mayBeTagged`). */
export const CORE_TAG_PATTERNS = TAGS.map((t) => t.test!.source);

/** The value of a plain scalar under the core schema; `onError` is called where yaml would report one. */
export function resolvePlain(value: string, onError: () => void): unknown {
  if (!mayBeTagged(value)) return value;
  for (const tag of TAGS) {
    if (tag.test!.test(value)) {
      const res = (tag.resolve as (v: string, onError: (m: string) => void, o: object) => unknown)(value, onError, {});
      return res instanceof Scalar ? res.value : res;
    }
  }
  return value;
}
