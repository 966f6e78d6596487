/** Messages between the import runner and its worker thread. */
import type { ImportedTable } from '../core/import/summary';
import type { ImportLimits, ImportRefusal } from '../core/import/limits';
import type { ImportRemark } from '../core/import/state';

export interface ImportJob {
  bytes: Uint8Array;
  fileName: string;
  /** Only the slots, as YAML list items (paste as programme slots). */
  slotsOnly: boolean;
  limits: ImportLimits;
}

export interface ImportOutput {
  yaml: string;
  slots: number;
  unplaced: number;
  /** What the importer could not do or had to assume (ImportResult's), for the summary. */
  warnings: string[];
  /** The same remarks in English and French (ImportResult's): the summary speaks the user's language. */
  remarks?: ImportRemark[];
  /** The source's tables as read (ImportResult's), for the summary. */
  tables?: ImportedTable[];
}

export type WorkerReply = { ok: true; output: ImportOutput } | { ok: false; refusal?: ImportRefusal; message: string };
