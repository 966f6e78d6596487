/**
 * The incremental path for the commonest edit: typing or deleting characters inside one
 * scalar value on one line (a title, a time, a name). Re-parsing a 10,000-slot programme
 * takes about half a second; this edit changes one node. The new document is the previous
 * one with that scalar's value replaced and every later offset moved, and its data shares
 * every untouched object with the previous data (so the model can reuse unchanged days).
 *
 * It applies only where that is exactly what a full parse would give (test/unit/parse/
 * incremental.test.ts compares the two on every corpus and on random edits):
 * - the previous document came from the fast parser (parse/fast/fastParse.ts) and had no problem;
 * - the changed text lies inside one single-line plain or quoted scalar that is a value
 *   (not a key), and adds or removes no line break or control character;
 * - the edited line, lexed alone before and after, has the same tokens, except that this
 *   scalar is longer or shorter: so no new `: `, ` #`, quote or indicator changed the
 *   line's structure, and the lines around it are read exactly as before;
 * - the fast parser would build the new scalar by its simple path (no escape, no tag error).
 * Anything else returns undefined and the caller parses the whole text.
 *
 * The previous document's node tree and tape are taken over (as TypeScript's incremental parser takes
 * over the old source file): it now describes the new text. Whoever still holds the previous
 * document — an export or a view built across an await, a test comparing versions — gets, on
 * its next call to `tree()`, a tree parsed again from its own text (see `releaseTree`): slower, never wrong.
 */
import { isMap, isPair, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { movedLineIndex } from '../lines';
import type { ParsedDocument } from '../parseDocument';
import { tokensOf } from './fastParse';
import { builtTape, forgetFastPath, fromFastPath, markFastPath } from './fastDocuments';
import { dataKey, simpleScalar } from './scalarValues';
import { PLAIN, QUOTED } from './tokens';
import { tapeIndex } from './materialize';
import type { Tape } from './tape';

/** C0 controls other than tab, LF and CR, DEL, U+FFFE/U+FFFF (as parseDocument reports them). */
const CONTROL_OR_BREAK = /[\x00-\x08\x0A-\x1F\x7F\uFFFE\uFFFF]/;

/** The changed region: `from` to `oldEnd` in the previous text became `from` to `newEnd`. */
export interface TextChange {
  from: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest region where two texts differ (undefined: they are equal). */
export function changedRegion(before: string, after: string): TextChange | undefined {
  const shorter = Math.min(before.length, after.length);
  // Compare in chunks (native string comparison) before narrowing down char by char.
  const CHUNK = 2048;
  let from = 0;
  while (from + CHUNK <= shorter && before.slice(from, from + CHUNK) === after.slice(from, from + CHUNK)) from += CHUNK;
  while (from < shorter && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  if (from === shorter && before.length === after.length) return undefined;
  let tail = 0;
  const maxTail = shorter - from;
  while (tail + CHUNK <= maxTail && before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < maxTail && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { from, oldEnd: before.length - tail, newEnd: after.length - tail };
}

interface Located {
  scalar: Scalar;
  /** Data path from the root to the scalar (keys as the data has them, indexes). */
  path: (string | number)[];
  /** The collections from the root down to the scalar. */
  ancestors: Node[];
}

/** The value scalar whose source contains [from, to], with its data path; undefined otherwise. */
function locateValue(root: unknown, from: number, to: number): Located | undefined {
  const path: (string | number)[] = [];
  const ancestors: Node[] = [];
  let node = root as Node | null | undefined;
  for (;;) {
    if (!node?.range) return undefined;
    if (isScalar(node)) {
      const [start, end] = node.range;
      return start <= from && to <= end ? { scalar: node, path, ancestors } : undefined;
    }
    ancestors.push(node);
    if (isSeq(node)) {
      const i = lastStartingAtOrBefore(node.items.length, (j) => (node as { items: Node[] }).items[j]!.range![0], from);
      if (i < 0) return undefined;
      path.push(i);
      node = node.items[i] as Node;
    } else if (isMap(node)) {
      const items = node.items;
      const i = lastStartingAtOrBefore(items.length, (j) => (items[j]!.key as Node).range![0], from);
      if (i < 0) return undefined;
      const pair = items[i]!;
      if (!isPair(pair) || !isScalar(pair.key)) return undefined;
      const key = pair.key as Scalar;
      if (to <= key.range![2]) return undefined; // an edit of the key (or next to it) changes the structure
      path.push(dataKey(key.value));
      node = pair.value as Node | null;
    } else return undefined;
  }
}

/** Binary search over items sorted by start offset. */
function lastStartingAtOrBefore(count: number, startOf: (i: number) => number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(mid) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The start of the line holding `offset`, and the end of that line (after its line break). */
function lineAround(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return [start, nl < 0 ? text.length : nl + 1];
}

/** The edited line has the same tokens before and after, but for the scalar at `at` (line-relative). */
function sameLineShape(before: string, after: string, at: number, delta: number): boolean {
  const a = tokensOf(before);
  const b = tokensOf(after);
  if (!a || !b || a.length !== b.length) return false;
  let edited = -1;
  for (let j = 0; j < a.length; j++) {
    if (a.k[j] !== b.k[j]) return false;
    if (a.o[j] === at) {
      edited = j;
      if (b.o[j] !== at || b.n[j] !== a.n[j]! + delta) return false;
      continue;
    }
    const shift = edited >= 0 ? delta : 0;
    if (b.o[j] !== a.o[j]! + shift || b.n[j] !== a.n[j]) return false;
  }
  return edited >= 0 && (a.k[edited] === PLAIN || a.k[edited] === QUOTED);
}

/**
 * Moves every offset at or after `at` by `delta`, in the tape the tree's nodes read their
 * ranges from. The nodes that start after the edit are a suffix of the tape (sorted by
 * start offset) and move whole; the ones that start before it and end after it (`around`)
 * are the scalar's ancestors, found on the way down, and the scalar itself (a node that
 * contains the edit point contains the scalar: comments and blank lines hold no node); the
 * document's own range moves with them.
 */
function shiftAfter(tape: Tape, documentRange: number[], around: number[], at: number, delta: number): void {
  const { start, valueEnd, end } = tape;
  let lo = 0;
  let hi = tape.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tape.length; i++) {
    start[i] += delta;
    valueEnd[i] += delta;
    end[i] += delta;
  }
  for (const i of around) {
    if (valueEnd[i]! >= at) valueEnd[i] += delta;
    if (end[i]! >= at) end[i] += delta;
  }
  if (documentRange[1]! >= at) documentRange[1] += delta;
  if (documentRange[2]! >= at) documentRange[2] += delta;
}

/**
 * The previous document gave its tree to the new one. Its text, data (never mutated: the
 * new data is a copy along the edited path) and line index (moved out, so computed again
 * on use) are still its own; its tree is parsed again from its text on first access.
 */
function releaseTree(previous: ParsedDocument, reparseTree: (doc: ParsedDocument) => Tree): void {
  let tree: { value: Tree } | undefined;
  (previous as { tree: () => Tree }).tree = () => (tree ??= { value: reparseTree(previous) }).value;
  forgetFastPath(previous);
}

/** A copy of the data with the value at `path` replaced; every object off that path is shared. */
function withValue(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) {
    const copy = data.slice();
    copy[head as number] = withValue(data[head as number], rest, value);
    return copy;
  }
  const source = data as Record<string, unknown>;
  const copy = { ...source };
  // defineProperty: a key named `__proto__` is an own property of the data (as yaml's toJS makes it).
  Object.defineProperty(copy, head as string, { value: withValue(source[head as string], rest, value), writable: true, enumerable: true, configurable: true });
  return copy;
}

type Tree = ReturnType<ParsedDocument['tree']>;

/**
 * The document of `text`, built from `previous` when the edit between them is a change
 * inside one scalar value; undefined when the whole text must be parsed. `reparseTree`
 * parses a document's own text again (the full parse: parse/parseDocument.ts owns it).
 */
export function reparseScalarEdit(
  previous: ParsedDocument,
  text: string,
  maxTextLength: number,
  reparseTree: (doc: ParsedDocument) => Tree,
): ParsedDocument | undefined {
  // Only a document the fast parser built has the tape the offsets move in.
  if (!fromFastPath(previous) || previous.syntax.length > 0 || previous.extraDocuments.length > 0) return undefined;
  if (text.length > maxTextLength) return undefined;
  const before = previous.text;
  const change = changedRegion(before, text);
  if (!change) return undefined;
  const { from, oldEnd, newEnd } = change;
  if (CONTROL_OR_BREAK.test(before.slice(from, oldEnd)) || CONTROL_OR_BREAK.test(text.slice(from, newEnd))) return undefined;
  // Past the cheap refusals (a new line, a pasted block): the previous tree, built if need be.
  const tape = builtTape(previous)!;
  const tree = previous.tree();
  const found = locateValue(tree?.contents, from, oldEnd);
  if (!found) return undefined;
  const { scalar, path } = found;
  const [start, valueEnd] = scalar.range!;
  const plain = scalar.type === Scalar.PLAIN;
  if (!plain && scalar.type !== Scalar.QUOTE_DOUBLE && scalar.type !== Scalar.QUOTE_SINGLE) return undefined;
  if (before.slice(start, valueEnd).includes('\n')) return undefined;
  const delta = newEnd - oldEnd;
  const [lineStart, lineEnd] = lineAround(before, start);
  if (!sameLineShape(before.slice(lineStart, lineEnd), text.slice(lineStart, lineEnd + delta), start - lineStart, delta)) return undefined;
  const built = simpleScalar(text.slice(start, valueEnd + delta), plain);
  if (!built) return undefined;

  // The document's own range spans the edit, as the scalar's ancestors do.
  const around = [...found.ancestors, scalar].map((node) => tapeIndex(node)!);
  shiftAfter(tape, (tree as unknown as { range: number[] }).range, around, valueEnd, delta);
  scalar.value = built.value;
  (scalar as { source?: string }).source = built.source;

  const lines = movedLineIndex(previous.lines, text, previous.lines.positionAt(from).line, delta);
  const next: ParsedDocument = { ...previous, text, lines, syntax: [], extraDocuments: [], data: withValue(previous.data, path, built.value), tree: () => tree };
  markFastPath(next, tape, tree);
  releaseTree(previous, reparseTree);
  return next;
}
