/**
 * Which rows are the header and what each column holds. The header is the source's own
 * (`<th>`, Word's header row, Markdown's `|---|`) or a first row whose cells are header
 * words and no time; the roles come from the header's words, and where a column has no
 * header (or one we do not know), from its cells: most cells a time → time; most a
 * duration → duration; most a person or an organisation → speakers; most a room → room.
 * Of the columns left, the fullest is the title and the others are details or unknown.
 */
import { cellLines, isFullSpan, type Grid } from './grid';
import { cellDuration, cellTime, leadingTime, looksLikeDuration } from './cellTime';
import { looksLikeRoom, looksLikeSpeakers } from './contentKinds';
import { headerRole, isPlainDetails } from './headerWords';
import { type ColumnRole, type TableColumn } from './tableReading';

export interface Layout {
  columns: TableColumn[];
  headerRows: number[];
}

/** The text of the cell written at (r, c): a merge's copies are not text of their own. */
function textAt(grid: Grid, r: number, c: number): string {
  const g = grid.rows[r]![c];
  return g && g.origin ? cellLines(g).join(' ') : '';
}

/** A row of header words: at least half of its written cells, and no time. */
function isHeaderRow(grid: Grid, r: number): boolean {
  if (isFullSpan(grid, r)) return false;
  const cells = grid.rows[r]!.map((_, c) => textAt(grid, r, c)).filter(Boolean);
  if (!cells.length || cells.some((t) => cellTime(t) || leadingTime(t))) return false;
  const named = cells.filter((t) => headerRole(t) !== undefined).length;
  return named >= 1 && named * 2 >= cells.length && (cells.length > 1 || grid.width === 1);
}

export function findHeaderRows(grid: Grid): number[] {
  const rows: number[] = [];
  grid.rows.forEach((_, r) => {
    if (grid.header[r] && !isFullSpan(grid, r)) rows.push(r);
  });
  if (rows.length) return rows;
  // No header marked: the first row with text may be one.
  const first = grid.rows.findIndex((_, r) => !isFullSpan(grid, r) && grid.rows[r]!.some((_, c) => textAt(grid, r, c)));
  return first >= 0 && isHeaderRow(grid, first) ? [first] : [];
}

/** Share of a column's non-empty cells that pass a test (0 when it has none). */
function share(cells: string[], test: (t: string) => boolean): number {
  const full = cells.filter(Boolean);
  return full.length ? full.filter(test).length / full.length : 0;
}

function roleByContent(cells: string[]): ColumnRole | undefined {
  if (share(cells, (t) => !!cellTime(t) && !looksLikeDuration(t)) >= 0.5) return 'time';
  if (share(cells, (t) => !!leadingTime(t)) >= 0.5 && share(cells, (t) => !!cellTime(t)) > 0) return 'time';
  if (share(cells, (t) => !!cellDuration(t) && looksLikeDuration(t)) >= 0.5) return 'duration';
  if (share(cells, looksLikeRoom) >= 0.5) return 'room';
  if (share(cells, looksLikeSpeakers) >= 0.6) return 'speakers';
  return undefined;
}

export function findColumns(grid: Grid, headerRows: number[]): Layout {
  const body = grid.rows.map((_, r) => r).filter((r) => !headerRows.includes(r) && !isFullSpan(grid, r));
  const labelOf = (c: number) =>
    headerRows
      .map((r) => grid.rows[r]![c])
      .filter((g) => g && g.firstRow)
      .map((g) => cellLines(g).join(' '))
      .filter(Boolean)
      .join(' / ');
  const columns: TableColumn[] = [];
  const taken = new Set<ColumnRole>();
  const cellsOf = (c: number) => body.map((r) => textAt(grid, r, c));
  for (let c = 0; c < grid.width; c++) {
    const label = labelOf(c) || undefined;
    let role: ColumnRole | undefined = label ? headerRole(label) : undefined;
    let by: TableColumn['by'] = 'header';
    if (!role) {
      role = roleByContent(cellsOf(c));
      by = 'content';
    }
    // One column per role, except details: a second title column is details.
    if (role && role !== 'details' && taken.has(role)) role = role === 'title' ? 'details' : 'unknown';
    if (role) taken.add(role);
    columns.push({ index: c, role: role ?? 'unknown', ...(label ? { label } : {}), by });
  }
  chooseTitle(columns, cellsOf);
  return { columns, headerRows };
}

/**
 * The title column when no header named one: a plain details column (« Contenu »), else
 * the unknown column with the most cells written (the leftmost of equals).
 */
function chooseTitle(columns: TableColumn[], cellsOf: (c: number) => string[]): void {
  if (columns.some((c) => c.role === 'title')) return;
  const plain = columns.find((c) => c.role === 'details' && (!c.label || isPlainDetails(c.label)));
  if (plain) {
    plain.role = 'title';
    return;
  }
  let best: TableColumn | undefined;
  let bestCount = 0;
  for (const column of columns) {
    if (column.role !== 'unknown') continue;
    const count = cellsOf(column.index).filter(Boolean).length;
    if (count > bestCount) [best, bestCount] = [column, count];
  }
  if (best) {
    best.role = 'title';
    best.by = 'content';
  }
}
