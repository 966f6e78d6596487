/**
 * Where a PDF page has columns: runs of consecutive lines whose segments start at shared
 * x positions (a table printed by Word, LibreOffice or a browser: every cell of a column is
 * left-aligned at the same x). A run opens on a line of two segments or more and goes on
 * while each line's segments start at the run's columns: a line of several segments must
 * meet two of them (it may bring a new column, a cell empty until then), a line of one
 * segment must meet one (a cell's text wrapped onto the next line, or a row over the whole
 * table). A line that meets none, or a vertical gap no table row has, ends the run.
 *
 * Whether a run is a table or two columns of text is decided by `pdfTable.ts`; this only
 * finds candidates. Work per line is bounded by `MAX_COLUMNS`: no pair of items is compared.
 */
import type { PdfLine, Segment } from './pdfLines';

/** More columns than a programme table has: a run that would need more ends there. */
export const MAX_COLUMNS = 12;
/** Two cells of a column start within this many points (left-aligned cells start at the same x). */
const ALIGN = 2;
/** A vertical distance between two lines of a run larger than this many sizes ends the run. */
const MAX_ROW_DISTANCE = 3;

export interface ColumnRun {
  /** Index of the run's first line and one past its last. */
  start: number;
  end: number;
  /** Left edges of the columns, ascending. */
  columns: number[];
}

/** The candidate runs of a page, in order, not overlapping. */
export function columnRuns(lines: PdfLine[], segments: Segment[][]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  let run: ColumnRun | undefined;
  const close = () => {
    if (run && run.end - run.start >= 2) runs.push(run);
    run = undefined;
  };
  lines.forEach((line, i) => {
    const segs = segments[i]!;
    if (run && lines[i - 1]!.y - line.y <= line.size * MAX_ROW_DISTANCE && extend(run, segs)) {
      run.end = i + 1;
      return;
    }
    close();
    if (segs.length >= 2 && segs.length <= MAX_COLUMNS) run = { start: i, end: i + 1, columns: segs.map((s) => s.x) };
  });
  close();
  return runs
    .map(keepShared(segments))
    .filter((r) => r.columns.length >= 2)
    .map(mergeIndents(lines, segments));
}

/**
 * A column is where cells of two lines or more start: an x met on one line only is a gap
 * inside a cell's line (a label set apart, a badge after a title), not a column.
 */
function keepShared(segments: Segment[][]) {
  return (run: ColumnRun): ColumnRun => {
    const met = run.columns.map(() => 0);
    for (let i = run.start; i < run.end; i++) {
      for (const s of segments[i]!) {
        const c = columnAt(run.columns, s.x);
        if (c >= 0) met[c]!++;
      }
    }
    return { ...run, columns: run.columns.filter((_, c) => met[c]! >= 2) };
  };
}

/** The column a segment starts in, or -1. */
export function columnAt(columns: number[], x: number): number {
  return columns.findIndex((c) => Math.abs(c - x) <= ALIGN);
}

/** Adds the line to the run if it fits (see the file's comment), with its new columns. */
function extend(run: ColumnRun, segs: Segment[]): boolean {
  const met = segs.filter((s) => columnAt(run.columns, s.x) >= 0).length;
  if (segs.length === 1) return met === 1;
  if (met < 2) return false;
  const fresh = segs.filter((s) => columnAt(run.columns, s.x) < 0).map((s) => s.x);
  if (run.columns.length + fresh.length > MAX_COLUMNS) return false;
  run.columns = [...run.columns, ...fresh].sort((a, b) => a - b);
  return true;
}

/**
 * Two columns close together that never hold text on the same line are one column whose
 * cells are indented differently (a list in a cell, a value without its bullet).
 */
function mergeIndents(lines: PdfLine[], segments: Segment[][]) {
  return (run: ColumnRun): ColumnRun => {
    const columns = [...run.columns];
    const size = lines.slice(run.start, run.end).reduce((n, l) => Math.max(n, l.size), 0);
    for (let c = columns.length - 1; c > 0; c--) {
      if (columns[c]! - columns[c - 1]! > size * 3) continue;
      const together = segments.slice(run.start, run.end).some((segs) => {
        const at = new Set(segs.map((s) => columnAt(columns, s.x)));
        return at.has(c) && at.has(c - 1);
      });
      // The merged column keeps its leftmost edge; segments at the right one still meet it
      // through `cellColumn` (pdfTable.ts), which takes the last column starting at or before x.
      if (!together) columns.splice(c, 1);
    }
    return { ...run, columns };
  };
}
