/**
 * A fast path for the YAML that programmes are made of: block mappings and sequences,
 * plain and quoted scalars, block scalars, one-line flow collections, comments. It reads
 * the tokens of our scanner (scan.ts, else `yaml`'s own Lexer: lexTokens.ts) through a
 * token cursor (fastCursor.ts: token access, line ends, trailing comments) and builds
 * the data and a tape of the tree (tape.ts) from which `yaml`'s own node classes are made,
 * with the exact ranges `yaml`'s parser would give (`parseDocument` = `Parser` + `Composer`
 * is ~10× slower than its lexer, and parsing dominated every check). Anything outside that
 * subset — anchors, tags, explicit keys, directives, several documents, tabs, multi-line
 * flow collections, any irregular indentation or error — returns undefined, and the caller
 * runs the full parser.
 * A differential test (test/unit/parse/fastParse.test.ts) compares both on every corpus.
 */
import { CST, type Document } from 'yaml';
import { bail, Bail, DOUBLE_TYPE, PLAIN_TYPE, SINGLE_TYPE, TokenCursor, typeCode, type Built, type Trail } from './fastCursor';
import { lexTokens } from './lexTokens';
import { materialize } from './materialize';
import { BAIL, dataKey, oneLineValue, resolvePlain } from './scalarValues';
import { scan } from './scan';
import { T_FLOW, T_MAP, T_SCALAR, T_SEQ, type Tape } from './tape';
import { BLOCK, BODY, CM, COL, FLOW, NL, PLAIN, QUOTED, SEQ, SP, type Tokens } from './tokens';

const hasOwn = Object.prototype.hasOwnProperty;
/** Keys an object literal inherits (`__proto__`, `toString`…): `key in data` without the lookup. */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/**
 * The tokens of a text as the fast parser reads them: our scanner where it can (scan.ts),
 * else yaml's own Lexer; undefined where the fast parser would give up.
 */
export function tokensOf(text: string): Tokens | undefined {
  return scan(text) ?? lexTokens(text);
}

export interface FastTape {
  tape: Tape;
  /** The plain data, as `yaml`'s `toJS()` would give it. */
  data: unknown;
}

export interface FastParse {
  doc: Document.Parsed;
  /** The plain data, as `doc.toJS()` would give it. */
  data: unknown;
}

/** The data and the tape of `text`, or undefined where the full parser must take it. */
export function fastTape(text: string): FastTape | undefined {
  try {
    return new FastParser(text, tokensOf(text) ?? bail()).document();
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

/** The data and `yaml`'s tree of `text` at once (the tests compare it with `yaml`'s parser). */
export function fastParse(text: string): FastParse | undefined {
  const fast = fastTape(text);
  return fast && { doc: materialize(fast.tape, text.length), data: fast.data };
}

/** Deeper texts go to the full parser, whose guard reports them (parse/nestingGuard.ts). */
const MAX_DEPTH = 200;

class FastParser extends TokenCursor {
  document(): FastTape {
    this.skipEmptyLines();
    if (this.i >= this.len || this.k[this.i] === SP) bail(); // empty, comments only, or indented root
    const root = this.blockValue(0, -1);
    if (this.i < this.len) bail();
    return { tape: this.tape, data: root.data };
  }

  /** A block node at the current content token, whose column is `col`. */
  private blockValue(col: number, parentIndent: number): Built {
    if (this.kind(this.i) === SP) this.i++;
    const k = this.kind(this.i);
    if (k === 0) bail();
    if (col <= parentIndent && !(k === SEQ && col === parentIndent)) bail();
    if (k === SEQ) return this.blockSeq(col);
    if (this.isKey()) return this.blockMap(col);
    return this.inlineValue(col, parentIndent);
  }

  private isKey(): boolean {
    const k = this.kind(this.i);
    return (k === PLAIN || k === QUOTED) && this.kind(this.i + 1) === COL;
  }

  private blockMap(indent: number): Built {
    if (++this.depth > MAX_DEPTH) bail();
    const map = this.tape.add(T_MAP);
    const data: Record<string, unknown> = {};
    const start = this.o[this.i]!;
    let trail: Trail | undefined;
    let last: number;
    for (;;) {
      const keyAt = this.i;
      const keySource = this.src(keyAt);
      if (keySource.includes('\n') || this.o[keyAt]! + 1024 < this.o[keyAt + 1]!) bail();
      const jsKey = this.tape.values[this.scalar(keyAt, indent, -1)];
      const stringKey = dataKey(jsKey);
      // A duplicate key (or two keys with the same text, `1` and `"1"`: yaml may accept
      // those, the full parser decides) is left to the full parser, which reports it.
      if (hasOwn.call(data, stringKey) || (typeof jsKey === 'number' && Number.isNaN(jsKey))) bail();
      this.i += 2; // the key and ':'
      const value = this.mapValue(indent);
      last = value.node;
      // As yaml's toJS: a key the prototype has (`__proto__`, `toString`) becomes an own property.
      if (PROTOTYPE_KEYS.has(stringKey)) Object.defineProperty(data, stringKey, { value: value.data, writable: true, enumerable: true, configurable: true });
      else data[stringKey] = value.data;
      trail = value.trail ?? this.trailAfter(value.node, indent, !value.empty);
      const next = this.peekContent();
      if (next >= this.len || this.ind[next]! < indent) break;
      if (this.ind[next]! > indent) bail();
      this.i = next;
      if (!this.isKey()) bail();
      trail = undefined;
    }
    this.depth--;
    return this.close(map, last, data, start, indent, trail);
  }

  private blockSeq(indent: number): Built {
    if (++this.depth > MAX_DEPTH) bail();
    const seq = this.tape.add(T_SEQ);
    const from = this.items.length;
    const start = this.o[this.i]!;
    let trail: Trail | undefined;
    let last: number;
    for (;;) {
      this.i++; // '-'
      if (this.kind(this.i) !== SP) bail();
      this.i++;
      if (this.kind(this.i) === SEQ) bail();
      const item = this.isKey() ? this.blockMap(this.column(this.i)) : this.inlineValue(indent, indent);
      last = item.node;
      this.items.push(item.data);
      trail = item.trail ?? this.trailAfter(item.node, indent, true);
      const next = this.peekContent();
      if (next >= this.len || this.ind[next]! !== indent || this.k[next] !== SEQ || this.column(next) !== indent) break;
      this.i = next;
      trail = undefined;
    }
    this.depth--;
    return this.close(seq, last, this.takeItems(from), start, indent, trail);
  }

  /** The value after `key:` (the current token follows the `:`). */
  private mapValue(indent: number): Built {
    const k = this.kind(this.i);
    if (k === SP) {
      const next = this.kind(this.i + 1);
      if (next !== NL && next !== CM && next !== 0) {
        this.i++;
        return this.inlineValue(indent, indent);
      }
      if (next === CM) bail(); // `key:   # comment`: yaml places the empty value oddly
    } else if (k === CM) bail();
    // Nothing on the key's line: a nested block, or an empty value.
    const emptyAt = k === 0 ? this.text.length : k === SP ? this.end(this.i) : this.o[this.i]!;
    const next = this.peekContent();
    if (next < this.len && (this.ind[next]! > indent || (this.ind[next]! === indent && this.k[next] === SEQ))) {
      this.i = next;
      return this.blockValue(this.ind[next]!, indent);
    }
    if (this.kind(this.i) === SP) this.i++;
    if (this.kind(this.i) === NL) this.i++;
    // Comment lines after an empty value extend its range in yaml's parser in ways not
    // mirrored here (found by npm run fuzz): the full parser takes such texts.
    const comments: number[] = [];
    const save = this.i;
    this.skipEmptyLines(comments);
    this.i = save;
    if (comments.length > 0) bail();
    const empty = this.tape.add(T_SCALAR, null);
    this.tape.setRange(empty, emptyAt, emptyAt, emptyAt);
    this.tape.type[empty] = PLAIN_TYPE;
    this.tape.sources.set(empty, '');
    return { node: empty, data: null, empty: true };
  }

  /** A scalar, quoted scalar, block scalar or one-line flow collection, with its line end. */
  private inlineValue(indent: number, parentIndent: number): Built {
    const at = this.i;
    const k = this.kind(at);
    if (k === PLAIN || k === QUOTED) {
      if (this.kind(at + 1) === COL) bail(); // a compact mapping where a value was expected
      this.i++;
      const end = this.lineEnd();
      const node = this.scalar(at, indent, end);
      return { node, data: this.tape.values[node] };
    }
    if (k === BLOCK) return this.blockScalar(parentIndent);
    if (k === FLOW && (this.ch(at) === 0x5b || this.ch(at) === 0x7b)) {
      const built = this.flow();
      const end = this.lineEnd();
      this.tape.end[built.node] = end >= 0 ? this.end(end) : this.tape.valueEnd[built.node]!;
      return built;
    }
    return bail();
  }

  /**
   * The scalar token `at` (its index in the tape); its end tokens run from `at + 1` to
   * `endAt` (inclusive).
   */
  private scalar(at: number, indent: number, endAt: number): number {
    const source = this.src(at);
    const start = this.o[at]!;
    const valueEnd = start + source.length;
    const nodeEnd = endAt > at ? this.end(endAt) : valueEnd;
    const plain = this.k[at] === PLAIN;
    const tape = this.tape;
    // One-line scalars need no folding or escapes; the rest goes through yaml's own resolver.
    let value = source.includes('\n') ? undefined : oneLineValue(source, plain);
    if (value === BAIL) bail();
    let node: number;
    let comment: string | undefined;
    if (value !== undefined) {
      node = tape.add(T_SCALAR, plain ? resolvePlain(value, bail) : value);
      tape.setRange(node, start, valueEnd, nodeEnd);
      tape.type[node] = plain ? PLAIN_TYPE : source[0] === '"' ? DOUBLE_TYPE : SINGLE_TYPE;
      for (let j = at + 1; j <= endAt; j++) if (this.k[j] === CM) comment = this.text.slice(this.o[j]! + 1, this.end(j)) || ' ';
    } else {
      const end: CST.SourceToken[] = [];
      for (let j = at + 1; j <= endAt; j++) {
        const kind = this.k[j] === NL ? 'newline' : this.k[j] === SP ? 'space' : 'comment';
        end.push({ type: kind, offset: this.o[j]!, indent: this.ind[j]!, source: this.text.slice(this.o[j]!, this.end(j)) });
      }
      const type = plain ? 'scalar' : source[0] === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
      const cst = { type, offset: start, indent, source, end } as CST.FlowScalar;
      const resolved = CST.resolveAsScalar(cst, true, bail) ?? bail();
      value = resolved.value;
      node = tape.add(T_SCALAR, plain ? resolvePlain(resolved.value, bail) : resolved.value);
      tape.setRange(node, ...resolved.range);
      if (resolved.type) tape.type[node] = typeCode(resolved.type);
      comment = resolved.comment || undefined;
    }
    // yaml's `source` is the scalar's text before resolving: kept only where it is not the value.
    if (tape.values[node] !== value) tape.sources.set(node, value);
    if (comment) tape.comments.set(node, comment);
    return node;
  }

  private blockScalar(parentIndent: number): Built {
    const h = this.i++;
    const props: CST.SourceToken[] = [{ type: 'block-scalar-header', offset: this.o[h]!, indent: this.ind[h]!, source: this.src(h) }];
    if (this.kind(this.i) !== NL) bail();
    const nl = this.i++;
    props.push({ type: 'newline', offset: this.o[nl]!, indent: this.ind[nl]!, source: this.text.slice(this.o[nl]!, this.end(nl)) });
    let source = '';
    if (this.kind(this.i) === BODY) source = this.src(this.i++);
    // An empty block scalar: the Lexer's tokens after it carry no indentation, so a key of the
    // same nested mapping on the next line (`  m: |` then `  m: x`) could not be placed. Rare: the full parser reads it.
    if (!source) bail();
    const cst = { type: 'block-scalar', offset: this.o[h]!, indent: Math.max(0, parentIndent), props, source } as CST.BlockScalar;
    const resolved = CST.resolveAsScalar(cst, true, bail) ?? bail();
    const node = this.tape.add(T_SCALAR, resolved.value);
    this.tape.setRange(node, ...resolved.range);
    if (resolved.type) this.tape.type[node] = typeCode(resolved.type);
    if (this.i < this.len && this.k[this.i - 1] !== BODY && this.k[this.i - 1] !== NL) bail();
    return { node, data: resolved.value };
  }

  /** A flow sequence or mapping on one line. */
  private flow(): Built {
    if (++this.depth > MAX_DEPTH) bail();
    const open = this.i++;
    const isMap = this.ch(open) === 0x7b;
    const tape = this.tape;
    const node = tape.add((isMap ? T_MAP : T_SEQ) | T_FLOW);
    const map: Record<string, unknown> | undefined = isMap ? {} : undefined;
    const from = this.items.length;
    const close = isMap ? 0x7d : 0x5d;
    const closeAt = (c: number): Built => {
      tape.setRange(node, this.o[open]!, this.o[c]! + 1, this.o[c]! + 1);
      tape.next[node] = tape.length;
      this.depth--;
      return { node, data: map ?? this.takeItems(from) };
    };
    if (this.kind(this.i) === SP) this.i++;
    if (this.kind(this.i) === FLOW && this.ch(this.i) === close) return closeAt(this.i++);
    for (;;) {
      const item = this.flowItem();
      if (isMap) {
        if (!tape.isScalar(item.node) || this.kind(this.i) !== COL) bail();
        this.i++;
        if (this.kind(this.i) !== SP) bail();
        this.i++;
        const value = this.flowItem();
        const key = dataKey(item.data);
        if (typeof item.data === 'object' || key in map!) bail();
        map![key] = value.data;
      } else {
        if (this.kind(this.i) === COL) bail();
        this.items.push(item.data);
      }
      const sep = this.i;
      if (this.kind(sep) !== FLOW) bail();
      this.i++;
      if (this.ch(sep) === close) return closeAt(sep);
      if (this.ch(sep) !== 0x2c) bail();
      if (this.kind(this.i) === SP) this.i++;
      if (this.kind(this.i) === FLOW && this.ch(this.i) === close) bail(); // trailing comma
    }
  }

  private flowItem(): Built {
    const at = this.i;
    const k = this.kind(at);
    if (k === FLOW && (this.ch(at) === 0x5b || this.ch(at) === 0x7b)) {
      const built = this.flow();
      if (this.kind(this.i) === SP) this.tape.end[built.node] = this.end(this.i++);
      return built;
    }
    if ((k !== PLAIN && k !== QUOTED) || this.src(at).includes('\n')) bail();
    this.i++;
    const endAt = this.kind(this.i) === SP ? this.i++ : at;
    const node = this.scalar(at, -1, endAt);
    return { node, data: this.tape.values[node] };
  }
}
