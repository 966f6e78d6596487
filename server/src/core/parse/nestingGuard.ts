/**
 * A cheap scan that refuses absurdly deep nesting before the YAML parser sees it. The
 * parser's composer recurses per level, and at tens of thousands of levels V8 can abort
 * the whole process (not a catchable exception), which would take the language server
 * down with it. No real programme nests more than a dozen levels.
 */
export const MAX_NESTING = 256;

/** `:` `-` `[` `{` `,` `?`: characters after which a quoted scalar may begin. */
const SCALAR_START_AFTER = new Set([58, 45, 91, 123, 44, 63]);

export interface NestingViolation {
  /** Offset in the text where the limit was passed. */
  offset: number;
}

export function findExcessiveNesting(text: string, limit = MAX_NESTING): NestingViolation | undefined {
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  let blockLevels = 0; // `- ` and `? ` indicators at the start of the current line
  let indent = 0;
  // Last significant character: a quote opens a scalar only where a scalar can start.
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      blockLevels = 0;
      indent = 0;
      prev = 0;
      continue;
    }
    if (quote !== undefined) {
      if (c === 92 /* \ */ && quote === '"') i++;
      else if (text[i] === quote) quote = undefined;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        if (++indent > limit * 4) return { offset: i };
        continue;
      }
      if ((c === 45 || c === 63) && (text.charCodeAt(i + 1) === 32 || i + 1 === text.length)) {
        if (++blockLevels > limit) return { offset: i };
        indent += 2;
        i++;
        continue;
      }
      lineStart = false;
    }
    const before = prev;
    if (c !== 32 && c !== 9) prev = c;
    switch (c) {
      case 35 /* # */:
        if (i > 0 && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i - 1) !== 9) break;
        // A comment runs to the end of the line.
        while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
        break;
      case 34 /* " */:
      case 39 /* ' */:
        if (before === 0 || SCALAR_START_AFTER.has(before)) quote = text[i] as '"' | "'";
        break;
      case 91 /* [ */:
      case 123 /* { */:
        if (++flow > limit) return { offset: i };
        break;
      case 93 /* ] */:
      case 125 /* } */:
        if (flow > 0) flow--;
        break;
    }
  }
  return undefined;
}
