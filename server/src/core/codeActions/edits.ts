/**
 * Text edits that touch only what they must: a value is replaced in place (keeping its
 * quotes), a new item is inserted with the indentation of its siblings. Comments and the
 * rest of the formatting are never rewritten.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { isMap, isSeq, type Node } from 'yaml';
import { keyRangeAt, nodeAt, type ParsedDocument, type PathSegment } from '../parse';
import { formatClock, type TimeStyle } from '../time';

/** Replaces the scalar at `path`, keeping the quote style it was written in. */
export function replaceValue(doc: ParsedDocument, path: readonly PathSegment[], text: string): TextEdit | undefined {
  const node = nodeAt(doc.tree()?.contents, path);
  const r = node?.range;
  if (!r) return undefined;
  const source = doc.text.slice(r[0], r[1]);
  const quote = source.startsWith('"') ? '"' : source.startsWith("'") ? "'" : '';
  return { range: offsets(doc, r[0], r[1]), newText: `${quote}${text}${quote}` };
}

/** Renames a key in place. */
export function replaceKey(doc: ParsedDocument, mapPath: readonly PathSegment[], key: string, newKey: string): TextEdit | undefined {
  const range = keyRangeAt(doc, mapPath, key);
  return range ? { range, newText: newKey } : undefined;
}

/**
 * Appends an item (given as YAML lines without indentation, the first one starting with
 * `- `) at the end of the block list at `listPath`, or creates the list at the end of the
 * document when it does not exist.
 */
export function appendItem(doc: ParsedDocument, listPath: readonly PathSegment[], lines: string[]): TextEdit | undefined {
  const list = nodeAt(doc.tree()?.contents, listPath) as Node | undefined;
  if (isSeq(list) && !list.flow && list.items.length > 0) {
    const last = list.items[list.items.length - 1] as Node;
    const start = doc.lines.positionAt(last.range![0]);
    const indent = ' '.repeat(Math.max(0, start.character - 2));
    const end = endOfContent(doc, last.range![1]);
    return { range: { start: end, end }, newText: `\n${lines.map((l, i) => (i === 0 ? indent : `${indent}  `) + l).join('\n')}` };
  }
  if (list !== undefined || listPath.length !== 1) return undefined;
  // After the last line (its comment included), so the document keeps one final line break.
  const end = doc.lines.positionAt(doc.text.length);
  const sep = end.character > 0 ? '\n' : '';
  return { range: { start: end, end }, newText: `${sep}${listPath[0]}:\n${lines.map((l, i) => `  ${i === 0 ? '' : '  '}${l}`).join('\n')}\n` };
}

/** Inserts lines after the pair `key` of the map at `mapPath`, at the indentation of that key. */
export function insertLinesAfter(doc: ParsedDocument, mapPath: readonly PathSegment[], key: string, lines: string[]): TextEdit | undefined {
  const keyRange = keyRangeAt(doc, mapPath, key);
  const map = mapPath.length ? nodeAt(doc.tree()?.contents, mapPath) : (doc.tree()?.contents as Node | undefined);
  if (!keyRange || !isMap(map)) return undefined;
  const value = nodeAt(map, [key]);
  // After the whole line of the value, so a comment at its end stays on its line.
  const end = endOfLine(doc, endOfContent(doc, value?.range?.[1] ?? doc.lines.offsetAt(keyRange.end)).line);
  const indent = ' '.repeat(keyRange.start.character);
  return { range: { start: end, end }, newText: lines.map((l) => `\n${indent}${l}`).join('') };
}

/** Inserts an item (lines starting `- `, then `  `) right after item `index` of a block list. */
export function insertItemAfter(doc: ParsedDocument, listPath: readonly PathSegment[], index: number, lines: string[]): TextEdit | undefined {
  const list = nodeAt(doc.tree()?.contents, listPath);
  if (!isSeq(list) || list.flow) return undefined;
  const item = list.items[index] as Node | undefined;
  if (!item?.range) return undefined;
  const indent = ' '.repeat(Math.max(0, doc.lines.positionAt(item.range[0]).character - 2));
  const end = endOfLine(doc, endOfContent(doc, item.range[1]).line);
  return { range: { start: end, end }, newText: lines.map((l) => `\n${indent}${l}`).join('') };
}

/** The end of a line, before its line break. */
function endOfLine(doc: ParsedDocument, line: number): Range['start'] {
  const text = doc.lines.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return { line, character: text.replace(/\r?\n$|\r$/, '').length };
}

/** The position at the end of the last line with content before `offset` (before comments on it). */
function endOfContent(doc: ParsedDocument, offset: number): Range['start'] {
  let o = Math.min(offset, doc.text.length);
  while (o > 0 && /\s/.test(doc.text[o - 1]!)) o--;
  return doc.lines.positionAt(o);
}

export function offsets(doc: ParsedDocument, start: number, end: number): Range {
  return { start: doc.lines.positionAt(start), end: doc.lines.positionAt(end) };
}

/** The notation a value is written in, so an edit writes new times the same way. */
export function styleOf(text: string | undefined, fallback: TimeStyle): TimeStyle {
  if (!text) return fallback;
  return /\d[ \u00a0\u202f]?[hH]/.test(text) ? 'h' : /\d:\d/.test(text) ? 'colon' : fallback;
}

/** `09h00-09h30` in the separator the original range used, after its `de` if it had one. */
export function formatRange(start: number, end: number, style: TimeStyle, original?: string): string {
  // The separator after the first clock time, spaces included (`13h40/14:50` keeps its `/`,
  // `de 10 h à 12 h` its `de` and its ` à `).
  const m = original ? /^((?:[dD]e\s+)?)\d{1,2}(?::\d{2}|[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?\d{2})?)(\s*(?:–|-|\/|\s[àa]\s)\s*)/.exec(original.trim()) : null;
  return `${m?.[1] ?? ''}${formatClock(start, style)}${m?.[2] ?? '-'}${formatClock(end, style)}`;
}
