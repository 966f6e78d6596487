/**
 * What a table of a source document means (issue 17): the neutral result of `readTable`,
 * handed to the programme readers, which turn it into days, slots, people and tracks.
 *
 * A `TableReading` says nothing of YAML or of the programme's shape: it gives each column's
 * role and, row by row, the sections (a day heading, a part of the day) and the slots read,
 * with every cell's text kept somewhere (`title`, `details`, `speakers`, `room`, `extra`).
 * When the table is not an agenda (no column of times or durations: a list of contacts, a
 * price list), `agenda` is false and the caller keeps the table as text.
 */

/** What a column holds. `start`/`end` are the two halves of a time split over two columns. */
export type ColumnRole = 'time' | 'start' | 'end' | 'duration' | 'title' | 'details' | 'speakers' | 'room' | 'unknown';

export interface TableColumn {
  /** 0-based position in the table's grid (after merged cells are spread). */
  index: number;
  role: ColumnRole;
  /** The header cell's text, as written; absent when the table has no header row. */
  label?: string;
  /** How the role was found: the header's words, or the cells' content. */
  by: 'header' | 'content';
}

/** A time read from a cell, ready for the format (`9h00-9h30`, `13h00`, `09:45`). */
export interface CellTime {
  /** The start as the source wrote it: its `h` or colon style, `H` → `h`, no inner spaces. */
  start: string;
  end?: string;
  startMinutes: number;
  endMinutes?: number;
  /**
   * True when the text was rewritten before `core/time.ts` could read it (an em dash,
   * `9.30`, `9h00 > 9h30`, `9:00 am`, `jusqu'à`): the notation is the source's, the
   * separator and the am/pm are ours.
   */
  normalised?: true;
}

/** One person named in a speakers cell. */
export interface TablePerson {
  /** The person's text as written in the cell (for readers that want to read it again). */
  text: string;
  /** The name without its civility (`Claire DUBOIS`); absent when the text names no one (« Cerema »). */
  name?: string;
  /** `Mme`, `M.`, `Dr`…: dropped from the name, kept here. */
  civility?: string;
  role?: string;
  organisation?: string;
}

/** A cell of a column the table does not explain, kept with its header. */
export interface ExtraCell {
  label?: string;
  /** The cell's lines, in the line grammar of `LineBlock.text`. */
  lines: string[];
}

export interface TableSlot {
  kind: 'slot';
  /** 0-based index of the table row it was read from. */
  row: number;
  time?: CellTime;
  /** A duration as written (`30 min`, `1h30`) and in minutes. */
  duration?: { text: string; minutes: number };
  /** First line of the title cell (or of the details cell when there is no title column). */
  title: string;
  /** The other lines, in the line grammar of `LineBlock.text` (bullets kept as `- …`). */
  details: string[];
  speakers: TablePerson[];
  room?: string;
  /** Cells of unknown columns, and of labelled detail columns (« Objectifs », « Méthode »). */
  extra: ExtraCell[];
  /**
   * Rows under one merged time cell that name different rooms are parallel sessions: each
   * is its own slot, and this is the row of the first (the integrator may make tracks).
   */
  parallelWith?: number;
}

export interface TableSection {
  kind: 'section';
  row: number;
  /** `day`: a heading naming a day (« Mardi 12 mars 2024 », « Jour 2 »); `heading`: any other. */
  section: 'day' | 'heading';
  text: string;
}

export type TableEntry = TableSlot | TableSection;

export interface TableReading {
  /** False when the table is no agenda: the caller keeps it as text, as written. */
  agenda: boolean;
  columns: TableColumn[];
  /** Rows read as column headers (never content). */
  headerRows: number[];
  entries: TableEntry[];
}
