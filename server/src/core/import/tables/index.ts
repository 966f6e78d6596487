/**
 * Tables read as agendas (issue 17): `readTable` turns a `TableBlock` into a neutral
 * `TableReading` (columns and their roles, day sections, slots with their people and rooms),
 * and `describeTable` says in a sentence what was read, for the summary of an import.
 */
import { messagesFor } from '../../messages';
import type { Language } from '../../types';
import { type TableReading } from './tableReading';

export { readTable } from './readTable';
export type * from './tableReading';

/** « tableau lu comme un déroulé : « Horaire » → horaires, … », or why it stays text. */
export function describeTable(reading: TableReading, language: Language): string {
  const m = messagesFor(language);
  return reading.agenda ? m.importTableRead(reading.columns) : m.importTableNotAgenda;
}
