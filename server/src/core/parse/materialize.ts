/**
 * `yaml`'s tree from the fast parser's tape (tape.ts): the same node classes, ranges,
 * scalar types, values, sources and comments `yaml`'s own parser gives (the differential
 * tests of test/unit/parse compare them). Built on first use of `ParsedDocument.yaml`.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { SCALAR_TYPES, T_FLOW, type Tape } from './tape';

export interface Materialized {
  doc: Document.Parsed;
  /** Every node, indexed as in the tape: sorted by start offset (parents before children). */
  nodes: Node[];
}

export function materialize(tape: Tape, textLength: number): Materialized {
  const nodes: Node[] = new Array(tape.length);
  const build = (i: number): Node => {
    let node: Node;
    if (tape.isScalar(i)) {
      const scalar = new Scalar(tape.values[i]);
      nodes[i] = scalar;
      scalar.range = [tape.start[i]!, tape.valueEnd[i]!, tape.end[i]!];
      // In the order yaml's composer adds them (compose-scalar.js): range, source, type, comment.
      (scalar as { source?: unknown }).source = tape.sources.get(i) ?? tape.values[i];
      const type = SCALAR_TYPES[tape.type[i]!];
      if (type) scalar.type = type;
      const comment = tape.comments.get(i);
      if (comment) scalar.comment = comment;
      return scalar;
    }
    const end = tape.next[i]!;
    if (tape.isMap(i)) {
      const map = new YAMLMap();
      nodes[i] = map;
      for (let j = i + 1; j < end; ) {
        const key = build(j);
        const at = tape.next[j]!;
        map.items.push(new Pair(key, build(at)));
        j = tape.next[at]!;
      }
      node = map;
    } else {
      const seq = new YAMLSeq();
      nodes[i] = seq;
      for (let j = i + 1; j < end; j = tape.next[j]!) seq.items.push(build(j));
      node = seq;
    }
    if (tape.kind[i]! & T_FLOW) (node as YAMLMap).flow = true;
    node.range = [tape.start[i]!, tape.valueEnd[i]!, tape.end[i]!];
    return node;
  };
  const root = build(0);
  const doc = new Document(null, { version: '1.2' }) as unknown as Document.Parsed;
  doc.contents = root as Document.Parsed['contents'];
  (doc as unknown as { range: [number, number, number] }).range = [0, root.range![2], textLength];
  return { doc, nodes };
}
