/**
 * The fast parser's tree before it becomes `yaml` nodes: one entry per node, in document
 * order (parents before children, so sorted by start offset), in typed arrays. A large
 * programme is checked from its data and this tape alone: `yaml`'s node objects, several
 * times the size of the text in memory, are built on first use (parse/fast/materialize.ts),
 * after the diagnostics are out, and keep reading their ranges from it. See
 * parse/fast/treeView.ts for the ranges read from it before.
 */
export const T_MAP = 1, T_SEQ = 2, T_SCALAR = 3;
/** Added to T_MAP or T_SEQ: a flow collection (`[a, b]`, `{ a: 1 }`). */
export const T_FLOW = 4;

/** Scalar types, as `yaml` names them (index 0: none). */
export const SCALAR_TYPES = [undefined, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
export type ScalarType = Exclude<(typeof SCALAR_TYPES)[number], undefined>;

export class Tape {
  kind: Uint8Array;
  /** A scalar's type (index into SCALAR_TYPES). */
  type: Uint8Array;
  /** The three offsets of `yaml`'s `range`: start, end of the value, end of the node. */
  start: Int32Array;
  valueEnd: Int32Array;
  end: Int32Array;
  /** The index just after the node's subtree: a scalar's is its own index + 1. */
  next: Int32Array;
  /** A scalar's value (undefined for collections). */
  readonly values: unknown[] = [];
  /** A scalar's `source` where it is not its value (numbers, booleans, nulls, resolved escapes). */
  readonly sources = new Map<number, string>();
  readonly comments = new Map<number, string>();
  length = 0;

  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.type = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.valueEnd = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }

  /** A new node; its offsets and `next` are set by the parser. */
  add(kind: number, value?: unknown): number {
    if (this.length === this.kind.length) this.grow();
    const i = this.length++;
    this.kind[i] = kind;
    this.values.push(value);
    if (kind === T_SCALAR) this.next[i] = i + 1;
    return i;
  }

  setRange(i: number, start: number, valueEnd: number, end: number): void {
    this.start[i] = start;
    this.valueEnd[i] = valueEnd;
    this.end[i] = end;
  }

  isScalar(i: number): boolean {
    return this.kind[i] === T_SCALAR;
  }

  isMap(i: number): boolean {
    return (this.kind[i]! & ~T_FLOW) === T_MAP;
  }

  isSeq(i: number): boolean {
    return (this.kind[i]! & ~T_FLOW) === T_SEQ;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const copy = <T extends Uint8Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.kind = copy(this.kind);
    this.type = copy(this.type);
    this.start = copy(this.start);
    this.valueEnd = copy(this.valueEnd);
    this.end = copy(this.end);
    this.next = copy(this.next);
  }
}
