/**
 * Import of a programme written for humans — plain text, Markdown, the text of a Word
 * document or of an e-mail, or any source read into the common document of
 * `sourceDocument.ts` — into a `.programme.yaml` (FORMAT.md §3).
 *
 * The readers work line by line (`reader.ts`): time lines (`08h30/09h00 Accueil`, `9h00 -
 * 9h30 : Accueil café`, `De 9h à 10h30 — Séquence 1`, `10h30 Pause`, table rows) open slots
 * (`agenda.ts`, `tableRows.ts`); bulleted or indented lines under a slot are its steps; day
 * headings (`Jour 1`, `Mardi 12 mars 2024`) open days; headings and `Label : value` lines
 * before the agenda fill the programme fields (`fields.ts`, `sections.ts`). The Markdown that
 * `deroule export --to md` writes is read back the same way, so an export imports to the
 * same agenda. The assembly (`assemble.ts`) then settles dates, groups, people and
 * deliverables, and `yamlWriter.ts` writes the YAML.
 *
 * Nothing is dropped: what the readers do not understand is kept, in the slot's
 * `description` or in the programme's `notes`, under a YAML comment saying so. Times are
 * written as the source wrote them (h or colon style); an inconsistent source (overlapping
 * times) is kept as it is, for the checker to report.
 */
import type { ImportedTable } from './summary';
import { assemble } from './assemble';
import { read } from './reader';
import { linesDocument, type SourceDocument } from './sourceDocument';
import { createState, type ImportRemark } from './state';
import { toYaml } from './yamlWriter';

export interface ImportOptions {
  /** Name of the source file: the title when the text has none. */
  fileName?: string;
}

export interface ImportResult {
  /** Text of the `.programme.yaml`. */
  yaml: string;
  /** Number of slots found (all days). */
  slots: number;
  /** Number of source lines kept without being understood (in `notes` or a slot's `description`). */
  unplaced: number;
  /** What the reader could not do or had to assume, in the language of the source. */
  warnings: string[];
  /** The same remarks in English and French: the summary says them in the user's language. */
  remarks: ImportRemark[];
  /** The source's tables as read: what each column holds, or no agenda (for the summary). */
  tables: ImportedTable[];
}

/**
 * Reads a programme written for humans (a text, or a source document of lines and tables)
 * and writes it as a `.programme.yaml`. The result is meant to be checked at once by the
 * language service.
 */
export function importProgramme(source: string | SourceDocument, options: ImportOptions = {}): ImportResult {
  const state = createState(typeof source === 'string' ? linesDocument(source) : source);
  read(state);
  const { data, comments, slots, unplaced } = assemble(state, options.fileName);
  return { yaml: toYaml(data, comments), slots, unplaced, warnings: state.warnings.map((w) => w[state.lang]), remarks: state.warnings, tables: state.tables };
}
