/**
 * The fast parser's tokens read from `yaml`'s own Lexer: for the texts our scanner (scan.ts)
 * leaves to it, and the reference the scanner is tested against. Undefined where the fast
 * parser would give up (tabs, anchors, tags, aliases, `?`, directives, `---`, BOM, errors).
 */
import { Lexer } from 'yaml';
import { BLOCK, BODY, CM, COL, FLOW, NL, PLAIN, QUOTED, SEQ, SP, Tokens } from './tokens';

export function lexTokens(text: string): Tokens | undefined {
  const out = Tokens.forText(text);
  let o = 0;
  let ind = 0;
  let lineStart = true;
  let afterMarker = false;
  let lastHeader = -2; // index of the last block scalar header, while only spaces/comments follow it
  for (const s of new Lexer().lex(text)) {
    const c = s.charCodeAt(0);
    if (s === '\x02' || (s === '' && !afterMarker)) continue;
    if (s === '\x1f') {
      afterMarker = true;
      continue;
    }
    let k: number;
    if (afterMarker) {
      k = out.length > 0 && out.k[out.length - 1] === NL && lastHeader === out.length - 2 ? BODY : PLAIN;
      afterMarker = false;
    } else if (c === 10 || (c === 13 && s === '\r\n')) k = NL;
    else if (c === 0x20) k = SP;
    else if (c === 0x23) k = CM;
    else if (s === '-') k = SEQ;
    else if (s === ':') k = COL;
    else if (s === '[' || s === ']' || s === '{' || s === '}' || s === ',') k = FLOW;
    else if (c === 0x22 || c === 0x27) k = QUOTED;
    else if (c === 0x7c || c === 0x3e) k = BLOCK;
    else return undefined;
    if (k === SP && s.includes('\t')) return undefined;
    if (lineStart) ind = k === SP ? s.length : 0;
    if (k === BLOCK) lastHeader = out.length;
    else if (k === SP || k === CM) {
      if (lastHeader === out.length - 1) lastHeader = out.length; // still on the header line
    }
    out.push(k, o, s.length, ind);
    lineStart = k === NL || (k === BODY && s.endsWith('\n'));
    o += s.length;
  }
  if (o !== text.length) return undefined;
  return out;
}
