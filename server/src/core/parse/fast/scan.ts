/**
 * A scanner for the YAML programmes are made of, producing exactly the tokens the fast
 * parser reads from `yaml`'s Lexer (parse/fast/tokens.ts) — a few times faster: it reads char
 * codes into typed arrays, with no generator and no string for a space, a newline or an
 * indicator. It follows the Lexer's own states and rules (`yaml/dist/parse/lexer.js`: line
 * start, block start, document, flow, the three kinds of scalar, and `indentNext`, which
 * decides where a scalar continues), for the subset the fast parser accepts on one line:
 * anything else — tabs, lone CR, BOM, directives, document markers, anchors, aliases, tags,
 * `?` keys, multi-line plain or quoted scalars, flow collections over several lines,
 * unusual block scalar headers — returns undefined, and the Lexer reads the text.
 * A differential test (test/unit/parse/scan.test.ts) compares both token lists on every
 * corpus the fast parser is tested on.
 */
import { BLOCK, BODY, CM, COL, FLOW, NL, PLAIN, QUOTED, SEQ, SP, Tokens } from './tokens';

const SPACE = 0x20, LF = 0x0a, CR = 0x0d, TAB = 0x09, HASH = 0x23, COLON = 0x3a, DASH = 0x2d, DOT = 0x2e;
const QUESTION = 0x3f, DQUOTE = 0x22, SQUOTE = 0x27, PIPE = 0x7c, GT = 0x3e, STAR = 0x2a, AMP = 0x26, BANG = 0x21;
const LBRACKET = 0x5b, RBRACKET = 0x5d, LBRACE = 0x7b, RBRACE = 0x7d, COMMA = 0x2c, PERCENT = 0x25, BACKSLASH = 0x5c, PLUS = 0x2b;

class Give extends Error {}
const giveUp = (): never => {
  throw new Give();
};

/** The Lexer's `isEmpty`: end of text, space, tab, LF or CR. */
const isEmpty = (c: number): boolean => c !== c || c === SPACE || c === LF || c === CR || c === TAB;
const isFlowIndicator = (c: number): boolean => c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;

export function scan(text: string): Tokens | undefined {
  // Tabs (legal in scalars, not in indentation) and stray CRs: the Lexer's cases.
  if (text.includes('\t') || /\r(?!\n)/.test(text) || text.includes('\ufeff')) return undefined;
  try {
    return new Scanner(text).run();
  } catch (e) {
    if (e instanceof Give) return undefined;
    throw e;
  }
}

class Scanner {
  private pos = 0;
  private readonly len: number;
  private readonly out: Tokens;
  private indentValue = 0;
  private indentNext = 0;
  private flowLevel = 0;
  private flowKey = false;
  /** Line indent and line start, as the fast parser's tokenizer computes them. */
  private ind = 0;
  private lineStart = true;

  constructor(private readonly text: string) {
    this.len = text.length;
    this.out = Tokens.forText(text);
  }

  private code(i: number): number {
    return this.text.charCodeAt(i); // NaN past the end
  }

  private push(k: number, start: number, end: number): void {
    const n = end - start;
    if (this.lineStart) this.ind = k === SP ? n : 0;
    this.out.push(k, start, n, this.ind);
    this.lineStart = k === NL;
    this.pos = end;
  }

  /** End of the current line (before its CR LF or LF). */
  private lineEnd(): number {
    const nl = this.text.indexOf('\n', this.pos);
    if (nl < 0) return this.len;
    return this.code(nl - 1) === CR ? nl - 1 : nl;
  }

  private pushSpaces(): number {
    let i = this.pos;
    while (this.code(i) === SPACE) i++;
    const n = i - this.pos;
    if (n > 0) this.push(SP, this.pos, i);
    return n;
  }

  private pushNewline(): number {
    const c = this.code(this.pos);
    if (c === LF) this.push(NL, this.pos, this.pos + 1);
    else if (c === CR && this.code(this.pos + 1) === LF) this.push(NL, this.pos, this.pos + 2);
    else return 0;
    return 1;
  }

  run(): Tokens {
    // Stream: blank and comment lines before the document.
    for (;;) {
      if (this.pos >= this.len) return this.out;
      const c = this.code(this.pos);
      if (c === PERCENT) giveUp(); // a directive
      let i = this.pos;
      while (this.code(i) === SPACE) i++;
      const d = this.code(i);
      if (!(d !== d || d === HASH || d === LF || d === CR)) break;
      this.pushSpaces();
      const end = this.lineEnd();
      if (end > this.pos) this.push(CM, this.pos, end);
      this.pushNewline();
    }
    while (this.pos < this.len) this.lineStartState();
    if (this.flowLevel > 0) giveUp();
    return this.out;
  }

  /** The Lexer's `parseLineStart` then `parseBlockStart`, then the rest of the line. */
  private lineStartState(): void {
    const c = this.code(this.pos);
    if (c === DASH || c === DOT) {
      const three = this.text.substr(this.pos, 3);
      if ((three === '---' || three === '...') && isEmpty(this.code(this.pos + 3))) giveUp();
    }
    this.indentValue = this.pushSpaces();
    if (this.indentNext > this.indentValue && !isEmpty(this.code(this.pos + 1))) this.indentNext = this.indentValue;
    // Block start: `- ` sequence items (`? ` and a `: ` starting a line are left to the Lexer).
    for (;;) {
      const ch0 = this.code(this.pos);
      if ((ch0 === DASH || ch0 === QUESTION || ch0 === COLON) && isEmpty(this.code(this.pos + 1))) {
        if (ch0 !== DASH) giveUp();
        this.push(SEQ, this.pos, this.pos + 1);
        const n = 1 + this.pushSpaces();
        this.indentNext = this.indentValue + 1;
        this.indentValue += n;
        continue;
      }
      break;
    }
    this.documentState();
  }

  /** The Lexer's `parseDocument`, repeated until the line (or a block scalar) ends. */
  private documentState(): void {
    for (;;) {
      this.pushSpaces();
      // Indicators: a `: ` (`- ` and `? ` here are errors or explicit keys: the Lexer's).
      for (;;) {
        const c = this.code(this.pos);
        if (c === BANG || c === AMP) giveUp();
        if ((c === DASH || c === QUESTION || c === COLON) && isEmpty(this.code(this.pos + 1))) {
          if (c !== COLON) giveUp();
          this.indentNext = this.indentValue + 1;
          this.push(COL, this.pos, this.pos + 1);
          this.pushSpaces();
          continue;
        }
        break;
      }
      const c = this.code(this.pos);
      if (c !== c || c === LF || c === CR || c === HASH) {
        if (c === HASH) this.push(CM, this.pos, this.lineEnd());
        if (this.pos < this.len && !this.pushNewline()) giveUp();
        return;
      }
      if (c === LBRACE || c === LBRACKET) {
        this.push(FLOW, this.pos, this.pos + 1);
        this.flowKey = false;
        this.flowLevel = 1;
        this.flowState();
        continue;
      }
      if (c === RBRACE || c === RBRACKET || c === STAR) giveUp();
      if (c === DQUOTE || c === SQUOTE) {
        this.quoted(c);
        continue;
      }
      if (c === PIPE || c === GT) {
        this.blockScalar();
        return;
      }
      this.plain(false);
    }
  }

  /** The Lexer's `parseFlowCollection`, for a collection that closes on its line. */
  private flowState(): void {
    while (this.flowLevel > 0) {
      this.pushSpaces();
      const c0 = this.code(this.pos);
      if (c0 !== c0 || c0 === LF || c0 === CR) giveUp(); // continues on the next line
      while (this.code(this.pos) === COMMA) {
        this.push(FLOW, this.pos, this.pos + 1);
        this.pushSpaces();
        this.flowKey = false;
      }
      for (;;) {
        const c = this.code(this.pos);
        if (c === BANG || c === AMP) giveUp();
        if (c === DASH || c === QUESTION || c === COLON) {
          const c1 = this.code(this.pos + 1);
          if (isEmpty(c1) || isFlowIndicator(c1)) {
            if (c !== COLON) giveUp();
            if (this.flowKey) this.flowKey = false;
            this.push(COL, this.pos, this.pos + 1);
            this.pushSpaces();
            continue;
          }
        }
        break;
      }
      const c = this.code(this.pos);
      if (c !== c || c === LF || c === CR || c === HASH || c === STAR) giveUp();
      if (c === LBRACE || c === LBRACKET) {
        this.push(FLOW, this.pos, this.pos + 1);
        this.flowKey = false;
        this.flowLevel++;
      } else if (c === RBRACE || c === RBRACKET) {
        this.push(FLOW, this.pos, this.pos + 1);
        this.flowKey = true;
        this.flowLevel--;
      } else if (c === DQUOTE || c === SQUOTE) {
        this.flowKey = true;
        this.quoted(c);
      } else if (c === COLON && (this.flowKey || isEmpty(this.code(this.pos + 1)) || this.code(this.pos + 1) === COMMA)) {
        this.flowKey = false;
        this.push(COL, this.pos, this.pos + 1);
        this.pushSpaces();
      } else {
        this.flowKey = false;
        this.plain(true);
      }
    }
  }

  /** The Lexer's `continueScalar`: where a scalar may go on after the line break before `offset` (-1: it ends). */
  private continueScalar(offset: number): number {
    let c = this.code(offset);
    if (this.indentNext > 0) {
      let indent = 0;
      while (c === SPACE) c = this.code(++indent + offset);
      if (c === CR && this.code(indent + offset + 1) === LF) return offset + indent + 1;
      return c === LF || indent >= this.indentNext ? offset + indent : -1;
    }
    if (c === DASH || c === DOT) {
      const three = this.text.substr(offset, 3);
      if ((three === '---' || three === '...') && isEmpty(this.code(offset + 3))) return -1;
    }
    return offset;
  }

  /** The Lexer's `parsePlainScalar`; a scalar that goes on over several lines is the Lexer's. */
  private plain(inFlow: boolean): void {
    let end = this.pos - 1;
    let i = this.pos - 1;
    let c: number;
    while (((c = this.code(++i)), c === c)) {
      if (c === COLON) {
        const next = this.code(i + 1);
        if (isEmpty(next) || (inFlow && isFlowIndicator(next))) break;
        end = i;
      } else if (isEmpty(c)) {
        let next = this.code(i + 1);
        if (c === CR) {
          // CR is always followed by LF here (scan's precondition).
          i += 1;
          c = LF;
          next = this.code(i + 1);
        }
        if (next === HASH || (inFlow && isFlowIndicator(next))) break;
        if (c === LF) {
          const cs = this.continueScalar(i + 1);
          if (cs === -1) break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && isFlowIndicator(c)) break;
        end = i;
      }
    }
    if (end < this.pos) giveUp(); // an empty scalar: the Lexer's
    const nl = this.text.indexOf('\n', this.pos);
    if (nl !== -1 && nl <= end) giveUp(); // several lines
    this.push(PLAIN, this.pos, end + 1);
  }

  /** The Lexer's `parseQuotedScalar`, for a scalar closed on its line. */
  private quoted(quote: number): void {
    const q = quote === DQUOTE ? '"' : "'";
    let end = this.text.indexOf(q, this.pos + 1);
    if (quote === SQUOTE) {
      while (end !== -1 && this.code(end + 1) === SQUOTE) end = this.text.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.code(end - 1 - n) === BACKSLASH) n++;
        if (n % 2 === 0) break;
        end = this.text.indexOf('"', end + 1);
      }
    }
    if (end === -1) giveUp();
    const nl = this.text.indexOf('\n', this.pos);
    if (nl !== -1 && nl < end) giveUp(); // several lines
    this.push(QUOTED, this.pos, end + 1);
  }

  /** A block scalar: the Lexer's `parseBlockScalarHeader`, the rest of its line, then `parseBlockScalar`. */
  private blockScalar(): void {
    let keep = false;
    let explicitIndent = -1;
    let i = this.pos;
    for (;;) {
      const c = this.code(++i);
      if (c === PLUS) keep = true;
      else if (c > 0x30 && c <= 0x39) explicitIndent = c - 0x31;
      else if (c !== DASH) break;
    }
    // Only the headers people write (`|`, `>-`, `|+`, `>2`…): anything else before a space is the Lexer's.
    const after = this.code(i);
    if (!(after !== after || after === SPACE || after === LF || after === CR || after === HASH)) giveUp();
    if (i - this.pos > 3) giveUp();
    const headerAt = this.out.length;
    this.push(BLOCK, this.pos, i);
    this.pushSpaces();
    const end = this.lineEnd();
    if (end > this.pos) {
      if (this.code(this.pos) !== HASH) giveUp();
      this.push(CM, this.pos, end);
    }
    if (!this.pushNewline()) giveUp(); // a header at the very end of the text
    if (this.out.length - headerAt < 2 || this.indentNext === 0) giveUp();

    // parseBlockScalar: leading blank lines, then the first content line's indent.
    let nl = this.pos - 1;
    let indent = 0;
    let c: number;
    for (let j = this.pos; ((c = this.code(j)), c === c); ++j) {
      if (c === SPACE) indent += 1;
      else if (c === LF) {
        nl = j;
        indent = 0;
      } else if (c === CR && this.code(j + 1) === LF) continue;
      else break;
    }
    if (indent >= this.indentNext) {
      if (explicitIndent === -1) this.indentNext = indent;
      else this.indentNext = explicitIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1) break;
        nl = this.text.indexOf('\n', cs);
      } while (nl !== -1);
      if (nl === -1) nl = this.len;
    }
    if (!keep) {
      for (;;) {
        let j = nl - 1;
        let ch = this.code(j);
        if (ch === CR) ch = this.code(--j);
        const lastChar = j;
        while (ch === SPACE) ch = this.code(--j);
        if (ch === LF && j >= this.pos && j + 1 + indent > lastChar) nl = j;
        else break;
      }
    }
    const bodyEnd = Math.min(nl + 1, this.len);
    const n = bodyEnd - this.pos;
    // The body (possibly empty) is one token; the line after it starts afresh.
    this.ind = 0; // it starts a line (after the header's line break)
    this.out.push(BODY, this.pos, n, this.ind);
    this.pos = bodyEnd;
    this.lineStart = n > 0 && this.code(bodyEnd - 1) === LF;
  }
}
