/**
 * Tokens of the fast parser (parse/fast/fastParse.ts), produced by our scanner (parse/fast/scan.ts) or
 * from `yaml`'s Lexer: kinds and parallel arrays (kind, offset, length, indent of their
 * line). No string is kept per token (its text is a slice of the source, taken when needed),
 * which keeps the garbage collector out of the way on large files.
 */
export const NL = 1, SP = 2, CM = 3, SEQ = 4, COL = 5, PLAIN = 6, QUOTED = 7, BLOCK = 8, BODY = 9, FLOW = 10;

export class Tokens {
  k: Uint8Array;
  o: Int32Array;
  n: Int32Array;
  ind: Int32Array;
  length = 0;
  /** Room for the tokens of `text` (a programme has a token every five to ten characters). */
  static forText(text: string): Tokens {
    return new Tokens(Math.max(64, text.length >> 2));
  }
  constructor(capacity: number) {
    this.k = new Uint8Array(capacity);
    this.o = new Int32Array(capacity);
    this.n = new Int32Array(capacity);
    this.ind = new Int32Array(capacity);
  }
  /** A token's text is `text.slice(o, o + n)`: no string is kept per token. */
  push(k: number, o: number, n: number, ind: number): void {
    if (this.length === this.k.length) this.grow();
    const i = this.length++;
    this.k[i] = k;
    this.o[i] = o;
    this.n[i] = n;
    this.ind[i] = ind;
  }
  private grow(): void {
    const size = this.k.length * 2;
    const k = new Uint8Array(size);
    k.set(this.k);
    const o = new Int32Array(size);
    o.set(this.o);
    const n = new Int32Array(size);
    n.set(this.n);
    const ind = new Int32Array(size);
    ind.set(this.ind);
    Object.assign(this, { k, o, n, ind });
  }
}

