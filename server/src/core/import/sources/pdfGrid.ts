/**
 * A label | value grid printed to PDF — the training sheet of Déroulé's HTML export (a
 * `<dl class="sheet">`: « Durée » in a column at the left, « 6 h sur 1 jour » beside it), a
 * catalogue's sheet — read as the fields it writes: « Durée : 6 h sur 1 jour », and a value
 * of several paragraphs or printed as a list as « Label : » then « - item » lines, as the
 * HTML reader gives the same sheet. Read as a table instead, its rows' wrapped lines go apart
 * and the training-field readers meet « | Durée | 6 h | » rows, which they do not read.
 *
 * A grid is a run of lines in which:
 * - a row starts with its label at the grid's left edge, then, past a gap, its value;
 * - every other line starts in the value column (a value's next line or next item);
 * - at least two labels are ones the field readers know (`fieldOf`, `trainingKeyOf`).
 * A value's lines printed wrapped are joined back as elsewhere (`pdfWrap.ts`); a value
 * starting right of the grid's value column is a list (the list's indent), so is a value of
 * several paragraphs. A single such row outside a table is read the same (`labelLine`). Lines at the top of a page in the value column, before the first
 * row, are the rest of the last value of the page before: written as its next items.
 */
import { trainingKeyOf } from '../fields/index';
import { fieldOf } from '../vocabulary';
import { segmentsOf, joinItems, type PdfLine } from './pdfLines';
import { continues, joinWrapped, type WrapContext } from './pdfWrap';

/** Starts within this many points are one column. */
const ALIGN = 2;
/** A label is short: a field's name, not a sentence. */
const MAX_LABEL_WORDS = 8;

export interface GridRun {
  start: number;
  /** The first line after the grid. */
  end: number;
  lines: string[];
}

interface Row {
  label?: string;
  /** Where the value's first line starts. */
  x: number;
  lines: PdfLine[];
}

/** The page's grids, by the line they start at. */
export function sheetGrids(lines: PdfLine[], wrap: WrapContext): Map<number, GridRun> {
  const grids = new Map<number, GridRun>();
  for (let i = 0; i < lines.length; i++) {
    const first = labelRow(lines[i]!);
    if (!first) continue;
    const rows: Row[] = [];
    // The rest of a value begun on the page before: value-column lines opening the page.
    let start = i;
    if (grids.size === 0) {
      while (start > 0 && lines[start - 1]!.items[0]!.x >= first.valueX - ALIGN && oneRun(lines[start - 1]!)) start--;
      if (start > 0) start = i;
      if (start < i) rows.push({ x: lines[start]!.items[0]!.x, lines: lines.slice(start, i) });
    }
    let end = i;
    let column = first.valueX;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      const row = labelRow(line);
      if (row && Math.abs(row.labelX - first.labelX) <= ALIGN) {
        rows.push({ label: row.label, x: row.valueX, lines: [{ ...line, items: line.items.filter((item) => item.x >= row.valueX - ALIGN) }] });
        column = Math.min(column, row.valueX);
        continue;
      }
      if (line.items[0]!.x >= column - ALIGN && rows.length && oneRun(line)) {
        rows.at(-1)!.lines.push(line);
        continue;
      }
      break;
    }
    const known = rows.filter((r) => r.label && isLabel(r.label)).length;
    if (known < 2) continue;
    // Values printed as lists stand right of the others (the list's indent): where some do,
    // a value that does not is one paragraph, whatever its lines say.
    const indents = rows.some((r) => r.x > column + ALIGN);
    grids.set(start, { start, end, lines: rows.flatMap((row) => rowLines(row, column, indents, wrap)) });
    i = end - 1;
  }
  return grids;
}

/**
 * A line outside tables and grids that is one row of a grid (« Organisateur   DDTM 59 »): a
 * known label, then past a gap its value, which is not a label too (a header row's cells).
 */
export function labelLine(line: PdfLine): string | undefined {
  const segments = segmentsOf(line);
  if (segments.length !== 2) return undefined;
  const [label, value] = [segments[0]!.text, segments[1]!.text];
  if (!isLabel(label) || isLabel(value) || label.split(/\s+/).length > MAX_LABEL_WORDS || /[.!?;,:]$/.test(label)) return undefined;
  return `${label} : ${value}`;
}

function isLabel(text: string): boolean {
  return fieldOf(text) !== undefined || trainingKeyOf(text) !== undefined;
}

/** « Label : value », or « Label : » and its items (a row without a label: its items). */
function rowLines(row: Row, column: number, indents: boolean, wrap: WrapContext): string[] {
  const indented = row.x > column + ALIGN;
  const paragraphs: string[] = [];
  let previous: PdfLine | undefined;
  for (const line of row.lines) {
    const text = joinItems(line.items, false);
    const goesOn = indents && !indented ? true : continues(previous ?? line, line, wrap);
    if (previous && paragraphs.length && goesOn) paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs.at(-1)!, text);
    else paragraphs.push(text);
    previous = line;
  }
  const label = row.label?.replace(/\s*:$/, '');
  const list = indented || (!indents && paragraphs.length > 1);
  if (!list) return [label ? `${label} : ${paragraphs[0] ?? ''}` : paragraphs.join(' ')];
  return [...(label ? [`${label} :`] : []), ...paragraphs.map((p) => `  - ${p}`)];
}

/** A line that starts with a short label, then past a gap its value. */
function labelRow(line: PdfLine): { label: string; labelX: number; valueX: number } | undefined {
  const segments = segmentsOf(line);
  if (segments.length < 2) return undefined;
  const [label, value] = [segments[0]!, segments[1]!];
  // A value that is a label too: a table's header row (« Date | Lieu »), not a field.
  if (label.text.split(/\s+/).length > MAX_LABEL_WORDS || /[.!?;,]$/.test(label.text) || isLabel(value.text)) return undefined;
  return { label: label.text, labelX: label.x, valueX: value.x };
}

/** One run of text: no column gap in it. */
function oneRun(line: PdfLine): boolean {
  return segmentsOf(line).length === 1;
}
