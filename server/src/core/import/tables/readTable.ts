/**
 * A table read as an agenda: `readTable(block)` → `TableReading` (see tableReading.ts).
 *
 * Row by row, after the header rows (never content):
 * - an empty row is skipped;
 * - a row that is one cell over every column is a section: a slot when it starts with a
 *   time (« 12h30 – 14h00 Pause déjeuner »), a day when it names one (« Mardi 12 mars »,
 *   « Jour 2 »: so two days fit in one table), a heading otherwise (« Matinée »,
 *   « Pause déjeuner » without a time);
 * - any other row is a slot: its time, duration, title (first line of the title cell; the
 *   other lines are details), speakers, room, and every other cell as an `extra` labelled
 *   with its header. Nothing written in a cell is dropped.
 *
 * Merged cells: rows under one time cell merged down are one session. When they name
 * different rooms they are parallel sessions (one slot each, `parallelWith` the first);
 * otherwise they are one slot whose later rows' titles become its steps. A title cell merged
 * down over rows that each have their own time is one slot running until the last time.
 */
import { roomOf } from '../fields/slotWords';
import { type TableBlock } from '../sourceDocument';
import { cellLines, isFullSpan, toGrid, type Grid, type GridCell } from './grid';
import { cellDuration, cellTime, leadingTime } from './cellTime';
import { findColumns, findHeaderRows } from './columnRoles';
import { looksLikeDayHeading } from './contentKinds';
import { isPlainDetails } from './headerWords';
import { peopleOfCell } from './speakerCell';
import { type CellTime, type ColumnRole, type TableColumn, type TableEntry, type TableReading, type TableSlot } from './tableReading';

/** `**Accueil**`, `## Accueil` → `Accueil`: a title is plain text. */
function plainTitle(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.+)\*\*$/, '$1')
    .trim();
}

export function readTable(block: TableBlock): TableReading {
  const grid = toGrid(block);
  const headerRows = findHeaderRows(grid);
  const { columns } = findColumns(grid, headerRows);
  const entries: TableEntry[] = [];
  const reader = new RowReader(grid, columns, entries);
  grid.rows.forEach((_, r) => {
    if (!headerRows.includes(r) && !isRepeatedHeader(grid, r, headerRows)) reader.row(r);
  });
  const slots = entries.filter((e): e is TableSlot => e.kind === 'slot');
  const timed = slots.filter((s) => s.time || s.duration).length;
  const agenda = timed > 0 && columns.some((c) => c.role === 'time' || c.role === 'start' || c.role === 'duration' || c.role === 'end') ? true : timed >= 2;
  return { agenda, columns, headerRows, entries };
}

/** The header written again further down (a second day's part of the table). */
function isRepeatedHeader(grid: Grid, r: number, headerRows: number[]): boolean {
  const first = headerRows[0];
  if (first === undefined || isFullSpan(grid, r)) return false;
  const text = (row: number) => grid.rows[row]!.map((g) => (g?.firstRow ? cellLines(g).join(' ') : '')).join('|');
  return text(r) === text(first);
}

class RowReader {
  private readonly role = new Map<ColumnRole, TableColumn[]>();
  /** The slot of the row above, and the merged cells it was read from. */
  private last: { slot: TableSlot; timeCell?: GridCell; titleCell?: GridCell } | undefined;

  constructor(
    private readonly grid: Grid,
    private readonly columns: TableColumn[],
    private readonly entries: TableEntry[],
  ) {
    for (const c of columns) this.role.set(c.role, [...(this.role.get(c.role) ?? []), c]);
  }

  private at(r: number, role: ColumnRole): GridCell | undefined {
    const column = this.role.get(role)?.[0];
    return column ? this.grid.rows[r]![column.index] : undefined;
  }

  row(r: number): void {
    const cells = this.grid.rows[r]!;
    if (!cells.some((g) => g && g.row === r && cellLines(g).length)) return; // empty, or only merges from above
    if (isFullSpan(this.grid, r)) return this.section(r, cellLines(cells[0]).join(' '));
    // « Mardi 12 mars | | »: a day written in one cell of a row left empty.
    const written = cells.filter((g, c) => g && g.row === r && g.column === c && cellLines(g).length);
    const alone = written.length === 1 ? cellLines(written[0]).join(' ') : '';
    if (alone && !cellTime(alone) && looksLikeDayHeading(alone)) return this.section(r, alone);
    const slot = this.slotOf(r);
    const timeCell = this.at(r, 'time') ?? this.at(r, 'start');
    const titleCell = this.at(r, 'title');
    const last = this.last;
    // Under the time cell of the row above: one session, or parallel sessions in other rooms.
    if (last && timeCell && timeCell.row < r && timeCell.cell === last.timeCell?.cell) {
      roomsFromTitles(last.slot, slot);
      if (slot.room && last.slot.room && slot.room !== last.slot.room) {
        slot.time = last.slot.time;
        slot.parallelWith = last.slot.parallelWith ?? last.slot.row;
      } else return this.mergeInto(last.slot, slot);
    }
    // A title cell over rows with their own times: one slot until the last of them.
    if (last && titleCell && titleCell.row < r && titleCell.cell === last.titleCell?.cell && slot.time && last.slot.time) {
      last.slot.time = { ...last.slot.time, end: slot.time.end ?? slot.time.start, endMinutes: slot.time.endMinutes ?? slot.time.startMinutes };
      return this.mergeInto(last.slot, { ...slot, title: '' });
    }
    this.entries.push(slot);
    this.last = { slot, timeCell, titleCell };
  }

  private section(r: number, text: string): void {
    const timed = leadingTime(text);
    if (timed && timed.rest) {
      const slot: TableSlot = { kind: 'slot', row: r, time: timed.time, title: plainTitle(timed.rest), details: [], speakers: [], extra: [] };
      this.entries.push(slot);
      this.last = { slot };
      return;
    }
    this.entries.push({ kind: 'section', row: r, section: looksLikeDayHeading(text) ? 'day' : 'heading', text: plainTitle(text) });
    this.last = undefined;
  }

  private mergeInto(target: TableSlot, slot: TableSlot): void {
    if (slot.title) target.details.push(`- ${slot.title}`);
    target.details.push(...slot.details);
    target.speakers.push(...slot.speakers.filter((p) => !target.speakers.some((q) => q.text === p.text)));
    if (slot.room && !target.room) target.room = slot.room;
    else if (slot.room && slot.room !== target.room) target.extra.push(extra(this.role.get('room')![0]!, [slot.room]));
    target.extra.push(...slot.extra);
  }

  private slotOf(r: number): TableSlot {
    const slot: TableSlot = { kind: 'slot', row: r, title: '', details: [], speakers: [], extra: [] };
    const titleLines: string[] = [];
    let endLines: { column: TableColumn; lines: string[] } | undefined;
    for (const column of this.columns) {
      const g = this.grid.rows[r]![column.index];
      // A cell merged over several columns is read once, in its first column.
      if (!g || g.column !== column.index) continue;
      // A time, speakers or room cell merged down holds for every row it covers; other merged
      // cells are read in their first row only (a title merged down is handled in `row`).
      const lines = g.row === r || ['time', 'start', 'end', 'speakers', 'room'].includes(column.role) ? cellLines(g) : [];
      if (!lines.length) continue;
      const text = lines.join(' ');
      switch (column.role) {
        case 'time':
        case 'start': {
          const time = this.timeOf(r, text);
          if (time) slot.time = time;
          else {
            const lead = leadingTime(text);
            if (lead) {
              slot.time = lead.time;
              titleLines.push(lead.rest, ...lines.slice(1));
            } else slot.extra.push(extra(column, lines));
          }
          break;
        }
        case 'end':
          // Read with the start (`timeOf`); kept as written when it is no time or has no start.
          endLines = { column, lines };
          break;
        case 'duration': {
          const duration = cellDuration(text);
          if (duration) slot.duration = duration;
          else slot.extra.push(extra(column, lines));
          break;
        }
        case 'title':
          titleLines.unshift(...lines);
          break;
        case 'speakers':
          slot.speakers.push(...peopleOfCell(lines));
          break;
        case 'room':
          slot.room = text;
          break;
        case 'details':
          if (!column.label || isPlainDetails(column.label)) slot.details.push(...lines);
          else slot.extra.push(extra(column, lines));
          break;
        default:
          slot.extra.push(extra(column, lines));
      }
    }
    if (endLines && !slot.time?.end) slot.extra.push(extra(endLines.column, endLines.lines));
    const [first, ...rest] = titleLines.filter(Boolean);
    slot.title = first ? plainTitle(first) : '';
    slot.details.unshift(...rest);
    // No title cell: the first detail line is the title.
    if (!slot.title && slot.details.length) slot.title = plainTitle(slot.details.shift()!.replace(/^[-*•]\s+/, ''));
    return slot;
  }

  /** The time cell's reading, completed by the end column (« Début | Fin »). */
  private timeOf(r: number, text: string): CellTime | undefined {
    const time = cellTime(text);
    const endCell = this.at(r, 'end');
    const end = time && !time.end && endCell ? cellTime(cellLines(endCell).join(' ')) : undefined;
    if (!time || !end || end.end) return time;
    return { ...time, end: end.start, endMinutes: end.startMinutes, ...(end.normalised ? { normalised: true as const } : {}) };
  }
}

/**
 * Two sessions under one time with no room column, each naming its room in its title
 * (« Atelier 1 : … (salle Vauban) », « Atelier 2 : … (salle Colbert) »): the rooms are
 * read from the titles, so the sessions are parallel, each in its room.
 */
function roomsFromTitles(a: TableSlot, b: TableSlot): void {
  if (a.room || b.room) return;
  const ra = roomOf(a.title);
  const rb = roomOf(b.title);
  if (!ra || !rb || ra.room === rb.room || !ra.rest || !rb.rest) return;
  [a.room, a.title, b.room, b.title] = [ra.room, ra.rest, rb.room, rb.rest];
}

function extra(column: TableColumn, lines: string[]) {
  return column.label ? { label: column.label, lines } : { lines };
}
