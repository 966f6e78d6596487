/**
 * What a quick fix may do to a text, checked from the edits it returns and the texts before
 * and after. "Needed to touch", per kind of edit:
 *
 * - a REWRITE edit replaces exactly one YAML scalar of the original text (a key, or a
 *   value, quotes included) and nothing around it: e.g. `typ` → `type`, `archy` → `archi`,
 *   `08h45-09h30` → `09h00-09h45`. For a time rewrite the scalar is the value of a `time`,
 *   `start`, `end` or `duration` key; for a typo fix it is the scalar the diagnostic points at.
 * - an INSERTION edit inserts whole new lines: at the end of an existing line, with a text
 *   that starts with a line break (or at the very end of the text). That line, and every
 *   other, stays as it was.
 *
 * Whatever the edit, every comment of the original text is still in the result (as many
 * times as before), and every line that no edit range intersects is still there, in order.
 */
import { CST, Lexer, isPair, isScalar, parseDocument, visit, type Node } from 'yaml';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

export interface ScalarSpan {
  start: number;
  end: number;
  /** The key of the pair the scalar is the value of, or undefined for a key or a list item. */
  valueOf?: string;
  isKey: boolean;
  /** For a key: the end of its pair's value (what the checker reads through this key). */
  pairEnd?: number;
}

/** Every scalar of a YAML text with its source offsets (quotes included). */
export function scalarSpans(text: string): ScalarSpan[] {
  const doc = parseDocument(text);
  const out: ScalarSpan[] = [];
  const add = (node: unknown, valueOf: string | undefined, isKey: boolean, pairEnd?: number) => {
    if (isScalar(node) && node.range) out.push({ start: node.range[0], end: node.range[1], ...(valueOf !== undefined ? { valueOf } : {}), isKey, ...(pairEnd !== undefined ? { pairEnd } : {}) });
  };
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair)) return;
      add(pair.key, undefined, true, (pair.value as Node | null)?.range?.[1]);
      add(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined, false);
    },
    Scalar(_, node, path) {
      const parent = path[path.length - 1];
      if (!isPair(parent)) add(node, undefined, false);
    },
  });
  return out;
}

/** The comments of a YAML text (`# …` tokens, not text inside quotes or block scalars). */
export function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => CST.tokenType(t) === 'comment');
}

export function lineOffsets(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') out.push(i + 1);
  }
  return out;
}

export function offsetAt(text: string, p: Position): number {
  const lines = lineOffsets(text);
  if (p.line >= lines.length) return text.length;
  const next = lines[p.line + 1] ?? text.length;
  return Math.min(lines[p.line]! + p.character, next);
}

export function positionAt(text: string, offset: number): Position {
  const lines = lineOffsets(text);
  let line = 0;
  while (line + 1 < lines.length && lines[line + 1]! <= offset) line++;
  return { line, character: offset - lines[line]! };
}

export type EditKind = { kind: 'rewrite'; span: ScalarSpan } | { kind: 'insertion' } | { kind: 'other'; why: string };

/** What an edit is, by the rules above. */
export function classify(text: string, edit: TextEdit, spans: ScalarSpan[]): EditKind {
  const start = offsetAt(text, edit.range.start);
  const end = offsetAt(text, edit.range.end);
  if (start === end) {
    const atLineEnd = start === text.length || text[start] === '\n' || text[start] === '\r';
    if (atLineEnd && (edit.newText.startsWith('\n') || start === text.length)) return { kind: 'insertion' };
    return { kind: 'other', why: `insertion inside a line at ${JSON.stringify(edit.range.start)}` };
  }
  const span = spans.find((s) => s.start === start && s.end === end);
  return span ? { kind: 'rewrite', span } : { kind: 'other', why: `edit ${JSON.stringify(text.slice(start, end))} is not one whole scalar` };
}

/** Lines of `before` that no edit range intersects appear in `after`, in order. */
export function untouchedLinesKept(before: string, after: string, edits: TextEdit[]): string | undefined {
  const lines = before.split(/\r\n|\r|\n/);
  const touched = new Set<number>();
  for (const e of edits) for (let l = e.range.start.line; l <= e.range.end.line; l++) touched.add(l);
  const afterLines = after.split(/\r\n|\r|\n/);
  let j = 0;
  for (let i = 0; i < lines.length; i++) {
    if (touched.has(i)) continue;
    while (j < afterLines.length && afterLines[j] !== lines[i]) j++;
    if (j === afterLines.length) return `line ${i + 1} ${JSON.stringify(lines[i])} is gone or moved`;
    j++;
  }
  return undefined;
}

/** `p` (in the text before) moved to the text after the edits; a position inside an edit goes to its start. */
export function mapPosition(before: string, edits: TextEdit[], p: Position): number {
  const o = offsetAt(before, p);
  let delta = 0;
  for (const e of edits) {
    const s = offsetAt(before, e.range.start);
    const end = offsetAt(before, e.range.end);
    if (end <= o && !(s === end && s === o)) delta += e.newText.length - (end - s);
    else if (s < o && o < end) return s + delta;
  }
  return o + delta;
}

export function mapRange(before: string, after: string, edits: TextEdit[], r: Range): Range {
  return { start: positionAt(after, mapPosition(before, edits, r.start)), end: positionAt(after, mapPosition(before, edits, r.end)) };
}

export function intersects(a: Range, b: Range): boolean {
  const le = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return le(a.start, b.end) && le(b.start, a.end);
}

export type { Node };
