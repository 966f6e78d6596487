/**
 * The rendering model shared by the preview and every export: what a reader sees, already
 * resolved (times computed, ids replaced by names, labels in the programme's language).
 * Plain data, no markup: each format escapes its own special characters.
 */
import type { DerouleDiagnostic } from '../types';

export type RenderLanguage = 'fr' | 'en';

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
  /** Facilitator notes: only present when asked for. */
  notes?: string;
  problems: { severity: DerouleDiagnostic['severity']; code: string; message: string }[];
}

export interface DaySummary {
  startText?: string;
  endText?: string;
  contentText: string;
  pauseText: string;
  slots: number;
  /** Time spent by each group in slots that name it (or all groups). */
  perGroup: { group: string; durationText: string }[];
}

export interface DayView {
  line: number;
  date?: number;
  dateText?: string;
  title?: string;
  location?: string;
  slots: SlotView[];
  summary: DaySummary;
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
}

export interface PhaseView {
  line: number;
  id: string;
  title: string;
  start?: number;
  end?: number;
  datesText: string;
  programmes: { path: string; uri?: string; title: string; dates: number[]; datesText: string; missing: boolean }[];
  deliverables: string[];
  governance: string[];
}

export interface MissionView {
  kind: 'mission';
  language: RenderLanguage;
  labels: Labels;
  title: string;
  schemeLabel?: string;
  client?: string;
  partners: string[];
  pilot?: string;
  contact?: string;
  periodStart?: number;
  periodEnd?: number;
  periodText?: string;
  territories: { name: string; kind?: string; population?: number }[];
  themes: string[];
  needs: string[];
  response?: string;
  governance: { id: string; name: string; members: string[] }[];
  phases: PhaseView[];
  deliverables: { id: string; title: string; due?: number; dueText?: string }[];
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
}
