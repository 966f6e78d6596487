/**
 * A run of aligned lines (`pdfColumns.ts`) made a table's rows, or refused as two columns
 * of text.
 *
 * Rows. When the run's line spacing has two values (cells padded, or paragraphs spaced: the
 * closer spacing is a cell's text wrapping, the wider a new row), a row starts at each wider
 * step. When it has one, a row starts at each line with text in the first column, and a
 * line without is a cell's wrapped text. A line whose one segment crosses into the next
 * column is a row over several columns (« Pause déjeuner », a day's heading): alone on its
 * line from the first column, it spans the whole table.
 *
 * Cells. A cell's lines are rejoined where the text wrapped (the next line's first word
 * would not have fitted) and kept apart where a line ended short (two speakers, one under
 * the other). A time written once for two rows (parallel workshops: nothing under it in the
 * first column of the next row) is one cell over both rows, as a merged Word cell is.
 *
 * Two columns of text are not a table: in a table the columns' lines share baselines,
 * every cell of a row starts on the row's first line and cells start like items (capital,
 * figure); in columns of prose each column goes its own way (their lines interleave, or a
 * paragraph starts in one column mid-paragraph of the other) and most lines go on a
 * sentence started above (small letter). Few rows hold a single cell in a table.
 */
import type { TableCell, TableRow } from '../sourceDocument';
import type { ColumnRun } from './pdfColumns';
import type { PdfItem, PdfLine, Segment } from './pdfLines';

const ALIGN = 2;

interface Placed {
  segment: Segment;
  line: number;
  column: number;
  span: number;
  /** Baseline of its own first item: a column's lines may sit a little off the line's. */
  y: number;
  /** Its line stands further from the line above than a wrap: a paragraph of its own. */
  paragraph?: boolean;
}

interface Row {
  placed: Placed[];
  firstLine: number;
}

export interface PdfTable {
  rows: TableRow[];
  /** Lines of the run the table holds (from `run.start`); lines after it are text again. */
  end: number;
}

export function runTable(run: ColumnRun, lines: PdfLine[], segments: Segment[][]): PdfTable | undefined {
  const { columns } = run;
  if (interleaved(run, lines)) return undefined;
  const placedLines: Placed[][] = [];
  for (let i = run.start; i < run.end; i++) placedLines.push(segments[i]!.map((segment) => place(segment, i, lines[i]!.items, columns, segments[i]!.length === 1)));
  let rows = splitRows(run, lines, placedLines);
  // A last row of one short line in the first column is the text after the table.
  while (rows.length > 2 && rows.at(-1)!.placed.length === 1 && rows.at(-1)!.placed[0]!.column === 0 && rows.at(-1)!.placed[0]!.span === 1) rows = rows.slice(0, -1);
  if (!looksLikeTable(rows)) return undefined;
  // Text in the first column only, where other rows have several cells: a merged row
  // whose text is short (« 12h30 – 14h00 Pause déjeuner » within the first column).
  for (const row of rows) if (row.placed.every((p) => p.column === 0)) for (const p of row.placed) p.span = columns.length;
  const end = rows.at(-1)!.placed.reduce((n, p) => Math.max(n, p.line), 0) + 1;
  return { rows: buildRows(rows, columns, lines), end };
}

/** The column a segment starts in (the last starting at or before it) and how many it crosses. */
function place(segment: Segment, line: number, items: PdfItem[], columns: number[], alone: boolean): Placed {
  let column = 0;
  while (column + 1 < columns.length && columns[column + 1]! <= segment.x + ALIGN) column++;
  let span = 1;
  while (column + span < columns.length && columns[column + span]! < segment.end - ALIGN) span++;
  // Alone on its line from the first column and crossing a column: over the whole table.
  if (alone && column === 0 && span > 1) span = columns.length;
  return { segment, line, column, span, y: items.find((i) => i.x >= segment.x - 0.01)?.y ?? 0 };
}

function splitRows(run: ColumnRun, lines: PdfLine[], placedLines: Placed[][]): Row[] {
  const steps: number[] = [];
  for (let i = run.start + 1; i < run.end; i++) steps.push(lines[i - 1]!.y - lines[i]!.y);
  const wrap = steps.reduce((a, b) => Math.min(a, b), Infinity);
  // Two spacings: cells' lines at `wrap`, rows further apart (by a few hundredths of a
  // point or more: LibreOffice pads cells by half a point).
  const slack = Math.max(0.25, wrap * 0.02);
  const spaced = steps.some((s) => s > wrap + slack);
  const rowStep = rowSpacing(steps, slack);
  const rows: Row[] = [];
  const lastIn = new Map<number, Placed>();
  placedLines.forEach((placed, k) => {
    const previous = placedLines[k - 1];
    const spanning = placed.some((p) => p.span > 1) || previous?.some((p) => p.span > 1);
    const wider = k > 0 && steps[k - 1]! > Math.max(wrap + slack, rowStep);
    // A wider step before one cell's line alone, not in the first column: a new paragraph
    // of that cell (a row's cells start together; the first column starts a row alone).
    const starts = k === 0 || spanning || (spaced ? wider && (placed.length > 1 || placed[0]!.column === 0) : placed.some((p) => p.column === 0));
    if (k > 0 && steps[k - 1]! > wrap + slack) for (const p of placed) p.paragraph = true;
    // A column whose lines sit off the line's baseline (Word's export: a smaller-spaced
    // type label beside a list) has its own steps: wider than a wrap, a paragraph.
    for (const p of placed) {
      const above = lastIn.get(p.column);
      if (above && above.y - p.y > wrap + slack) p.paragraph = true;
      lastIn.set(p.column, p);
    }
    if (starts) rows.push({ placed: [...placed], firstLine: run.start + k });
    else for (const p of placed) rows.at(-1)!.placed.push(p);
  });
  return rows;
}

/**
 * The spacing above which a step starts a row, when a run has three spacings or more: a
 * cell's text wrapping, its paragraphs spaced (Word's export: the type under the title, a
 * list after a sentence) and rows, further apart by the cell borders and padding. The rows'
 * spacing is above the widest jump between two spacings. With fewer, 0: every step wider
 * than a wrap may start a row (`splitRows` tells rows from paragraphs by their cells).
 */
function rowSpacing(steps: number[], slack: number): number {
  const levels: number[] = [];
  for (const step of [...steps].sort((a, b) => a - b)) if (!levels.length || step > levels.at(-1)! + slack) levels.push(step);
  if (levels.length < 3) return 0;
  let jump = 1;
  for (let i = 2; i < levels.length; i++) if (levels[i]! - levels[i - 1]! > levels[jump]! - levels[jump - 1]!) jump = i;
  // The jump from wraps to paragraphs is no row boundary: rows are at least the third level.
  return jump >= 2 ? levels[jump - 1]! + slack : 0;
}

/**
 * Lines closer than their text is high: the columns' lines are not on shared baselines but
 * interleave (blocks of different sizes side by side, each with its own spacing).
 */
function interleaved(run: ColumnRun, lines: PdfLine[]): boolean {
  for (let i = run.start + 1; i < run.end; i++) {
    if (lines[i - 1]!.y - lines[i]!.y < Math.min(lines[i - 1]!.size, lines[i]!.size) * 0.8) return true;
  }
  return false;
}

function looksLikeTable(rows: Row[]): boolean {
  const full = rows.filter((r) => new Set(r.placed.map((p) => p.column)).size >= 2);
  if (full.length < 2) return false;
  // Rows of one cell that spans nothing are few in a table (a short merged row); many, and
  // the columns are blocks laid side by side whose lines do not keep in step.
  const single = rows.filter((r) => new Set(r.placed.map((p) => p.column)).size < 2 && r.placed.every((p) => p.span === 1)).length;
  if (single > rows.length / 4) return false;
  // Every cell of a row starts on the row's first line.
  const aligned = full.filter((r) => {
    const firsts = new Map<number, number>();
    for (const p of r.placed) if (!firsts.has(p.column)) firsts.set(p.column, p.line);
    return [...firsts.values()].every((line) => line === r.firstLine);
  });
  if (aligned.length < full.length * 0.75) return false;
  // Cells starting mid-sentence: prose flowing from row to row.
  const starts = rows.slice(1).flatMap((r) => r.placed.filter((p) => p.line === r.firstLine).map((p) => p.segment.text));
  const lower = starts.filter((t) => /^\p{Ll}/u.test(t)).length;
  return lower <= starts.length * 0.3;
}

function buildRows(rows: Row[], columns: number[], lines: PdfLine[]): TableRow[] {
  // Where each column's text may reach: its widest line (a wrap happens before it).
  const reach = columns.map(() => -Infinity);
  for (const r of rows) for (const p of r.placed) if (p.span === 1) reach[p.column] = Math.max(reach[p.column]!, p.segment.end);
  const out: TableRow[] = [];
  /** The first column's cell above, to extend over a row that has nothing under it. */
  let firstColumnAbove: TableCell | undefined;
  for (const r of rows) {
    const cells: TableCell[] = [];
    for (let c = 0; c < columns.length; ) {
      const placed = r.placed.filter((p) => p.column === c);
      if (!placed.length && c === 0 && firstColumnAbove && r.placed.length) {
        firstColumnAbove.rowSpan++;
        c++;
        continue;
      }
      const span = placed.reduce((n, p) => Math.max(n, p.span), 1);
      const cell: TableCell = { lines: paragraphs(placed, reach[c]!, lines), colSpan: Math.min(span, columns.length - c), rowSpan: 1 };
      cells.push(cell);
      if (c === 0) firstColumnAbove = cell.lines.length && cell.colSpan === 1 ? cell : undefined;
      c += cell.colSpan;
    }
    out.push({ cells });
  }
  return out;
}

/** A cell's lines as paragraphs: a wrapped line joined to the next, a short one ended. */
function paragraphs(placed: Placed[], reach: number, lines: PdfLine[]): string[] {
  const out: string[] = [];
  let previous: Placed | undefined;
  for (const p of placed) {
    const text = p.segment.text;
    // Two segments of one line in one column (a gap inside the cell's line): one line.
    if (previous && out.length && previous.line === p.line) out.push(`${out.pop()!} ${text}`);
    else if (previous && out.length && !p.paragraph && wrapped(previous, text, reach, lines[p.line]!.size)) {
      const last = out.pop()!;
      // « centre- » + « bourg »: a hyphen at a wrap is the word's own (French compounds).
      out.push(/[\p{L}\p{N}]-$/u.test(last) ? last + text : `${last} ${text}`);
    } else out.push(text);
    previous = p;
  }
  return out;
}

/** Whether the line before `next` ended because the next word would not fit. */
function wrapped(previous: Placed, next: string, reach: number, size: number): boolean {
  const segment = previous.segment;
  const firstWord = next.split(/\s/)[0] ?? next;
  // Width of the next line's first word, at the previous line's average glyph width.
  const perChar = (segment.end - segment.x) / Math.max(1, segment.text.length);
  // A line ending on a dash, a comma or a colon goes on (« 9h30 – » / « 10h00 »).
  return segment.end + perChar * (firstWord.length + 1) > reach - size * 0.2 || /[-–—,:/]$/u.test(segment.text);
}
