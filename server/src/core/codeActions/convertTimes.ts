/**
 * Refactorings of time notation: a slot's `time` range ↔ `start` + `duration`, and every
 * time of the document in `08:30` or `08h30` style. Values only change their notation.
 */
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-types';
import { isMap, isPair, isScalar, type Node, type Pair } from 'yaml';
import type { Slot } from '../model/types';
import { locate, nodeAt, type ParsedDocument } from '../parse';
import { formatClock, parseClock, parseRange, type TimeStyle } from '../time';
import type { Refactor } from './action';
import { formatRange, offsets, styleOf } from './edits';
import { formatDurationLike } from './slotTimes';

export const convertTimes: Refactor = {
  provide(range, { uri, analysis, m }) {
    const { doc, model } = analysis;
    if (model?.kind !== 'programme') return [];
    const actions: CodeAction[] = [];
    const here = locate(doc, range.start).path;
    const slot = model.slots.find((s) => s.path.every((seg, i) => here[i] === seg) && here.length > s.path.length);
    if (slot && slot.start !== undefined && slot.end !== undefined) {
      const edit = slotNotation(doc, slot);
      if (edit) {
        actions.push({
          title: edit.toRange ? m.actions.toRange : m.actions.toStartDuration,
          kind: CodeActionKind.RefactorRewrite,
          edit: { changes: { [uri]: [edit.edit] } },
        });
      }
    }
    for (const style of ['colon', 'h'] as const) {
      const edits = allTimes(doc, style);
      if (edits.length) {
        actions.push({ title: style === 'colon' ? m.actions.allColon : m.actions.allH, kind: CodeActionKind.RefactorRewrite, edit: { changes: { [uri]: edits } } });
      }
    }
    return actions;
  },
};

function pairOf(map: Node | undefined, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key) as Pair<Node, Node> | undefined;
}

/** The whole lines of a pair, to delete it. */
function pairLines(doc: ParsedDocument, pair: Pair<Node, Node>): Range {
  const start = doc.lines.positionAt(pair.key.range![0]);
  const endLine = doc.lines.positionAt(pair.value!.range![1]).line;
  return { start: { line: start.line, character: 0 }, end: { line: endLine + 1, character: 0 } };
}

function slotNotation(doc: ParsedDocument, slot: Slot): { edit: TextEdit; toRange: boolean } | undefined {
  const map = nodeAt(doc.tree()?.contents, slot.path);
  const time = pairOf(map, 'time');
  const start = pairOf(map, 'start');
  const end = pairOf(map, 'end');
  const duration = pairOf(map, 'duration');
  const [s, e] = [slot.start!, slot.end!];
  if (time && !start && !end && !duration) {
    const text = String((time.value as { value?: unknown }).value);
    const style = styleOf(text, 'colon');
    const indent = ' '.repeat(doc.lines.positionAt(time.key.range![0]).character);
    return {
      toRange: false,
      edit: { range: offsets(doc, time.key.range![0], time.value!.range![1]), newText: `start: "${formatClock(s, style)}"\n${indent}duration: ${formatDurationLike(e - s, 'min')}` },
    };
  }
  if (!time && start && (duration || end)) {
    const style = styleOf(String((start.value as { value?: unknown }).value), 'colon');
    const other = (duration ?? end)!;
    // Replace `start` by `time` and delete the line of `duration`/`end` (one edit: they are neighbours or not).
    // One edit from `start` to the end of the `duration`/`end` line: what lies between
    // (other keys, comments) is kept as it is.
    const removed = pairLines(doc, other);
    if (start.key.range![0] > other.key.range![0]) return undefined;
    const middle = doc.text.slice(start.value!.range![1], doc.lines.offsetAt(removed.start));
    return {
      toRange: true,
      edit: { range: { start: doc.lines.positionAt(start.key.range![0]), end: removed.end }, newText: `time: ${formatRange(s, e, style)}${middle}` },
    };
  }
  return undefined;
}

/** Every clock time and range of the document, rewritten in `style` when it is not already. */
function allTimes(doc: ParsedDocument, style: TimeStyle): TextEdit[] {
  const edits: TextEdit[] = [];
  const visitMap = (node: unknown) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const value = pair.value as Node | null;
      if (isScalar(value) && typeof value.value === 'string' && value.range && (key === 'time' || key === 'start' || key === 'end')) {
        const text = value.value;
        const range = parseRange(text);
        const clock = parseClock(text, key === 'end');
        let next: string | undefined;
        if (key === 'time' && range) next = formatRange(range.start, range.end, style, text);
        else if (key !== 'time' && clock !== undefined) next = formatClock(clock, style);
        if (next && next !== text) {
          const source = doc.text.slice(value.range[0], value.range[1]);
          const quote = source.startsWith('"') ? '"' : source.startsWith("'") ? "'" : '';
          edits.push({ range: offsets(doc, value.range[0], value.range[1]), newText: `${quote}${next}${quote}` });
        }
      }
      if (value && 'items' in value) {
        for (const item of (value as { items: unknown[] }).items) visitMap(item);
        visitMap(value);
      }
    }
  };
  visitMap(doc.tree()?.contents);
  return edits;
}
