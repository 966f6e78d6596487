/**
 * `{ id: agent-1, role: Agent formé, co-animateur de table }`: in a flow mapping a comma
 * ends a value, so `co-animateur de table` is read as a key without a value. When an unknown
 * key is such a leftover (no value, between commas of a `{ … }`, after a key whose value is
 * a text), the schema message says to quote the value rather than only "not a key".
 */
import { keyRangeAt, type ParsedDocument, type PathSegment } from '../parse';

export interface CommaInFlow {
  /** The key whose value the comma cut (`role`). */
  key: string;
  /** The value as the author meant it: `Agent formé, co-animateur de table`. */
  whole: string;
}

export function commaInFlowValue(doc: ParsedDocument, path: readonly PathSegment[], unknown: string): CommaInFlow | undefined {
  const object = valueAt(doc.data, path);
  if (!object || object[unknown] !== null) return undefined;
  const keys = Object.keys(object);
  const at = keys.indexOf(unknown);
  // Back over the other leftovers (`{ role: A, B, C }`) to the key that holds a text.
  let first = at;
  while (first > 0 && object[keys[first - 1]!] === null) first--;
  const owner = keys[first - 1];
  if (owner === undefined || typeof object[owner] !== 'string') return undefined;
  let last = at;
  while (last + 1 < keys.length && object[keys[last + 1]!] === null) last++;
  if (!betweenCommas(doc, path, unknown)) return undefined;
  const rest = keys.slice(first, last + 1);
  return { key: owner, whole: [object[owner] as string, ...rest].join(', ') };
}

/** The key is written between a `,` and a `,` or `}` (a flow mapping), with no `:` after it. */
function betweenCommas(doc: ParsedDocument, path: readonly PathSegment[], key: string): boolean {
  const range = keyRangeAt(doc, path, key);
  if (!range) return false;
  const text = doc.text;
  let before = doc.lines.offsetAt(range.start) - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  let after = doc.lines.offsetAt(range.end);
  while (after < text.length && /[ \t]/.test(text[after]!)) after++;
  return text[before] === ',' && (text[after] === ',' || text[after] === '}' || text[after] === '\n' || text[after] === '\r');
}

function valueAt(data: unknown, path: readonly PathSegment[]): Record<string, unknown> | undefined {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}
