/**
 * `yaml`'s tree from the fast parser's tape (tape.ts): the same node classes, ranges,
 * scalar types, values, sources and comments `yaml`'s own parser gives (the differential
 * tests of test/unit/parse compare them). Built on first use of `ParsedDocument.yaml`.
 *
 * A node's `range` is read from the tape (an accessor of the subclasses below, which keep
 * yaml's class names): a tree of 10,000 slots has 136,000 nodes, whose range arrays were
 * ~40% of its memory, and an edit moves the offsets after it in the tape's typed arrays
 * (parse/fast/incremental.ts) instead of in every node. Reading `range` gives a new array each
 * time: write a whole range (`node.range = [...]`), never one of its items.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type Range } from 'yaml';
import { SCALAR_TYPES, T_FLOW, type Tape } from './tape';

const TAPE = Symbol('tape');
const AT = Symbol('index in the tape');

interface OnTape {
  [TAPE]: Tape;
  [AT]: number;
}

const rangeOnTape: PropertyDescriptor = {
  configurable: true,
  get(this: OnTape): Range {
    const tape = this[TAPE];
    const i = this[AT];
    return [tape.start[i]!, tape.valueEnd[i]!, tape.end[i]!];
  },
  set(this: OnTape, range: Range) {
    this[TAPE].setRange(this[AT], range[0], range[1], range[2]);
  },
};

/** A subclass of a yaml node class whose `range` is on the tape, under the yaml class's name. */
function onTape<C extends abstract new (...args: never[]) => Node>(base: C): C {
  const sub = class extends (base as unknown as new (...args: unknown[]) => object) {};
  Object.defineProperty(sub, 'name', { value: base.name });
  Object.defineProperty(sub.prototype, 'range', rangeOnTape);
  return sub as unknown as C;
}
const TapeScalar = onTape(Scalar);
const TapeMap = onTape(YAMLMap);
const TapeSeq = onTape(YAMLSeq);

/** The index of a materialized node in its tape (undefined: not a node of a tape). */
export function tapeIndex(node: unknown): number | undefined {
  return (node as Partial<OnTape> | null)?.[AT];
}

function place<N extends Node>(node: N, tape: Tape, i: number): N {
  (node as unknown as OnTape)[TAPE] = tape;
  (node as unknown as OnTape)[AT] = i;
  return node;
}

export function materialize(tape: Tape, textLength: number): Document.Parsed {
  const build = (i: number): Node => {
    let node: Node;
    if (tape.isScalar(i)) {
      const scalar = place(new TapeScalar(tape.values[i]), tape, i);
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
      const map = place(new TapeMap(), tape, i);
      for (let j = i + 1; j < end; ) {
        const key = build(j);
        const at = tape.next[j]!;
        map.items.push(new Pair(key, build(at)));
        j = tape.next[at]!;
      }
      node = map;
    } else {
      const seq = place(new TapeSeq(), tape, i);
      for (let j = i + 1; j < end; j = tape.next[j]!) seq.items.push(build(j));
      node = seq;
    }
    if (tape.kind[i]! & T_FLOW) (node as YAMLMap).flow = true;
    return node;
  };
  const root = build(0);
  const doc = new Document(null, { version: '1.2' }) as unknown as Document.Parsed;
  doc.contents = root as Document.Parsed['contents'];
  (doc as unknown as { range: [number, number, number] }).range = [0, root.range![2], textLength];
  return doc;
}
