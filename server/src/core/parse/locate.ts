/**
 * What is at a position: the data path of the deepest node under the cursor, and whether
 * the cursor is on a key or a value. Hover, completion, definition and rename start here.
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Position } from '../types';
import type { PathSegment } from './nodes';
import type { ParsedDocument } from './parseDocument';

export interface Location {
  /** Data path of the node under the cursor (for a key: the path of its value). */
  path: PathSegment[];
  /** The cursor is on a key (`typ|e: welcome`). */
  onKey: boolean;
  /** The scalar under the cursor, if any. */
  scalar?: { value: unknown; start: number; end: number };
  /** Path of the innermost map that contains the cursor (where a new key would go). */
  mapPath: PathSegment[];
}

export function locate(doc: ParsedDocument, position: Position): Location {
  const offset = doc.lines.offsetAt(position);
  const result: Location = { path: [], onKey: false, mapPath: [] };
  const contents = doc.tree()?.contents as Node | null | undefined;
  let node: Node | null | undefined = contents;
  const path: PathSegment[] = [];
  if (isMap(node)) result.mapPath = [];
  // Descend while a child contains the offset.
  for (let depth = 0; node && depth < 512; depth++) {
    if (isMap(node)) {
      // A value's range runs to the next key's line: the pair that starts last wins.
      const pair = node.items.filter((p) => contains(p as Pair<Node, Node>, offset)).pop() as Pair<Node, Node> | undefined;
      if (!pair) break;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (pair.key && inRange(pair.key.range, offset)) {
        path.push(key);
        result.onKey = true;
        result.scalar = scalarInfo(pair.key);
        break;
      }
      path.push(key);
      node = pair.value;
      if (isMap(node)) result.mapPath = [...path];
      continue;
    }
    if (isSeq(node)) {
      let index = -1;
      node.items.forEach((item, i) => {
        if (inRange((item as Node | null)?.range, offset)) index = i;
      });
      if (index < 0) break;
      path.push(index);
      node = node.items[index] as Node;
      if (isMap(node)) result.mapPath = [...path];
      continue;
    }
    if (isScalar(node)) result.scalar = scalarInfo(node);
    break;
  }
  result.path = path;
  return result;
}

function scalarInfo(node: Node): Location['scalar'] {
  if (!isScalar(node) || !node.range) return undefined;
  return { value: node.value, start: node.range[0], end: node.range[1] };
}

function contains(pair: Pair<Node, Node>, offset: number): boolean {
  if (!isPair(pair)) return false;
  const start = pair.key?.range?.[0];
  const end = pair.value?.range?.[2] ?? pair.key?.range?.[2];
  return start !== undefined && end !== undefined && offset >= start && offset <= end;
}

function inRange(range: [number, number, number] | null | undefined, offset: number): boolean {
  return !!range && offset >= range[0] && offset <= range[1];
}
