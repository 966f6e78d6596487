/**
 * What parse/nodes.ts needs to find a range by data path, over either tree: `yaml`'s nodes,
 * or the fast parser's tape (tape.ts) before those nodes are built. Both answer alike for
 * every text the fast parser takes (test/unit/parse/treeView.test.ts compares them).
 */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { dataKey } from './scalarValues';
import type { Tape } from './tape';

/**
 * A diagnostic's range is found by walking its data path from the root, one key or index at
 * a time. A collection larger than this (in nodes) gets, on its first lookup, an index of its
 * keys or items, kept as long as the tree and used by every later lookup: a slot with 40,000
 * unknown keys reports 40,000 ranges in linear time, not 40,000 scans of 40,000 keys. Smaller
 * collections are scanned, which allocates nothing.
 */
const INDEX_FROM = 32;

/** Keys compared and entries indexed by lookups (tests count them; nothing else reads it). */
export const lookupWork = { steps: 0 };

export interface TreeView<N> {
  root: N | undefined;
  isMap(node: N): boolean;
  isSeq(node: N): boolean;
  /** The pair of a map whose key reads `key` (as `String` of the key's value; null is ''). */
  pair(map: N, key: string): { key: N | undefined; value: N | undefined } | undefined;
  item(seq: N, index: number): N | undefined;
  /** The key of a map's first pair. */
  firstKey(map: N): N | undefined;
  /** The node's start and the end of its value. */
  range(node: N): readonly [number, number, ...number[]] | undefined;
}

export function yamlView(root: Node | null | undefined): TreeView<Node> {
  return {
    root: root ?? undefined,
    isMap: (node) => isMap(node),
    isSeq: (node) => isSeq(node),
    pair(map, key) {
      const pair = pairOfYamlMap(map as YAMLMap, key);
      return pair && { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined };
    },
    item: (seq, index) => ((seq as YAMLSeq).items[index] ?? undefined) as Node | undefined,
    firstKey(map) {
      const first = (map as YAMLMap).items[0];
      return isPair(first) ? ((first.key ?? undefined) as Node | undefined) : undefined;
    },
    range: (node) => node.range ?? undefined,
  };
}

/** Nodes are tape indices; a map's children are its pairs' keys and values, in turn. */
export function tapeView(tape: Tape): TreeView<number> {
  return {
    root: tape.length > 0 ? 0 : undefined,
    isMap: (node) => tape.isMap(node),
    isSeq: (node) => tape.isSeq(node),
    pair(map, key) {
      const j = keyOfTapeMap(tape, map, key);
      return j === undefined ? undefined : { key: j, value: tape.next[j]! };
    },
    item(seq, index) {
      if (!Number.isInteger(index) || index < 0) return undefined;
      if (tape.next[seq]! - seq > INDEX_FROM) return itemsOfTapeSeq(tape, seq)[index];
      let j = seq + 1;
      for (let n = 0; n < index && j < tape.next[seq]!; n++) j = tape.next[j]!;
      return j < tape.next[seq]! ? j : undefined;
    },
    firstKey: (map) => (map + 1 < tape.next[map]! ? map + 1 : undefined),
    range: (node) => [tape.start[node]!, tape.valueEnd[node]!],
  };
}

/** The first pair of a `yaml` map whose key reads `key`. */
function pairOfYamlMap(map: YAMLMap, key: string): Pair | undefined {
  const items = map.items;
  if (items.length <= INDEX_FROM) {
    for (const item of items) {
      lookupWork.steps++;
      if (isPair(item) && isScalar(item.key) && dataKey(item.key.value) === key) return item;
    }
    return undefined;
  }
  let index = yamlKeyIndexes.get(map);
  // The tree may have been edited since (a pair added or removed): index it again.
  if (!index || index.size !== items.length) {
    index = { size: items.length, pairs: new Map() };
    for (const item of items) {
      lookupWork.steps++;
      if (!isPair(item) || !isScalar(item.key)) continue;
      const k = dataKey(item.key.value);
      if (!index.pairs.has(k)) index.pairs.set(k, item);
    }
    yamlKeyIndexes.set(map, index);
  }
  return index.pairs.get(key);
}

const yamlKeyIndexes = new WeakMap<YAMLMap, { size: number; pairs: Map<string, Pair> }>();

/**
 * Indexes of a tape's large maps and sequences, by node. The incremental parser keeps a tape
 * across edits of a value (parse/fast/incremental.ts): keys and structure, hence these, stay.
 */
const tapeIndexes = new WeakMap<Tape, { keys: Map<number, Map<string, number>>; items: Map<number, number[]> }>();

function indexesOf(tape: Tape) {
  let indexes = tapeIndexes.get(tape);
  if (!indexes) tapeIndexes.set(tape, (indexes = { keys: new Map(), items: new Map() }));
  return indexes;
}

/** The tape index of the first key of `map` that reads `key`. */
function keyOfTapeMap(tape: Tape, map: number, key: string): number | undefined {
  const end = tape.next[map]!;
  if (end - map <= INDEX_FROM) {
    for (let j = map + 1; j < end; j = tape.next[tape.next[j]!]!) {
      lookupWork.steps++;
      if (dataKey(tape.values[j]) === key) return j;
    }
    return undefined;
  }
  const { keys } = indexesOf(tape);
  let index = keys.get(map);
  if (!index) {
    index = new Map();
    for (let j = map + 1; j < end; j = tape.next[tape.next[j]!]!) {
      lookupWork.steps++;
      const k = dataKey(tape.values[j]);
      if (!index.has(k)) index.set(k, j);
    }
    keys.set(map, index);
  }
  return index.get(key);
}

/** The tape indices of a sequence's items. */
function itemsOfTapeSeq(tape: Tape, seq: number): number[] {
  const { items } = indexesOf(tape);
  let list = items.get(seq);
  if (!list) {
    list = [];
    for (let j = seq + 1; j < tape.next[seq]!; j = tape.next[j]!) {
      lookupWork.steps++;
      list.push(j);
    }
    items.set(seq, list);
  }
  return list;
}
