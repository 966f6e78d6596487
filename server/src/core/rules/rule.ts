/** What every rule module implements, and the context it is given. */
import type { DiagnosticSink } from '../diagnostics';
import { messagesFor, type Messages } from '../messages';
import type { MissionModel, Model, Path, ProgrammeModel } from '../model/types';
import { type ParsedDocument, valueRangeAt } from '../parse';
import { formatClock, formatLongDate } from '../time';
import type { DocumentKind, Range, RuleCode, Settings } from '../types';
import { linkTarget, type FileSystem } from '../workspace';

export interface LinkedProgramme {
  uri: string;
  doc: ParsedDocument;
  model: ProgrammeModel | undefined;
}

export interface RuleContext {
  doc: ParsedDocument;
  sink: DiagnosticSink;
  m: Messages;
  settings: Settings;
  /** The narrowest range of the value at a data path. */
  range(path: Path): Range;
  /** `08h30` in French, `08:30` in English. */
  clock(minutes: number): string;
  date(day: number): string;
  files: FileSystem;
  /** Reads and analyses a programme linked from a mission (cached per check). */
  programme(uri: string): LinkedProgramme | undefined;
  /**
   * The file a path written in this document links to, or undefined when it must not be
   * read (absolute, a URL, outside the workspace): see `linkTarget`.
   */
  link(path: string): string | undefined;
}

/** The context rules get for a document: its language's messages and clock style, ranges from its tree. */
export function ruleContext(
  doc: ParsedDocument,
  sink: DiagnosticSink,
  settings: Settings,
  files: FileSystem,
  programme: (uri: string) => LinkedProgramme | undefined,
): RuleContext {
  const style = settings.timeStyle;
  return {
    doc,
    sink,
    m: messagesFor(settings.language),
    settings,
    range: (path: Path) => valueRangeAt(doc, path),
    clock: (minutes) => formatClock(minutes, style),
    date: (day) => formatLongDate(day, settings.language),
    files,
    programme,
    link: (path) => linkTarget(files, doc.uri, path),
  };
}

export interface ProgrammeRule {
  code: RuleCode;
  kind: 'programme';
  check(model: ProgrammeModel, ctx: RuleContext): void;
}

export interface MissionRule {
  code: RuleCode;
  kind: 'mission';
  check(model: MissionModel, ctx: RuleContext): void;
}

/** A rule for both kinds of file (the time problems met while resolving times). */
export interface AnyRule {
  code: RuleCode;
  kind: 'any';
  check(model: Model, ctx: RuleContext): void;
}

export type Rule = ProgrammeRule | MissionRule | AnyRule;

export function appliesTo(rule: Rule, kind: DocumentKind): boolean {
  return rule.kind === 'any' || rule.kind === kind;
}
