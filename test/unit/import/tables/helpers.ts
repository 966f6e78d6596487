/** Small tables written as arrays, for the table readers' tests. */
import { type TableBlock, type TableCell, type TableRow } from '../../../../server/src/core/import/sourceDocument';
import { readTable } from '../../../../server/src/core/import/tables/readTable';
import { type TableReading, type TableSlot } from '../../../../server/src/core/import/tables/tableReading';

/** A cell: its text (lines separated by `\n`), or its text with spans. */
export type CellSpec = string | { text: string; colSpan?: number; rowSpan?: number };

export function cell(spec: CellSpec): TableCell {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  return { lines: s.text.split('\n'), colSpan: s.colSpan ?? 1, rowSpan: s.rowSpan ?? 1 };
}

/** A table; `header: n` marks the first n rows as the source's header rows. */
export function table(rows: CellSpec[][], header = 0): TableBlock {
  return { kind: 'table', line: 1, rows: rows.map((cells, i): TableRow => ({ cells: cells.map(cell), ...(i < header ? { header: true } : {}) })) };
}

export function read(rows: CellSpec[][], header = 0): TableReading {
  return readTable(table(rows, header));
}

export function slots(reading: TableReading): TableSlot[] {
  return reading.entries.filter((e): e is TableSlot => e.kind === 'slot');
}

/** Each column's role, in order. */
export function roles(reading: TableReading): string[] {
  return reading.columns.map((c) => c.role);
}

/** `9h00-9h30` for a slot's time, as the format will have it. */
export function timeText(slot: TableSlot): string | undefined {
  return slot.time ? (slot.time.end ? `${slot.time.start}-${slot.time.end}` : slot.time.start) : undefined;
}
