/**
 * The rendering model shared by the preview and every export: what a reader sees, already
 * resolved (times computed, ids replaced by names, labels in the programme's language).
 * Plain data, no markup: each format escapes its own special characters.
 */
import type { DeliverableStatus, MilestoneKind, PhaseKind, PricePer, WorkstreamStatus } from '../model/types';
import type { DerouleDiagnostic } from '../types';
import type { EditLabels } from './editLabels';

export type { EditLabels } from './editLabels';

export type RenderLanguage = 'fr' | 'en';

/**
 * Who an export is for (FORMAT.md 7.3, "Who sees what"): participants never see a team
 * slot, notes or materials; the team sees them all, marked, with a materials checklist.
 */
export type Audience = 'participants' | 'team';
export const AUDIENCES: readonly Audience[] = ['participants', 'team'];

export interface PersonView {
  id: string;
  name: string;
  role?: string;
  organisation?: string;
}

export interface TrackView {
  title: string;
  description?: string;
  groups: string[];
  /** The groups' ids, in the same order (the preview's chips post them in `moveGroup`); absent in a view built by hand. */
  groupIds?: string[];
  lead?: PersonView;
  speakers: PersonView[];
  room?: string;
}

export interface SlotView {
  /** Source line (0-based) of the slot, for click-to-reveal and cursor sync. */
  line: number;
  endLine: number;
  start?: number;
  end?: number;
  /** `08h30` / `08:30` in the programme's language. */
  startText?: string;
  endText?: string;
  durationText?: string;
  title: string;
  type: string;
  typeLabel: string;
  isPause: boolean;
  description?: string;
  steps: string[];
  speakers: PersonView[];
  /** Group names, or the "all groups" label. */
  groups: string[];
  tracks: TrackView[];
  /** Per-group turns of a restitution: `Groupe 1 — 16h00–16h15`. */
  turns: { group: string; startText: string; endText: string }[];
  materials: string[];
  produces: string[];
  /** Facilitator notes: only in the team's form. */
  notes?: string;
  /** A `visibility: team` slot (only in the team's form, where it is marked). */
  team?: boolean;
  problems: { severity: DerouleDiagnostic['severity']; code: string; message: string }[];
  /** Where the slot is written (issue 19: the preview's gestures name it; absent from views built by hand in tests): its day's index in `days` (0 for the one-day form) and its index in that day's `agenda`. */
  day?: number;
  index?: number;
  /** `pinned: true` (FORMAT.md 7.3): a gesture never moves it; `follows`: written with a duration alone, it starts when the slot before it ends. */ pinned?: boolean; follows?: boolean;
}

export interface DaySummary {
  startText?: string;
  endText?: string;
  contentText: string;
  pauseText: string;
  /** Time on the road (`travel` slots): neither content nor pause; absent when none. */
  travelText?: string;
  /** Team form only: the minutes of `visibility: team` slots. */
  teamText?: string;
  slots: number;
  /** Time spent by each group in slots that name it (or all groups): the team's form only (empty for participants). */
  perGroup: { group: string; durationText: string }[];
}

export interface DayView {
  line: number;
  /** `date` as a day number; `start`, the day's `start` key in minutes (where a first slot written with a duration alone starts). */ date?: number; start?: number;
  dateText?: string;
  title?: string;
  location?: string;
  slots: SlotView[];
  summary: DaySummary;
  /** The team's form: every material of the day once, with the slots that need it (`08h30 Accueil`). */
  materials?: { material: string; slots: string[] }[];
}

/** The French training sheet (Code du travail L6353-1, Qualiopi indicator 1), each field as a reader sees it. */
export interface TrainingSheetView {
  /** « 14 h sur 2 jours »: the declared `duration`, else the agenda's content time. */
  durationText?: string;
  /** « 450 € par participant », or the text written. */
  priceText?: string;
  access?: string;
  /** « Claire Dufresne — claire@example.org — 03 21 00 00 00 », or the text written. */
  contactText?: string;
  methods: string[];
}

export interface ProgrammeView {
  kind: 'programme';
  language: RenderLanguage;
  labels: Labels;
  title: string;
  subtitle?: string;
  formatLabel: string;
  organiser?: string;
  datesText?: string;
  location?: string;
  audience: string[];
  participants?: number;
  objectives: string[];
  prerequisites: string[];
  evaluation: string[];
  accessibility?: string;
  context?: string;
  notes?: string;
  people: PersonView[];
  groups: { id: string; name: string; lead?: string; members: string[]; size?: number }[];
  deliverables: { id: string; title: string; owner?: string; dueText?: string; format?: string }[];
  days: DayView[];
  /** Who this rendering is for: `participants` (no team item; also when absent) or `team` (every item, marked). */
  form?: Audience;
  /** For `format: training` (or when a sheet-only key is written): the sheet that opens the HTML and Word exports. */
  sheet?: TrainingSheetView;
  /** Every slot type with its label in the programme's language, for the preview's menus (issue 19). */
  slotTypes?: { type: string; label: string }[];
}

/** A day of a programme linked from a mission: its date and, when its slots are timed, its first start and last end. */
export interface LinkedDayView {
  date: number;
  start?: number;
  end?: number;
  title?: string;
  location?: string;
}

export interface PhaseView {
  line: number;
  id: string;
  title: string;
  start?: number;
  end?: number;
  /** In words: months when written as months (« septembre – décembre 2021 »), else dates. */
  datesText: string;
  programmes: { path: string; uri?: string; title: string; dates: number[]; datesText: string; missing: boolean; days: LinkedDayView[] }[];
  deliverables: string[];
  governance: string[];
  /** Free text, reflowed by each renderer. */
  description?: string;
  kind: PhaseKind;
  /** The kind in words, only when it is not `core` (the default says nothing). */
  kindLabel?: string;
  /** The workstream it belongs to: its id (for the Gantt row) and title. */
  workstream?: string;
  workstreamTitle?: string;
  /** Its index in the mission's `phases` (what a gesture of the preview names, issue 19). */
  index?: number;
  /** Whether `start` / `end` are written as months: the preview's drag shows them so. */
  startIsMonth?: boolean;
  endIsMonth?: boolean;
}

export interface TerritoryView {
  id?: string;
  name: string;
  kind?: string;
  population?: number;
  /** « 30 000 habitants » / "30,000 inhabitants". */
  populationText?: string;
}

export interface WorkstreamView {
  line: number;
  id: string;
  title: string;
  /** Territory names. */
  territories: string[];
  /** The lead's name. */
  lead?: string;
  /** As written, `planned` when absent. */
  status: WorkstreamStatus;
  statusLabel: string;
  method?: string;
  description?: string;
}

export interface MilestoneView {
  line: number;
  id: string;
  title: string;
  /** First and last day (a month: its first and last). */
  first?: number;
  last?: number;
  /** A date or a month in words (« 15 décembre 2021 », « décembre 2021 »). */
  dateText?: string;
  /** The month's last day when the date is a month (a calendar puts it there), else `first`. */
  day?: number;
  kind?: MilestoneKind;
  kindLabel?: string;
  /** Phase title and governance body name. */
  phase?: string;
  governance?: string;
  /** The workstream it belongs to (its own, else its phase's): id and title. */
  workstream?: string;
  workstreamTitle?: string;
  description?: string;
  /** Its index in the mission's `milestones` (what a gesture of the preview names, issue 19). */ index?: number;
  /** Whether its date is written as a month (a drag keeps it one). */
  isMonth?: boolean;
}

export interface MissionDeliverableView {
  line: number;
  id: string;
  title: string;
  /** The last day `due` allows. */
  due?: number;
  /** In words (« décembre 2017 », « 15 décembre 2017 »). */
  dueText?: string;
  /** A person's name when `owner` names one of the team, else the text written. */
  owner?: string;
  /** Only when written. */
  status?: DeliverableStatus;
  statusLabel?: string;
  /** An http(s) address (the model drops any other). */
  link?: string;
  description?: string;
  /** The workstream of the first phase that lists it (its Gantt row). */
  workstream?: string;
}

export interface MissionView {
  kind: 'mission';
  language: RenderLanguage;
  labels: Labels;
  title: string;
  schemeLabel?: string;
  client?: string;
  partners: string[];
  /** The person's name when `pilot` names one of the team, else the text written. */
  pilot?: string;
  contact?: string;
  /** Free text, reflowed by each renderer. */
  context?: string;
  funding?: string;
  periodStart?: number;
  periodEnd?: number;
  periodText?: string;
  people: PersonView[];
  territories: TerritoryView[];
  themes: string[];
  needs: string[];
  response?: string;
  governance: { id: string; name: string; members: string[] }[];
  workstreams: WorkstreamView[];
  phases: PhaseView[];
  milestones: MilestoneView[];
  deliverables: MissionDeliverableView[];
  indicators: { label: string; value?: number; target?: number; unit?: string }[];
}

export type RenderView = ProgrammeView | MissionView;

/** Every fixed word a rendering prints, in the programme's language. */
export interface Labels {
  programme: string;
  mission: string;
  organiser: string;
  date: string;
  dates: string;
  location: string;
  audience: string;
  participants: string;
  objectives: string;
  prerequisites: string;
  evaluation: string;
  accessibility: string;
  context: string;
  people: string;
  groups: string;
  deliverables: string;
  day: string;
  time: string;
  duration: string;
  sequence: string;
  who: string;
  details: string;
  speakers: string;
  tracks: string;
  room: string;
  materials: string;
  produces: string;
  turns: string;
  notes: string;
  summary: string;
  content: string;
  pauses: string;
  slots: string;
  timePerGroup: string;
  allGroups: string;
  eachGroup: string;
  lead: string;
  owner: string;
  due: string;
  client: string;
  partners: string;
  pilot: string;
  contact: string;
  period: string;
  territories: string;
  themes: string;
  needs: string;
  response: string;
  governance: string;
  phases: string;
  indicators: string;
  value: string;
  target: string;
  missing: string;
  gap: string;
  overlap: string;
  generatedBy: string;
  missionContext: string;
  funding: string;
  team: string;
  workstreams: string;
  milestones: string;
  status: string;
  method: string;
  link: string;
  kind: string;
  workstream: string;
  /** The section of the mission Gantt, its first row (phases without a workstream) and its legend. */
  timeline: string;
  wholeMission: string;
  legend: string;
  phase: string;
  milestone: string;
  deliverableDue: string;
  programmeDay: string;
  /** After a population: « 1 habitant », « 30 000 habitants ». */
  inhabitant: string;
  inhabitants: string;
  /** Short month names, January first, for the Gantt axis. */
  shortMonths: readonly string[];
  workstreamStatus: Record<WorkstreamStatus, string>;
  deliverableStatus: Record<DeliverableStatus, string>;
  phaseKind: Record<PhaseKind, string>;
  milestoneKind: Record<MilestoneKind, string>;
  /** The day summary's time on the road (`travel` slots). */
  travel: string;
  /** The team form's summary: the team's own slots, counted apart from the content. */
  teamTime: string;

  /** Audiences (FORMAT.md 7.3): the badge on team items, the team form's banner, the day's materials checklist. */
  teamBadge: string;
  teamForm: string;
  materialsChecklist: string;
  /** The training sheet: its heading and the fields the programme keys do not already name. */
  trainingSheet: string;
  places: string;
  price: string;
  access: string;
  methods: string;
  /** « 14 h sur 2 jours » / "14 h over 2 days": the word between, and « jour(s) ». */
  overDays: string;
  oneDay: string;
  manyDays: string;
  pricePer: Record<PricePer, string>;
  /** Said before a slot's type label to screen readers (« type : plénière »), hidden on screen. */
  slotTypePrefix: string;
  /** The preview's editing controls (issue 19). */
  edit: EditLabels;
}
