/**
 * The diagnostics policy: which findings are dropped because another one already says why.
 * A typo'd key (`horaire:` for `time:`) or a merge key hides the findings it causes, and a
 * syntax error hides the schema and rule findings in the values it breaks.
 */
import { isCollection, isMap, isPair, isScalar, visit, type Node } from 'yaml';
import type { DiagnosticSink } from './diagnostics';
import type { ParsedDocument } from './parse';
import type { Range } from './types';

/**
 * Drops the diagnostics that are only consequences of another one, so each problem is
 * reported once, at its cause.
 */
export function dropConsequences(sink: DiagnosticSink, doc: ParsedDocument): void {
  dropTypoConsequences(sink);
  const shadows = syntaxShadows(doc);
  if (shadows.length > 0) {
    sink.retain((d) => d.code === 'yaml-syntax' || d.code === 'multi-document' || !shadows.some((r) => intersects(r, d.range)));
  }
}

/**
 * Where a syntax error leaves values that only look wrong because of it: the error's own
 * lines, and the scalar or flow collection (`[…]`, `{…}`) around it. Schema and rule
 * diagnostics there are dropped, so one broken line gives one diagnostic; the rest of the
 * document is still checked.
 */
export function syntaxShadows(doc: ParsedDocument): Range[] {
  if (doc.syntax.length === 0) return [];
  const shadows: Range[] = [];
  for (const problem of doc.syntax) {
    shadows.push({ start: { line: problem.range.start.line, character: 0 }, end: { line: problem.range.end.line + 1, character: 0 } });
    const tree = doc.tree();
    if (!tree) continue;
    // An unclosed `[` is reported where the next line starts: probe the text just before too.
    const offset = doc.lines.offsetAt(problem.range.start);
    let before = offset - 1;
    while (before > 0 && /\s/.test(doc.text[before]!)) before--;
    const inside = (r: [number, number, number]) => (offset >= r[0] && offset <= r[2]) || (before >= r[0] && before <= r[2]);
    let innermostMap: Node | undefined;
    visit(tree, (_key, node) => {
      const r = (node as Node | null)?.range;
      if (!r || !inside(r)) return undefined;
      if (isMap(node) && !node.flow && node !== tree.contents) innermostMap = node as Node;
      // Every flow collection around the error (an unclosed `[` swallows what follows),
      // and the scalar the error sits in.
      if ((isCollection(node) && node.flow) || (isScalar(node) && offset >= r[0] && offset < r[1])) {
        shadows.push({ start: doc.lines.positionAt(r[0]), end: doc.lines.positionAt(r[2]) });
      }
      return undefined;
    });
    // A misplaced line can take keys away from the item around it ("missing title"),
    // which is reported on the item's first key.
    const first = isMap(innermostMap) ? innermostMap.items[0] : undefined;
    const head = isPair(first) ? (first.key as Node | null)?.range : undefined;
    if (head) shadows.push({ start: doc.lines.positionAt(head[0]), end: doc.lines.positionAt(head[1]) });
  }
  return shadows;
}

/** Whether a diagnostic's range touches a shadow (an empty range counts as a point). */
export function intersects(shadow: Range, range: Range): boolean {
  const cmp = (p: Range['start'], q: Range['start']) => p.line - q.line || p.character - q.character;
  if (cmp(range.start, range.end) === 0) return cmp(shadow.start, range.start) <= 0 && cmp(range.start, shadow.end) < 0;
  return cmp(range.start, shadow.end) < 0 && cmp(shadow.start, range.end) < 0;
}

const TIME_KEYS = new Set(['time', 'start', 'end', 'duration']);

/**
 * A slot with `horaire:` typed for `time:` has no time: the unknown key is the cause, so
 * the slot is not also reported as `time-unresolved`.
 */
function dropTypoConsequences(sink: DiagnosticSink): void {
  // `objectifs:` typed for `objectives:` in a training: the typo is the one cause.
  const mistypedTop = new Set(
    sink.items
      .filter((d) => d.code === 'schema' && d.data?.kind === 'unknown-key' && Array.isArray(d.data.path) && d.data.path.length === 0)
      .map((d) => String(d.data!.suggestion)),
  );
  if (mistypedTop.size) sink.retain((d) => !(d.code === 'training-fields' && mistypedTop.has(String(d.data?.field))));
  // A merge key (`<<: *base`) may have meant to bring in the slot's time or the training
  // fields: the one diagnostic at `<<` says why they are not read.
  const merging = new Set(sink.items.filter((d) => d.code === 'schema' && d.data?.kind === 'merge-key').map((d) => JSON.stringify(d.data!.path)));
  if (merging.size) {
    sink.retain(
      (d) =>
        !(d.code === 'time-unresolved' && merging.has(JSON.stringify(d.data?.slotPath))) && !(d.code === 'training-fields' && merging.has('[]')),
    );
  }
  const mistypedTime = new Set(
    sink.items
      .filter((d) => d.code === 'schema' && d.data?.kind === 'unknown-key' && TIME_KEYS.has(String(d.data.suggestion)))
      .map((d) => JSON.stringify(d.data!.path)),
  );
  if (mistypedTime.size === 0) return;
  sink.retain((d) => !(d.code === 'time-unresolved' && mistypedTime.has(JSON.stringify(d.data?.slotPath))));
}
