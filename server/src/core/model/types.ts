/**
 * The typed model of a programme or a mission, built from the parsed data. Values of the
 * wrong type are left out (the schema check reports them), so rules only see what they can
 * reason about. Every element keeps its data path, from which a range is found when needed.
 */
import type { PathSegment } from '../parse/nodes';

export type Path = PathSegment[];

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

export type RefKind = 'person' | 'group' | 'deliverable' | 'slot' | 'owner' | 'governance';

/** A use of an id somewhere else (a speaker, a lead, a produced deliverable…). */
export interface Ref {
  id: string;
  kind: RefKind;
  path: Path;
}

/** Something that has an id: a person, a group, a deliverable, a slot, a phase… */
export interface Entity {
  id: string;
  /** Path of the `id` value. */
  idPath: Path;
  /** Path of the whole item. */
  path: Path;
  name?: string;
  title?: string;
}

export const slotTypes = [
  'welcome',
  'plenary',
  'presentation',
  'discussion',
  'workshop',
  'group-work',
  'exercise',
  'site-visit',
  'report-back',
  'break',
  'meal',
  'travel',
  'closing',
  'evaluation',
  'other',
] as const;
export type SlotType = (typeof slotTypes)[number];

/** Slot types that count as pause time (FORMAT.md §3). */
export const PAUSE_TYPES: ReadonlySet<string> = new Set(['break', 'meal', 'welcome']);

export interface Track {
  path: Path;
  title?: string;
  lead?: Ref;
  speakers: readonly Ref[];
  groups: readonly Ref[];
}

export interface Slot {
  path: Path;
  dayIndex: number;
  index: number;
  id?: Entity;
  title: string;
  type: string;
  isPause: boolean;
  /** Resolved start and end in minutes since midnight; undefined when unknown. */
  start?: number;
  end?: number;
  /** Path of the value a time problem of this slot should underline. */
  timePath: Path;
  /** The slot names its start (`time` or `start`), rather than following the previous one. */
  explicitStart: boolean;
  groups: 'all' | readonly Ref[] | undefined;
  perGroup?: { minutes: number; path: Path };
  speakers: readonly Ref[];
  tracks: readonly Track[];
  produces: readonly Ref[];
}

export interface Day {
  index: number;
  /** Path of the day item (`['days', 1]`), or `[]` for the one-day form. */
  path: Path;
  date?: number;
  dateText?: string;
  datePath?: Path;
  slots: Slot[];
}

/** A time problem found while resolving slot times; each time rule reports its own code. */
export interface TimeIssue {
  code: 'time-format' | 'time-conflict' | 'time-unresolved' | 'time-order' | 'time-midnight';
  path: Path;
  /** The message key and its arguments, localised by the rule. */
  message: TimeMessage;
  data?: Record<string, unknown>;
}

export type TimeMessage =
  | { key: 'noSuchDate'; value: string; month?: string; days?: number }
  | { key: 'badClock' | 'badRange' | 'badDuration' | 'durationTooLong' | 'badDate' | 'badMonthOrDate' | 'startAt24'; value: string }
  | { key: 'timeConflict'; a: string; av: string; b: string; bv: string }
  | { key: 'noStart' | 'noTime' | 'afterUnknownEnd' }
  | { key: 'timeOrder'; start: number; end: number }
  | { key: 'timeMidnight'; end: number }
  | { key: 'periodReversed'; start: string; end: string };

export interface ProgrammeModel {
  kind: 'programme';
  data: Record<string, unknown>;
  title?: string;
  format: string;
  people: Entity[];
  groups: Entity[];
  deliverables: (Entity & { owner?: Ref; due?: Ref })[];
  days: Day[];
  /** Every slot of every day, in document order. */
  slots: Slot[];
  /** Every reference to an id, for ref-unknown and unused. */
  refs: Ref[];
  timeIssues: TimeIssue[];
}

export interface Phase extends Entity {
  start?: number;
  end?: number;
  startPath: Path;
  endPath: Path;
  programmes: { path: string; valuePath: Path }[];
}

export interface MissionModel {
  kind: 'mission';
  data: Record<string, unknown>;
  title?: string;
  scheme?: string;
  period?: { start?: number; end?: number; path: Path };
  phases: Phase[];
  governance: Entity[];
  deliverables: Entity[];
  refs: Ref[];
  timeIssues: TimeIssue[];
}

export type Model = ProgrammeModel | MissionModel;
