/**
 * Small helpers over the document's tree: find the node at a data path, and the ranges a
 * diagnostic should underline (a key, a value, a whole item). The ranges are read from the
 * fast parser's tape while `yaml`'s tree is not built (fast/treeView.ts), else from the tree.
 */
import type { Node } from 'yaml';
import type { Range } from '../types';
import { tapeView, unbuiltTape, yamlView, type TreeView } from './fast';
import type { ParsedDocument } from './parseDocument';

export type PathSegment = string | number;

/** The value node at a data path (`['agenda', 2, 'time']`), or undefined. */
export function nodeAt(root: unknown, path: readonly PathSegment[]): Node | undefined {
  return walk(yamlView(root as Node | null | undefined), path);
}

/** The node at `path` in a view of the tree. */
function walk<N>(view: TreeView<N>, path: readonly PathSegment[], from = view.root): N | undefined {
  let node = from;
  for (const seg of path) {
    if (node === undefined) return undefined;
    if (view.isMap(node)) node = view.pair(node, String(seg))?.value;
    else if (view.isSeq(node)) node = view.item(node, Number(seg));
    else return undefined;
  }
  return node;
}

/**
 * The tree the ranges are read from: the tape while `yaml`'s tree is not built (a check
 * needs a few ranges, not the tree), else the tree.
 */
function viewOf(doc: ParsedDocument): TreeView<unknown> {
  const tape = unbuiltTape(doc);
  return (tape ? tapeView(tape) : yamlView(doc.tree()?.contents)) as TreeView<unknown>;
}

/**
 * Range of the whole value at `path` (an item: all its lines), or undefined when there is
 * none; read from the tape when the tree is not built, so asking does not build it.
 */
export function rangeAt(doc: ParsedDocument, path: readonly PathSegment[]): Range | undefined {
  const view = viewOf(doc);
  return rangeIn(doc, view, walk(view, path));
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

/** Range of a view's node's value. */
function rangeIn<N>(doc: ParsedDocument, view: TreeView<N>, node: N | undefined): Range | undefined {
  const r = node === undefined ? undefined : view.range(node);
  return r && rangeOfOffsets(doc, r[0], r[1]);
}

/**
 * Range of a key in the map at `path`; falls back to the map's own range. A `key: ` with
 * nothing after it has a null value node with an empty range; the key is what to show.
 */
export function keyRangeAt(doc: ParsedDocument, path: readonly PathSegment[], key: string): Range | undefined {
  const view = viewOf(doc);
  const map = walk(view, path);
  if (map !== undefined && view.isMap(map)) {
    const pair = view.pair(map, key);
    if (pair) return rangeIn(doc, view, pair.key);
  }
  return rangeIn(doc, view, map);
}

/**
 * The narrowest useful range for the value at `path`: the value itself, or its key when the
 * value is empty, or the first key of the containing map.
 */
export function valueRangeAt(doc: ParsedDocument, path: readonly PathSegment[]): Range {
  const view = viewOf(doc);
  const node = walk(view, path);
  const r = node === undefined ? undefined : view.range(node);
  if (r && r[1] > r[0]) return rangeOfOffsets(doc, r[0], r[1]);
  if (path.length > 0) {
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    const parent = walk(view, parentPath);
    if (parent !== undefined && view.isMap(parent)) {
      const pair = view.pair(parent, String(last));
      if (pair) return rangeIn(doc, view, pair.key)!;
    }
    if (parent !== undefined && view.isSeq(parent) && r) return rangeOfOffsets(doc, r[0], r[1]);
    return headRange(doc, view, parentPath);
  }
  return headRange(doc, view, path);
}

/**
 * The "head" of an object at `path`: its first key, so a problem with a whole slot or day
 * underlines one short token instead of twenty lines.
 */
export function headRangeAt(doc: ParsedDocument, path: readonly PathSegment[]): Range {
  return headRange(doc, viewOf(doc), path);
}

function headRange<N>(doc: ParsedDocument, view: TreeView<N>, path: readonly PathSegment[]): Range {
  const node = walk(view, path);
  const key = node !== undefined && view.isMap(node) ? view.firstKey(node) : undefined;
  const r = rangeIn(doc, view, key) ?? rangeIn(doc, view, node);
  if (r) return r;
  const firstLineEnd = doc.lines.offsetAt({ line: 0, character: Number.MAX_SAFE_INTEGER });
  return { start: { line: 0, character: 0 }, end: doc.lines.positionAt(Math.max(0, firstLineEnd)) };
}
