/**
 * Small helpers over `yaml`'s node tree: find the node at a data path, and the ranges a
 * diagnostic should underline (a key, a value, a whole item).
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Range } from '../types';
import type { ParsedDocument } from './parseDocument';

export type PathSegment = string | number;

/** The value node at a data path (`['agenda', 2, 'time']`), or undefined. */
export function nodeAt(root: unknown, path: readonly PathSegment[]): Node | undefined {
  let node = root as Node | undefined;
  for (const seg of path) {
    if (isMap(node)) node = (pairIn(node, String(seg))?.value ?? undefined) as Node | undefined;
    else if (isSeq(node)) node = node.items[Number(seg)] as Node | undefined;
    else return undefined;
  }
  return node ?? undefined;
}

/** The pair whose key is `key` in a map. */
export function pairIn(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  for (const item of map.items) {
    if (isPair(item) && keyText(item.key) === key) return item as Pair<Node, Node>;
  }
  return undefined;
}

export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

/** Range of a node's value (without trailing comment or newline). */
export function rangeOfNode(doc: ParsedDocument, node: Node | null | undefined): Range | undefined {
  const r = node?.range;
  if (!r) return undefined;
  return { start: doc.lines.positionAt(r[0]), end: doc.lines.positionAt(r[1]) };
}

export function rangeOfOffsets(doc: ParsedDocument, start: number, end: number): Range {
  return { start: doc.lines.positionAt(start), end: doc.lines.positionAt(Math.max(start, end)) };
}

/**
 * Range of a key in the map at `path`; falls back to the map's own range. A `key: ` with
 * nothing after it has a null value node with an empty range; the key is what to show.
 */
export function keyRangeAt(doc: ParsedDocument, path: readonly PathSegment[], key: string): Range | undefined {
  const map = nodeAt(doc.yaml?.contents, path);
  if (isMap(map)) {
    const pair = pairIn(map, key);
    if (pair) return rangeOfNode(doc, pair.key as Node);
  }
  return rangeOfNode(doc, map);
}

/**
 * The narrowest useful range for the value at `path`: the value itself, or its key when the
 * value is empty, or the first key of the containing map.
 */
export function valueRangeAt(doc: ParsedDocument, path: readonly PathSegment[]): Range {
  const root = doc.yaml?.contents;
  const node = nodeAt(root, path);
  const r = node?.range;
  if (node && r && r[1] > r[0]) return rangeOfNode(doc, node)!;
  if (path.length > 0) {
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    const parent = nodeAt(root, parentPath);
    if (isMap(parent)) {
      const pair = pairIn(parent, String(last));
      if (pair) return rangeOfNode(doc, pair.key as Node)!;
    }
    if (isSeq(parent) && node?.range) return rangeOfNode(doc, node)!;
    return headRangeAt(doc, parentPath);
  }
  return headRangeAt(doc, path);
}

/**
 * The "head" of an object at `path`: its first key, so a problem with a whole slot or day
 * underlines one short token instead of twenty lines.
 */
export function headRangeAt(doc: ParsedDocument, path: readonly PathSegment[]): Range {
  const node = nodeAt(doc.yaml?.contents, path);
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0];
    const key = isPair(first) ? (first.key as Node | null) : null;
    const r = rangeOfNode(doc, key);
    if (r) return r;
  }
  const r = rangeOfNode(doc, node);
  if (r) return r;
  const firstLineEnd = doc.lines.offsetAt({ line: 0, character: Number.MAX_SAFE_INTEGER });
  return { start: { line: 0, character: 0 }, end: doc.lines.positionAt(Math.max(0, firstLineEnd)) };
}
