/**
 * The summary said after each import (issue 17), built once here for the CLI (stderr) and
 * VS Code (a notification and the Déroulé output channel): what was recognised (title,
 * dates, slots, people and speakers, the training sheet's fields), how many lines went under
 * « non reconnu », what the importer noted, and the result of checking the imported
 * programme. Facts are read from the model of the imported YAML, so they say what the file
 * holds, whichever reader produced it.
 */
import { messagesFor } from '../messages';
import type { ColumnRole } from './tables/tableReading';
import type { ImportRemark } from './state';
import type { ProgrammeModel } from '../model/types';
import type { DerouleDiagnostic, Language } from '../types';

/** The training sheet's fields (FORMAT.md 7.3), in the order the summary names them. */
export const TRAINING_FIELDS = ['duration', 'price', 'access', 'contact', 'methods', 'participants', 'evaluation', 'accessibility', 'prerequisites'] as const;

/** What the importer itself reports (ImportResult, as the import runner passes it on). */
export interface ImportedText {
  slots: number;
  unplaced: number;
  warnings?: readonly string[];
  /** The same remarks in each language (ImportResult.remarks): preferred, so the summary speaks the user's language. */
  remarks?: readonly ImportRemark[];
  /** The source's tables, in order: what each column was read as, or no agenda. */
  tables?: readonly ImportedTable[];
}

/** A table of the source as the importer read it (language-neutral: the summary says it). */
export interface ImportedTable {
  agenda: boolean;
  columns: { label?: string; role: ColumnRole }[];
}

/** The summary's facts, language-neutral (tests and hosts may read them). */
export interface ImportFacts {
  title?: string;
  days: number;
  /** The days' dates as ISO dates, those that were found. */
  dates: string[];
  slots: number;
  people: number;
  /** People named as a slot's or a step's speaker. */
  speakers: number;
  groups: number;
  training: boolean;
  trainingFields: string[];
  unrecognised: number;
  /** What the importer noted: in both languages, or one string said as it is. */
  remarks: (string | ImportRemark)[];
  /** The source's tables as read (none for a source without tables). */
  tables?: ImportedTable[];
  errors: number;
  warnings: number;
}

export interface ImportSummary {
  facts: ImportFacts;
  /** One line: the CLI's first line of stderr, VS Code's notification. */
  short: string;
  /** The whole summary, one line each (remarks indented). */
  lines: string[];
}

/** Remarks listed in full; the rest is counted. */
const MAX_REMARKS = 20;

export function importFacts(model: ProgrammeModel | undefined, imported: ImportedText, diagnostics: readonly DerouleDiagnostic[]): ImportFacts {
  const speakers = new Set<string>();
  for (const slot of model?.slots ?? []) {
    for (const ref of slot.speakers) speakers.add(ref.id);
    for (const step of slot.stepDetails ?? []) for (const ref of step.speakers) speakers.add(ref.id);
  }
  const known = new Set(model?.people.map((p) => p.id));
  return {
    ...(model?.title ? { title: model.title } : {}),
    days: model?.days.length ?? 0,
    dates: (model?.days ?? []).map((d) => d.dateText).filter((d): d is string => typeof d === 'string' && d !== ''),
    // The importer's count: it is what the file holds even when the model cannot read a slot.
    slots: imported.slots,
    people: model?.people.length ?? 0,
    speakers: [...speakers].filter((id) => known.has(id)).length,
    groups: model?.groups.length ?? 0,
    training: model?.format === 'training',
    trainingFields: TRAINING_FIELDS.filter((key) => model?.written.has(key)),
    unrecognised: imported.unplaced,
    remarks: [...(imported.remarks ?? imported.warnings ?? [])],
    tables: [...(imported.tables ?? [])],
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

export function formatImportSummary(facts: ImportFacts, language: Language): ImportSummary {
  const m = messagesFor(language).importShell;
  const lines = [
    facts.title ? m.title(facts.title) : m.noTitle,
    m.dates(facts.days, facts.dates),
    m.counts(facts.slots, facts.people, facts.speakers, facts.groups),
  ];
  if (facts.training) lines.push(m.training(facts.trainingFields));
  else if (facts.trainingFields.length) lines.push(m.trainingFieldsOnly(facts.trainingFields));
  const said = messagesFor(language);
  for (const table of facts.tables ?? []) lines.push(table.agenda ? said.importTableRead(table.columns) : said.importTableNotAgenda);
  lines.push(m.unrecognised(facts.unrecognised));
  if (facts.remarks.length) {
    lines.push(m.remarks, ...facts.remarks.slice(0, MAX_REMARKS).map((r) => `  - ${typeof r === 'string' ? r : r[language]}`));
    if (facts.remarks.length > MAX_REMARKS) lines.push(`  ${m.moreRemarks(facts.remarks.length - MAX_REMARKS)}`);
  }
  lines.push(m.check(facts.errors, facts.warnings));
  return { facts, short: m.short(facts.slots, facts.unrecognised, facts.errors, facts.warnings), lines };
}
