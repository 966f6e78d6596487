/**
 * The token cursor under the fast path (fastParse.ts): the tokens of a text and the tape being
 * built; reading a token, skipping blank and comment lines, ending a line, and closing a
 * block collection with the trailing comments yaml's parser gives it. FastParser extends it
 * with the structure (mappings, sequences, scalars, flow collections). Anything unexpected
 * bails, and the caller runs the full parser.
 */
import { SCALAR_TYPES, Tape } from './tape';
import { CM, NL, SP, type Tokens } from './tokens';

/** Thrown to leave the fast path; never escapes `fastParse`. */
export class Bail extends Error {}
export const bail = (): never => {
  throw new Bail();
};

/** Trailing blank and comment lines after a collection's last value, as yaml's parser keeps them. */
export interface Trail {
  /** Offset just after the last value (where the trail begins). */
  from: number;
  /** Indents of the full-line comments in it. */
  comments: number[];
}

export interface Built {
  /** The node's index in the tape. */
  node: number;
  data: unknown;
  trail?: Trail | undefined;
  empty?: boolean;
}

export const NO_COMMENTS: number[] = [];

export const typeCode = (type: string): number => SCALAR_TYPES.indexOf(type as never);
export const PLAIN_TYPE = typeCode('PLAIN');
export const DOUBLE_TYPE = typeCode('QUOTE_DOUBLE');
export const SINGLE_TYPE = typeCode('QUOTE_SINGLE');
export const LITERAL_TYPE = typeCode('BLOCK_LITERAL');
export const FOLDED_TYPE = typeCode('BLOCK_FOLDED');

export class TokenCursor {
  protected i = 0;
  protected depth = 0;
  protected readonly k: Uint8Array;
  protected readonly o: Int32Array;
  protected readonly n: Int32Array;
  protected readonly ind: Int32Array;
  protected readonly len: number;
  /**
   * Every node, in the order they are created: document order, parents before their
   * children, so sorted by start offset (the incremental path relies on it).
   */
  protected readonly tape: Tape;

  constructor(
    protected readonly text: string,
    t: Tokens,
  ) {
    ({ k: this.k, o: this.o, n: this.n, ind: this.ind, length: this.len } = t);
    // About one node for three tokens in a programme (`key`, `:`, ` `, `value`, line end); grows if need be.
    this.tape = new Tape((this.len >> 1) + 16);
  }

  /**
   * The data items of the sequences being read, innermost last: a sequence's items are
   * copied out when it ends, into an array of exactly their number (one grown by push keeps
   * room for 17, and most lists of a programme have one to three items).
   */
  protected readonly items: unknown[] = [];

  protected takeItems(from: number): unknown[] {
    const list = this.items.slice(from);
    this.items.length = from;
    return list;
  }

  /** The text of token `j`. */
  protected src(j: number): string {
    return this.text.slice(this.o[j]!, this.o[j]! + this.n[j]!);
  }

  /** The first character code of token `j`. */
  protected ch(j: number): number {
    return this.text.charCodeAt(this.o[j]!);
  }

  protected kind(j: number): number {
    return j < this.len ? this.k[j]! : 0;
  }

  protected end(j: number): number {
    return this.o[j]! + this.n[j]!;
  }

  /** Skips blank and comment-only lines, noting the comments' indents in `comments`. */
  protected skipEmptyLines(comments?: number[]): void {
    for (;;) {
      let j = this.i;
      if (this.kind(j) === SP) j++;
      if (this.kind(j) === CM) {
        comments?.push(this.ind[j]!);
        j++;
      }
      if (this.kind(j) === NL) this.i = j + 1;
      else {
        if (j >= this.len) this.i = j;
        return;
      }
    }
  }

  /** The next content token after blank and comment lines (index; len when none), without moving. */
  protected peekContent(): number {
    const save = this.i;
    this.skipEmptyLines();
    let at = this.i;
    if (this.kind(at) === SP) at++;
    this.i = save;
    return at;
  }

  /** The column of a token (its offset from the start of its line). */
  protected column(j: number): number {
    const o = this.o[j]!;
    return o - (this.text.lastIndexOf('\n', o - 1) + 1);
  }

  /** Space, comment and newline after a value; returns the index of the last one (-1: none). */
  protected lineEnd(): number {
    let last = -1;
    if (this.kind(this.i) === SP) last = this.i++;
    if (this.kind(this.i) === CM) {
      if (last < 0) bail();
      last = this.i++;
    }
    if (this.kind(this.i) === NL) last = this.i++;
    else if (this.i < this.len) bail();
    return last;
  }

  /**
   * After a value, full-line comments more indented than its collection extend a scalar's
   * or flow collection's range (yaml's `atIndentedComment`), until a less indented comment.
   */
  protected trailAfter(node: number, indent: number, canExtend: boolean): Trail {
    const tape = this.tape;
    const extendable = canExtend && !(tape.isScalar(node) && (tape.type[node] === LITERAL_TYPE || tape.type[node] === FOLDED_TYPE));
    let from = tape.end[node]!;
    let comments = NO_COMMENTS;
    let j = this.i;
    let blocked = false;
    for (;;) {
      let k = j;
      if (this.kind(k) === SP) k++;
      const cm = this.kind(k) === CM ? k++ : -1;
      if (this.kind(k) !== NL && k < this.len) break;
      if (cm >= 0) {
        if (!blocked && extendable && this.ind[cm]! > indent) {
          from = k < this.len ? this.end(k) : this.text.length;
        } else {
          blocked = true;
          if (comments === NO_COMMENTS) comments = [];
          comments.push(this.ind[cm]!);
        }
      }
      if (k >= this.len) break;
      j = k + 1;
    }
    tape.end[node] = from;
    return { from, comments };
  }

  /**
   * Ends a block collection. Trailing blank and comment lines stay with it (extending its
   * range) unless yaml's parser hands them to the parent: at indent 0, or when every
   * comment is less indented than the collection.
   */
  protected close(node: number, last: number, data: unknown, start: number, indent: number, trail: Trail | undefined): Built {
    const tape = this.tape;
    tape.next[node] = tape.length;
    const valueEnd = tape.end[last]!;
    const t = trail && trail.from === valueEnd ? trail : { from: valueEnd, comments: NO_COMMENTS };
    const next = this.peekContent();
    const nextOffset = next < this.len ? this.o[next]! : this.text.length;
    if (indent === 0 || t.comments.every((c) => c < indent) || nextOffset === valueEnd) {
      tape.setRange(node, start, valueEnd, valueEnd);
      return { node, data, trail: t };
    }
    tape.setRange(node, start, valueEnd, nextOffset);
    return { node, data, trail: { from: nextOffset, comments: NO_COMMENTS } };
  }
}
