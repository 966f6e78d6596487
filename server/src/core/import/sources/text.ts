/**
 * A text or Markdown file (already decoded by `decodeText.ts`) → the common document: each
 * line as written, and each Markdown pipe table — a run of `|` rows with a `|---|` separator
 * under its header — as a `TableBlock` whose rows above the separator are headers. Pipe
 * rows without a separator stay lines: a text's columns are the line readers' business.
 */
import { linesDocument, type Block, type LineBlock, type SourceDocument, type TableRow } from '../sourceDocument';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** `|---|:--:|--:|`: dashes, optional alignment colons, between pipes. */
const SEPARATOR = /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/;

export function textDocument(text: string, format: 'text' | 'markdown'): SourceDocument {
  const lines = linesDocument(text, format).blocks as LineBlock[];
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = pipeTable(lines, i);
    if (!table) {
      blocks.push(lines[i]!);
      i++;
      continue;
    }
    blocks.push({ kind: 'table', rows: table.rows, line: lines[i]!.line });
    i = table.end;
  }
  return { format, blocks };
}

/** The pipe table starting at line `start`, if its header rows are followed by a separator. */
function pipeTable(lines: LineBlock[], start: number): { rows: TableRow[]; end: number } | undefined {
  let separator = start;
  while (separator < lines.length && PIPE_ROW.test(lines[separator]!.text) && !SEPARATOR.test(lines[separator]!.text)) separator++;
  if (separator === start || separator >= lines.length || !SEPARATOR.test(lines[separator]!.text)) return undefined;
  const rows: TableRow[] = lines.slice(start, separator).map((l) => ({ cells: pipeCells(l.text), header: true }));
  let end = separator + 1;
  for (; end < lines.length && PIPE_ROW.test(lines[end]!.text) && !SEPARATOR.test(lines[end]!.text); end++) rows.push({ cells: pipeCells(lines[end]!.text) });
  return { rows, end };
}

/** The cells of `| a | b \| c |`: split on pipes that are not escaped; `<br>` starts a new line. */
function pipeCells(row: string): TableRow['cells'] {
  const inner = row.trim().slice(1, -1);
  return inner.split(/(?<!\\)\|/).map((cell) => ({
    lines: cell
      .replace(/\\\|/g, '|')
      .split(/<br\s*\/?>/i)
      .map((l) => l.trim()),
    colSpan: 1,
    rowSpan: 1,
  }));
}
