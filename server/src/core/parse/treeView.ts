/**
 * What parse/nodes.ts needs to find a range by data path, over either tree: `yaml`'s nodes,
 * or the fast parser's tape (tape.ts) before those nodes are built. Both answer alike for
 * every text the fast parser takes (test/unit/parse/treeView.test.ts compares them).
 */
import { isMap, isPair, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { dataKey } from './scalarValues';
import type { Tape } from './tape';

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
      for (const item of (map as YAMLMap).items) {
        if (isPair(item) && isScalar(item.key) && dataKey(item.key.value) === key) {
          return { key: item.key as Node, value: (item.value ?? undefined) as Node | undefined };
        }
      }
      return undefined;
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
      for (let j = map + 1; j < tape.next[map]!; j = tape.next[tape.next[j]!]!) {
        if (dataKey(tape.values[j]) === key) return { key: j, value: tape.next[j]! };
      }
      return undefined;
    },
    item(seq, index) {
      if (!Number.isInteger(index) || index < 0) return undefined;
      let j = seq + 1;
      for (let n = 0; n < index && j < tape.next[seq]!; n++) j = tape.next[j]!;
      return j < tape.next[seq]! ? j : undefined;
    },
    firstKey: (map) => (map + 1 < tape.next[map]! ? map + 1 : undefined),
    range: (node) => [tape.start[node]!, tape.valueEnd[node]!],
  };
}
