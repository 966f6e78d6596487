/**
 * The reading state: what the line readers have found so far, in small objects by concern
 * (the programme's fields, its dates, people, deliverables, notes, the agenda being read,
 * the cursor of the current section), and the drafts they hold until the assembly.
 */
import type { ImportedTable } from './summary';
import type { Messages } from '../messages';
import { en } from '../messages/en';
import { fr } from '../messages/fr';
import type { DateHit } from './dates';
import type { TrainingKey } from './fields/index';
import { isDoubleSpaced, readLines, type Line } from './lines';
import { PeopleList } from './people';
import type { SourceDocument } from './sourceDocument';
import { collapse, preview } from './text';
import { detectLanguage, type Field, type Lang, type SlotType } from './vocabulary';

export interface SlotEntry {
  kind: 'step' | 'desc';
  text: string;
  indent: number;
  afterBlank: boolean;
  line: number;
  unrecognised?: boolean;
}

export interface SlotDraft {
  line: number;
  indent: number;
  time?: string;
  start?: string;
  duration?: string;
  range?: { start: number; end: number };
  title: string;
  awaitingTitle: boolean;
  type?: SlotType;
  entries: SlotEntry[];
  who: string[];
  groupsAll: boolean;
  groupNames: string[];
  perGroup?: string;
  materials: string[];
  /** Deliverable titles as written (`Produit : …`), with their label. */
  produces: { title: string; label: string }[];
  notes: string[];
  comments: string[];
  id?: string;
  /** Read from a Markdown table row (its details are understood, not trailing text). */
  fromTable: boolean;
  /** People a table's speakers cell named (ids in `people`), speakers of the slot. */
  speakerIds?: string[];
  /** Parallel sessions of a table (rows under one time, in different rooms). */
  tracks?: TrackDraft[];
}

/** One of a slot's parallel sessions, as a table gives it. */
export interface TrackDraft {
  title: string;
  room?: string;
  /** Person ids: the first leads the track, the others speak in it. */
  people: string[];
  description: string[];
  /** Group names the track is for (« Groupe 1 : salle Vauban »), as written. */
  groupNames?: string[];
}

export interface DayDraft {
  line: number;
  heading?: string;
  dates: DateHit[];
  title?: string;
  location?: string;
  slots: SlotDraft[];
}

export interface Chunk {
  lines: string[];
  line: number;
  /** Kept but not understood: listed in the comment above `notes`. */
  unrecognised: boolean;
  /** Last source line of a chunk that later lines may continue. */
  lastLine?: number;
}

export type SectionKind = Field | 'unknown' | 'trailer' | 'training' | 'team';

export interface Section {
  kind: SectionKind;
  heading: string;
  line: number;
  /** Lines of the current paragraph, and the paragraphs before it. */
  paragraph: string[];
  paragraphs: string[][];
  bullets: number;
  /** Index in the target list of the last bullet (for continuation lines). */
  lastItem?: { list: string[]; index: number; indent: number };
  pendingLeadIn: string[];
  /** The training field a `training` section gives (its value on the lines under the label). */
  trainingKey?: TrainingKey;
}

export interface DeliverableDraft {
  title: string;
  owner?: string;
  due?: string;
  rest?: string;
  /** The parts as written (`Responsable : …`), kept when they match nothing. */
  parts: Record<string, string>;
}

/** The programme's own fields, as the header and its sections give them. */
export interface ProgrammeFields {
  title?: string;
  /** An e-mail's subject: the title when the text has none, else the subtitle. */
  titleFromSubject?: string;
  subtitle?: string;
  format?: string;
  organiser?: string;
  audience: string[];
  participants?: number;
  location?: string;
  address?: string;
  /** The place was guessed from a sentence ("… à Poix du Nord"): a `Lieu :` line replaces it. */
  locationImplied: boolean;
  /** The empty day heading the guessed place came from (its text is kept if the place is replaced). */
  locationHeading?: DayDraft;
  objectives: string[];
  objectivesComment: string[];
  prerequisites: string[];
  evaluation: string[];
  accessibility: string[];
  context: string[];
  /** Training-sheet fields (FORMAT.md 7.3) as written: the value's lines, by key, with the line of the label. */
  training: Partial<Record<TrainingKey, { lines: string[]; line: number }>>;
}

/** Dates written as the programme's (`Date :` lines), and dates met in its header text. */
export interface DateState {
  explicit: DateHit[];
  implied: DateHit[];
}

/** The days and slots being read. */
export interface AgendaState {
  days: DayDraft[];
  /** Day headings with no slot under them: checked once the dates are placed. */
  emptyDays: { day: DayDraft; placed: boolean }[];
  /** The slot the next lines belong to. */
  slot?: SlotDraft;
  /** A part of the day (« Après-midi ») waiting for the next slot, as its comment. */
  pendingSlotComments: string[];
  seenSlot: boolean;
  /** The columns of the pipe table being read. */
  table?: { columns: Map<string, number>; labels: string[] };
}

/** Where the reading stands between lines. */
export interface Cursor {
  section?: Section;
  /** The line before was blank. */
  blank: boolean;
  /** Header lines read so far (a subtitle or format word comes right after the title). */
  headerItems: number;
}

export type ImportTexts = Messages['importReading'];

export interface ReadState {
  readonly lines: Line[];
  readonly lang: Lang;
  readonly m: ImportTexts;
  /** Text from Word's raw conversion: a blank line after every paragraph (see `isDoubleSpaced`). */
  readonly doubleSpaced: boolean;
  readonly fields: ProgrammeFields;
  readonly dates: DateState;
  readonly people: PeopleList;
  readonly deliverables: DeliverableDraft[];
  readonly notes: Chunk[];
  readonly agenda: AgendaState;
  readonly cursor: Cursor;
  /** What the reader could not do or had to assume, in both languages (the summary speaks the user's). */
  readonly warnings: ImportRemark[];
  /** Each table met, as read (for the import summary). */
  readonly tables: ImportedTable[];
}

export function createState(document: SourceDocument): ReadState {
  const lines = readLines(document);
  const lang = detectLanguage(lines.map((l) => l.text).join('\n'));
  const m = (lang === 'en' ? en : fr).importReading;
  return {
    lines,
    lang,
    m,
    doubleSpaced: isDoubleSpaced(lines),
    fields: { audience: [], locationImplied: false, objectives: [], objectivesComment: [], prerequisites: [], evaluation: [], accessibility: [], context: [], training: {} },
    dates: { explicit: [], implied: [] },
    people: new PeopleList(),
    deliverables: [],
    // A reviewer's comment is for the team: `notes`, which participants do not receive.
    notes: (document.reviewComments ?? []).map((c) => ({ lines: [m.reviewComment(c.author, c.text)], line: c.line, unrecognised: false })),
    agenda: { days: [{ line: 0, dates: [], slots: [] }], emptyDays: [], pendingSlotComments: [], seenSlot: false },
    cursor: { blank: false, headerItems: 0 },
    warnings: [],
    tables: [],
  };
}

/** The day being read (the first is the header's, line 0, until a day heading replaces it). */
export function currentDay(r: ReadState): DayDraft {
  return r.agenda.days[r.agenda.days.length - 1]!;
}

/** A remark of the import in each language: the YAML is the source's, the summary the user's. */
export type ImportRemark = Record<Lang, string>;

/** Notes a remark, said in English and French (`say` gets each language's reading messages). */
export function warn(r: ReadState, say: (m: ImportTexts) => string): void {
  r.warnings.push({ en: say(en.importReading), fr: say(fr.importReading) });
}

/** The comment above what was kept without being understood. */
export function unrecognisedComment(r: ReadState, text: string, whole = false): string {
  return r.m.unrecognisedComment(whole ? collapse(text) : preview(text));
}
