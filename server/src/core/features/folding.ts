/** Folding ranges: every key or list item whose value spans several lines. */
import { isCollection, isPair, visit, type Node } from 'yaml';
import type { FoldingRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../parse';

export function foldingRanges(doc: ParsedDocument): FoldingRange[] {
  const tree = doc.tree();
  if (!tree) return [];
  const out: FoldingRange[] = [];
  const seen = new Set<number>();
  const add = (startOffset: number, endOffset: number) => {
    const start = doc.lines.positionAt(startOffset).line;
    // The node's end includes its trailing newline: stop at the last line with content.
    let end = doc.lines.positionAt(Math.max(startOffset, endOffset - 1)).line;
    while (end > start && doc.lines.getText({ start: { line: end, character: 0 }, end: { line: end + 1, character: 0 } }).trim() === '') end--;
    if (end > start && !seen.has(start)) {
      seen.add(start);
      out.push({ startLine: start, endLine: end });
    }
  };
  visit(tree, {
    Pair(_, pair) {
      if (!isPair(pair)) return;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (key?.range && value?.range && isCollection(value)) add(key.range[0], value.range[2]);
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        const node = item as Node | null;
        if (node?.range && isCollection(node)) add(node.range[0], node.range[2]);
      }
    },
  });
  return out.sort((a, b) => a.startLine - b.startLine);
}
