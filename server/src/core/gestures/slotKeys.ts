/**
 * Small edits of one slot's keys: a value replaced in its quotes, a key added under the
 * title, a key's line removed. A slot written on one line (`{…}`) is refused: its keys have
 * no lines of their own.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { isMap, parse, type Node } from 'yaml';
import { insertLinesAfter, replaceValue } from '../codeActions/edits';
import type { Slot } from '../model/types';
import { keyRangeAt, nodeAt, replacementFor, type ParsedDocument } from '../parse';

export function slotMap(doc: ParsedDocument, slot: Slot): { flow: boolean; has(key: string): boolean } | undefined {
  const node = nodeAt(doc.tree()?.contents, slot.path) as Node | undefined;
  if (!isMap(node)) return undefined;
  return { flow: Boolean(node.flow), has: (key) => node.items.some((p) => (p.key as { value?: unknown } | null)?.value === key) };
}

/** `key: value` set on the slot: replaced in place when written, else added under its title. */
export function setKey(doc: ParsedDocument, slot: Slot, key: string, valueText: string): TextEdit | undefined {
  const map = slotMap(doc, slot);
  if (!map) return undefined;
  if (map.has(key)) return replaceValue(doc, [...slot.path, key], valueText);
  if (map.flow || !map.has('title')) return undefined;
  return insertLinesAfter(doc, slot.path, 'title', [`${key}: ${valueText}`]);
}

/** The whole line of `key` removed (with the comment at its end). */
export function removeKeyLine(doc: ParsedDocument, slot: Slot, key: string): TextEdit | undefined {
  const range = keyRangeAt(doc, slot.path, key);
  if (!range) return undefined;
  const line = doc.lines.getText({ start: { line: range.start.line, character: 0 }, end: { line: range.start.line + 1, character: 0 } });
  // Only when the key starts its line (not `- visibility: team`, where the dash is the slot's).
  if (!/^[ \t]*$/.test(line.slice(0, range.start.character))) return undefined;
  return { range: { start: { line: range.start.line, character: 0 }, end: { line: range.start.line + 1, character: 0 } }, newText: '' };
}

/** A text as a YAML scalar written over `source`: in its quotes, plain when that reads back the same. */
export function textScalar(source: string | undefined, value: string, flow: boolean): string {
  if (source && (source.startsWith('"') || source.startsWith("'"))) return replacementFor(source, value);
  if (value === value.trim() && !/[\n\r]/.test(value) && value !== '') {
    try {
      const block = parse(`k: ${value}`) as { k?: unknown } | null;
      const inFlow = parse(`{k: ${value}}`) as { k?: unknown } | null;
      if (block?.k === value && (!flow || inFlow?.k === value)) return value;
    } catch {
      // not plain-safe: quoted below
    }
  }
  return JSON.stringify(value);
}
