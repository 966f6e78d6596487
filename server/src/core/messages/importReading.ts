/**
 * What the importer writes into a programme and says of it, in the source's language
 * (issue 17): YAML comments, default titles, warnings (`unrecognisedComment` heads what was
 * kept without being understood, « non reconnu à l'import »), and what each column of a
 * table was read as. English, then French with the same shape.
 */
import type { ColumnRole } from '../import/tables/tableReading';

export const importReadingEn = {
  unrecognised: 'not recognised on import',
  unrecognisedComment: (text: string) => `not recognised on import: "${text}"`,
  unrecognisedWarn: (line: number, text: string, where: string) => `line ${line}: "${text}" not recognised, kept in ${where}`,
  noTitle: 'no title found on import: to be completed',
  noTitleWarn: 'no title found',
  untitledSlot: 'Session',
  untitledSlotComment: 'no title found on import: to be completed',
  noTimes: 'no time recognised: the agenda could not be imported',
  assumedYear: (d: string) => `year assumed on import: ${d}`,
  assumedDate: (d: string) => `date assumed on import: ${d}`,
  noDate: 'no date found on import: to be completed (YYYY-MM-DD)',
  noDateWarn: (day: string) => `no date for ${day}`,
  extraDates: (d: string) => `dates not placed: ${d}`,
  leadIn: 'introduction of the objectives in the source document:',
  group: 'Group',
  untitled: 'Imported programme',
  notesWhere: 'notes',
  descWhere: "the session's description",
  tableRoom: 'Room',
  parallelSessions: 'Parallel sessions',
  contextWhere: 'context',
  durationLabel: 'Duration',
  taxNote: (note: string) => `tax mention in the source: ${note}`,
  trainingFormat: (words: readonly string[]) => `format: training, as the text speaks of ${words.map((w) => `"${w}"`).join(', ')}`,
  teamHeading: 'section presenting the team, kept as public context',
  reviewComment: (author: string | undefined, text: string) => `Reviewer's comment${author ? ` (${author})` : ''}: ${text}`,
};

export type ImportReadingMessages = typeof importReadingEn;

export const importReadingFr: ImportReadingMessages = {
  unrecognised: "non reconnu à l'import",
  unrecognisedComment: (text) => `non reconnu à l'import : « ${text} »`,
  unrecognisedWarn: (line, text, where) => `ligne ${line} : « ${text} » non reconnu, conservé dans ${where}`,
  noTitle: "titre non trouvé à l'import : à compléter",
  noTitleWarn: 'aucun titre trouvé',
  untitledSlot: 'Séquence',
  untitledSlotComment: "intitulé non trouvé à l'import : à compléter",
  noTimes: "aucun horaire reconnu : le déroulé n'a pas pu être importé",
  assumedYear: (d) => `année supposée à l'import : ${d}`,
  assumedDate: (d) => `date supposée à l'import : ${d}`,
  noDate: "date non trouvée à l'import : à compléter (AAAA-MM-JJ)",
  noDateWarn: (day) => `pas de date pour ${day}`,
  extraDates: (d) => `dates non placées : ${d}`,
  leadIn: 'introduction des objectifs dans le document source :',
  group: 'Groupe',
  untitled: 'Programme importé',
  notesWhere: 'notes',
  descWhere: 'la description de la séquence',
  tableRoom: 'Salle',
  parallelSessions: 'Ateliers en parallèle',
  contextWhere: 'le contexte (context)',
  durationLabel: 'Durée',
  taxNote: (note) => `mention fiscale de la source : ${note}`,
  trainingFormat: (words) => `format : formation (training), le texte parle de ${words.map((w) => `« ${w} »`).join(', ')}`,
  teamHeading: 'section présentant l’équipe, gardée comme contexte public',
  reviewComment: (author, text) => `Commentaire de relecture${author ? ` (${author})` : ''} : ${text}`,
};

const columnRolesEn: Record<ColumnRole, string> = {
  time: 'times',
  start: 'start times',
  end: 'end times',
  duration: 'durations',
  title: 'titles',
  details: 'details',
  speakers: 'speakers',
  room: 'rooms',
  unknown: 'unrecognised details',
};

const columnRolesFr: Record<ColumnRole, string> = {
  time: 'horaires',
  start: 'heures de début',
  end: 'heures de fin',
  duration: 'durées',
  title: 'titres',
  details: 'détails',
  speakers: 'intervenants',
  room: 'salles',
  unknown: 'détails non reconnus',
};

/** What each column of a table was read as: `table read as an agenda: « Horaire » → times, « Séquence » → titles`. */
export const importTableReadEn = (columns: { label?: string; role: ColumnRole }[]) =>
  `table read as an agenda: ${columns.map((c, i) => `${c.label ? `« ${c.label} »` : `column ${i + 1}`} → ${columnRolesEn[c.role]}`).join(', ')}`;
export const importTableReadFr = (columns: { label?: string; role: ColumnRole }[]): string =>
  `tableau lu comme un déroulé : ${columns.map((c, i) => `${c.label ? `« ${c.label} »` : `colonne ${i + 1}`} → ${columnRolesFr[c.role]}`).join(', ')}`;
export const importTableNotAgendaEn = 'a table with no column of times or durations: kept as text, not as slots';
export const importTableNotAgendaFr = 'un tableau sans colonne d’horaires ni de durées : gardé comme texte, pas comme séances';
