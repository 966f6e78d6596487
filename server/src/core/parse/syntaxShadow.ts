/**
 * Where a syntax error leaves values that only look wrong because of it: the error's own
 * lines, and the scalar or flow collection (`[…]`, `{…}`) around it. Schema and rule
 * diagnostics there are dropped, so one broken line gives one diagnostic; the rest of the
 * document is still checked.
 */
import { isCollection, isMap, isPair, isScalar, visit, type Node } from 'yaml';
import type { Range } from '../types';
import type { ParsedDocument } from './parseDocument';

export function syntaxShadows(doc: ParsedDocument): Range[] {
  if (doc.syntax.length === 0) return [];
  const shadows: Range[] = [];
  for (const problem of doc.syntax) {
    shadows.push({ start: { line: problem.range.start.line, character: 0 }, end: { line: problem.range.end.line + 1, character: 0 } });
    if (!doc.yaml) continue;
    // An unclosed `[` is reported where the next line starts: probe the text just before too.
    const offset = doc.lines.offsetAt(problem.range.start);
    let before = offset - 1;
    while (before > 0 && /\s/.test(doc.text[before]!)) before--;
    const inside = (r: [number, number, number]) => (offset >= r[0] && offset <= r[2]) || (before >= r[0] && before <= r[2]);
    let innermostMap: Node | undefined;
    visit(doc.yaml, (_key, node) => {
      const r = (node as Node | null)?.range;
      if (!r || !inside(r)) return undefined;
      if (isMap(node) && !node.flow && node !== doc.yaml!.contents) innermostMap = node as Node;
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
