/**
 * A `TableBlock` spread into a rectangular grid: a cell merged over several columns or rows
 * is given once by the source (`colSpan`, `rowSpan`); here every position it covers points
 * to it, with `origin` true only where it was written, so a reader can ask both « what is
 * in row 3, column 1? » and « was it written in this row? ».
 */
import { type TableBlock, type TableCell } from '../sourceDocument';

/** More columns than an agenda ever has: wider rows are cut (their cells stay in the source text). */
export const MAX_COLUMNS = 64;

export interface GridCell {
  cell: TableCell;
  /** True at the cell's first row and column; false where a merge repeats it. */
  origin: boolean;
  /** True at the cell's first row (a horizontal merge repeats it on the same row). */
  firstRow: boolean;
  /** Row where the cell was written. */
  row: number;
  /** Column where the cell starts. */
  column: number;
}

export interface Grid {
  width: number;
  /** `rows[r][c]`: undefined where the source wrote no cell (a short row). */
  rows: (GridCell | undefined)[][];
  /** Source's own header flags, per row. */
  header: boolean[];
}

const span = (n: number, max: number) => (Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : 1);

export function toGrid(table: TableBlock): Grid {
  const height = table.rows.length;
  const rows: (GridCell | undefined)[][] = table.rows.map(() => []);
  let width = 0;
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      // Skip positions a merged cell from above already covers.
      while (c < MAX_COLUMNS && rows[r]![c]) c++;
      if (c >= MAX_COLUMNS) break;
      const cols = span(cell.colSpan, MAX_COLUMNS - c);
      const down = span(cell.rowSpan, height - r);
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < cols; dc++) {
          const target = rows[r + dr]!;
          // A badly built table may overlap two merges: the first written keeps the place.
          if (target[c + dc]) continue;
          target[c + dc] = { cell, origin: dr === 0 && dc === 0, firstRow: dr === 0, row: r, column: c };
        }
      }
      c += cols;
      width = Math.max(width, c);
    }
  });
  for (const row of rows) width = Math.max(width, row.length);
  return { width, rows: rows.map((row) => Array.from({ length: width }, (_, c) => row[c])), header: table.rows.map((row) => row.header === true) };
}

/** The cell's lines, trimmed, empty ones left out. */
export function cellLines(g: GridCell | undefined): string[] {
  return g ? g.cell.lines.map((l) => l.trim()).filter(Boolean) : [];
}

/**
 * True when the row is one cell spanning every column (a section: a day, « Pause
 * déjeuner »), or the only cell of a short row.
 */
export function isFullSpan(grid: Grid, r: number): boolean {
  const row = grid.rows[r]!;
  const first = row[0];
  return grid.width > 1 && !!first && first.row === r && row.every((g) => !g || g.cell === first.cell);
}
