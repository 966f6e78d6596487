/**
 * One PDF page as blocks in reading order: its label | value grids as « Label : value »
 * lines (`pdfGrid.ts`), its tables (columns found in the text layer,
 * `pdfColumns.ts` and `pdfTable.ts`) as table rows, every other line as text — a wide gap
 * kept as a tab, an empty line where the spacing opens up (a new paragraph).
 *
 * Bound: a page of more than `MAX_TABLE_ITEMS` text items is read as lines only (no
 * programme table has that many; the reading stays a sort and a pass either way).
 */
import type { TableRow } from '../sourceDocument';
import { columnRuns } from './pdfColumns';
import { groupLines, joinItems, segmentsOf, type PdfItem, type PdfLine } from './pdfLines';
import { runTable } from './pdfTable';
import { labelLine, sheetGrids, type GridRun } from './pdfGrid';
import { continues, joinWrapped, wrapContext } from './pdfWrap';

export const MAX_TABLE_ITEMS = 20_000;

export type PageBlock = { kind: 'line'; text: string } | { kind: 'table'; rows: TableRow[] };

export function pageBlocks(items: PdfItem[], page?: { left: number; right: number }): PageBlock[] {
  const lines = groupLines(items);
  const segments = lines.map(segmentsOf);
  const wrap = wrapContext(lines, page);
  const grids = items.length <= MAX_TABLE_ITEMS ? sheetGrids(lines, wrap) : new Map<number, GridRun>();
  const inGrid = (start: number, end: number) => [...grids.values()].some((g) => start < g.end && end > g.start);
  const tables = new Map<number, { rows: TableRow[]; end: number }>();
  if (items.length <= MAX_TABLE_ITEMS) {
    for (const run of columnRuns(lines, segments)) {
      const table = runTable(run, lines, segments);
      // A label | value grid is read as fields (`pdfGrid.ts`), not as a table.
      if (table && !inGrid(run.start, table.end)) tables.set(run.start, table);
    }
  }
  const blocks: PageBlock[] = [];
  let previous: PdfLine | undefined;
  for (let i = 0; i < lines.length; ) {
    const grid = grids.get(i);
    if (grid) {
      for (const text of grid.lines) blocks.push({ kind: 'line', text });
      i = grid.end;
      previous = undefined;
      continue;
    }
    const table = tables.get(i);
    if (table) {
      blocks.push({ kind: 'table', rows: table.rows });
      i = table.end;
      previous = undefined;
      continue;
    }
    const line = lines[i]!;
    const last = blocks.at(-1);
    // A line wrapped by the page's edge is the rest of the line above (`pdfWrap.ts`).
    if (previous && last?.kind === 'line' && last.text && continues(previous, line, wrap)) {
      last.text = joinWrapped(last.text, joinItems(line.items));
      previous = line;
      i++;
      continue;
    }
    // Lines are usually 1.2 to 1.5 sizes apart; more is a paragraph's gap.
    if (previous && previous.y - line.y > Math.max(previous.size, line.size) * 1.8 && blocks.at(-1)?.kind === 'line') blocks.push({ kind: 'line', text: '' });
    blocks.push({ kind: 'line', text: labelLine(line) ?? joinItems(line.items) });
    previous = line;
    i++;
  }
  return blocks;
}
