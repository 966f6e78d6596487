/**
 * The typed model of a programme or a mission, built from the parsed data: it carries every
 * key of the format (schemas/*.schema.json), so rules, the preview, the exports, hover and
 * completion all read the document one way. Values of the wrong type are left out (the
 * schema check reports them), so consumers only see what they can reason about. Every
 * element keeps its data path, from which a range is found when needed.
 */
import type { PathSegment } from '../parse';

export type Path = PathSegment[];

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

export type RefKind = 'person' | 'group' | 'deliverable' | 'slot' | 'owner' | 'governance' | 'territory' | 'workstream' | 'phase' | 'milestone';

/**
 * A value of the document, typed, with the data path it is written at. The path is built
 * when read (values are many, their paths rarely asked for).
 */
export interface Value<T> {
  readonly value: T;
  readonly path: Path;
}

/**
 * The texts of a key that takes a list of texts (or, for `audience` and `evaluation`, one
 * text or a list): the items that are strings, each with its path. Undefined on the model
 * when the key is absent or its value is neither.
 */
export type Texts = readonly Value<string>[];

/** A venue: a text, or an object with a name, an address and a commune (FORMAT.md). */
export type Place = string | PlaceDetails;

export interface PlaceDetails {
  name?: Value<string>;
  address?: Value<string>;
  commune?: Value<string>;
}

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

export interface Person extends Entity {
  role?: Value<string>;
  organisation?: Value<string>;
}

export interface Group extends Entity {
  lead?: Ref;
  members?: Texts;
  size?: Value<number>;
}

export interface ProgrammeDeliverable extends Entity {
  /** A person or a group; `each-group` is `eachGroup` instead. */
  owner?: Ref;
  /** Owned by `each-group` (the `owner` value): every group produces one. */
  eachGroup?: Value<'each-group'>;
  due?: Ref;
  format?: Value<string>;
  description?: Value<string>;
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
  description?: Value<string>;
  lead?: Ref;
  speakers: readonly Ref[];
  groups: readonly Ref[];
  room?: Value<string>;
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
  description?: Value<string>;
  /** The text of each step (a string step, or an object step's `text`), with its path. */
  steps?: Texts;
  /** Every step with its details (FORMAT.md 7.3): text, who speaks in it, its indicative length. */
  stepDetails?: readonly Step[];
  materials?: Texts;
  /** Facilitator notes: never in participant exports unless asked for. */
  notes?: Value<string>;
  /** As written; `slotVisibility(slot)` gives the default (`public`). Team slots never reach participant exports. */
  visibility?: Value<Visibility>;
  /** Its time stays fixed when other slots are moved or resized. */
  pinned?: Value<boolean>;
}

export type Visibility = 'public' | 'team';
export const VISIBILITIES: readonly Visibility[] = ['public', 'team'];

export function slotVisibility(slot: Slot): Visibility {
  return slot.visibility?.value ?? 'public';
}

/** One step of a slot: a string, or `{ text, speakers, duration }`. */
export interface Step {
  path: Path;
  text?: Value<string>;
  speakers: readonly Ref[];
  /** Indicative length in minutes (a section 2 duration). */
  duration?: Value<number>;
}

/** A training's price: a text (« Gratuit pour les agents »), or an amount. */
export type Price = { text: Value<string> } | { amount?: Value<number>; currency?: Value<string>; per?: Value<PricePer>; path: Path };
export type PricePer = 'participant' | 'group' | 'day';
export const PRICE_PERS: readonly PricePer[] = ['participant', 'group', 'day'];

/** Who to ask: a text, or a name with an e-mail and a phone. */
export type Contact = { text: Value<string> } | { name?: Value<string>; email?: Value<string>; phone?: Value<string>; path: Path };

export interface Day {
  index: number;
  /** Path of the day item (`['days', 1]`), or `[]` for the one-day form. */
  path: Path;
  date?: number;
  dateText?: string;
  datePath?: Path;
  /** The day's own `title` and `location` (a day of `days`; the one-day form has none). */
  title?: Value<string>;
  location?: Value<Place>;
  /** The day's `start` (or the one-day form's), in minutes since midnight, when well written. */
  start?: Value<number>;
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
  /**
   * Top-level keys written with a value (not null). With the typed fields it tells a key
   * left out for its type (written: the schema reports it) from a key not written at all.
   */
  written: ReadonlySet<string>;
  title?: string;
  subtitle?: Value<string>;
  /** The `format` written, or `workshop` (its default). */
  format: string;
  language?: Value<string>;
  organiser?: Value<string>;
  audience?: Texts;
  participants?: Value<number>;
  location?: Value<Place>;
  objectives?: Texts;
  /** A text (« Aucun ») or a list, as texts. */
  prerequisites?: Texts;
  evaluation?: Texts;
  accessibility?: Value<string>;
  /** FORMAT.md 7.3, the rest of the French training sheet: declared total training time, in minutes. */
  duration?: Value<number>;
  price?: Price;
  /** Access conditions and deadlines (« modalités et délais d'accès »). */
  access?: Value<string>;
  contact?: Contact;
  /** Teaching methods (« méthodes mobilisées »). */
  methods?: Texts;
  context?: Value<string>;
  /** Facilitator notes: never in participant exports unless asked for. */
  notes?: Value<string>;
  people: Person[];
  groups: Group[];
  deliverables: ProgrammeDeliverable[];
  days: Day[];
  /** Every slot of every day, in document order. */
  slots: Slot[];
  /** Every reference to an id, for ref-unknown and unused. */
  refs: Ref[];
  timeIssues: TimeIssue[];
}

/** FORMAT.md 7.2: what part of the mission a phase is (`core` when not written). */
export type PhaseKind = 'preparation' | 'core' | 'follow-up';
export const PHASE_KINDS: readonly PhaseKind[] = ['preparation', 'core', 'follow-up'];

export interface Phase extends Entity {
  description?: Value<string>;
  start?: number;
  end?: number;
  startPath: Path;
  endPath: Path;
  /** Whether `start` / `end` were written as months (`2021-09`): a hand-over month is no overlap. */
  startIsMonth?: boolean;
  endIsMonth?: boolean;
  programmes: { path: string; valuePath: Path }[];
  deliverables: readonly Ref[];
  governance: readonly Ref[];
  /** The line of work it belongs to (a workstream id); phases without one form one line. */
  workstream?: Ref;
  /** As written; consumers read `phaseKind(phase)` for the default. */
  kind?: Value<PhaseKind>;
}

/** A phase's kind, `core` when not written. */
export function phaseKind(phase: Phase): PhaseKind {
  return phase.kind?.value ?? 'core';
}

export type WorkstreamStatus = 'planned' | 'in-progress' | 'done' | 'abandoned';
export const WORKSTREAM_STATUSES: readonly WorkstreamStatus[] = ['planned', 'in-progress', 'done', 'abandoned'];

/** A parallel line of work inside a mission (FORMAT.md 7.2), e.g. one per territory. */
export interface Workstream extends Entity {
  territories: readonly Ref[];
  lead?: Ref;
  /** As written; `planned` when absent. */
  status?: Value<WorkstreamStatus>;
  method?: Value<string>;
  description?: Value<string>;
}

export type MilestoneKind = 'launch' | 'committee' | 'signature' | 'deadline' | 'restitution' | 'other';
export const MILESTONE_KINDS: readonly MilestoneKind[] = ['launch', 'committee', 'signature', 'deadline', 'restitution', 'other'];

/** A dated event of a mission: a launch, a committee, a signature… */
export interface Milestone extends Entity {
  /** The date or month as written. */
  date?: Value<string>;
  /** Its first and last days (the same day for a date; the month's first and last for a month). */
  first?: number;
  last?: number;
  kind?: Value<MilestoneKind>;
  phase?: Ref;
  governance?: Ref;
  workstream?: Ref;
  description?: Value<string>;
}

export interface GovernanceBody extends Entity {
  members?: Texts;
}

export type DeliverableStatus = 'planned' | 'in-progress' | 'delivered';
export const DELIVERABLE_STATUSES: readonly DeliverableStatus[] = ['planned', 'in-progress', 'delivered'];

export interface MissionDeliverable extends Entity {
  /** The month or date written (`2023-06`); a malformed one is also a time problem. */
  due?: Value<string>;
  /** The last day `due` allows (a month: its last day). */
  dueDay?: number;
  description?: Value<string>;
  /** Who produces it: a person id of `people` (then also `ownerRef`), or free text (an organisation). */
  owner?: Value<string>;
  ownerRef?: Ref;
  /** As written; `planned` when absent. */
  status?: Value<DeliverableStatus>;
  /** An http or https address only: any other value is left out (the schema reports it), so nothing renders it. */
  link?: Value<string>;
}

export interface Territory {
  path: Path;
  /** Optional id, for references from workstreams. */
  id?: string;
  idPath?: Path;
  name: Value<string>;
  kind?: Value<string>;
  population?: Value<number>;
}

export interface Indicator {
  path: Path;
  label: Value<string>;
  value?: Value<number>;
  target?: Value<number>;
  unit?: Value<string>;
}

export interface MissionModel {
  kind: 'mission';
  title?: string;
  scheme?: string;
  client?: Value<string>;
  partners?: Texts;
  /** A person id of `people` (then also `pilotRef`), or free text as in v1. */
  pilot?: Value<string>;
  pilotRef?: Ref;
  contact?: Value<string>;
  /** The « objet de l'opération »: why the mission exists. */
  context?: Value<string>;
  /** Cost or framework (« Gratuit pour les collectivités »). */
  funding?: Value<string>;
  period?: { start?: number; end?: number; path: Path };
  /** The mission team, with the shape of a programme's people. */
  people: Person[];
  territories: Territory[];
  themes?: Texts;
  needs?: Texts;
  response?: Value<string>;
  workstreams: Workstream[];
  phases: Phase[];
  milestones: Milestone[];
  governance: GovernanceBody[];
  deliverables: MissionDeliverable[];
  indicators: Indicator[];
  refs: Ref[];
  timeIssues: TimeIssue[];
}

export type Model = ProgrammeModel | MissionModel;
