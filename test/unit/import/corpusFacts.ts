/**
 * The facts a user checks in an imported programme, read from its YAML and from the model
 * the checker builds of it: shared by the import corpus of issue 17 (corpusV2.test.ts) and
 * the export → import round trip (roundTripV2.test.ts).
 */
import { parseDocument } from 'yaml';
import { createLanguageService } from '../../../server/src/core';
import type { ProgrammeModel } from '../../../server/src/core/model/types';
import { formatClock, formatDate } from '../../../server/src/core/time';

export type Data = Record<string, unknown>;

const URI = 'file:///ws/imported.programme.yaml';

/** A text as a user compares it: case, spacing and the shape of apostrophes and quotes aside. */
export function plain(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Every string inside a value (a field that is a string, a list or an object), joined. */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' \n ');
  if (typeof value === 'object') return Object.values(value as Data).map(textOf).join(' \n ');
  return '';
}

export interface Imported {
  data: Data;
  model: ProgrammeModel;
}

export function readImported(yaml: string): Imported {
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) throw new Error(`the import is not valid YAML: ${doc.errors[0]!.message}`);
  const model = createLanguageService().analyse(URI, yaml).model as ProgrammeModel;
  return { data: (doc.toJS() ?? {}) as Data, model };
}

/** The slots as written in the YAML, every day's in order (the model's order). */
export function writtenSlots(data: Data): Data[] {
  return Array.isArray(data.days) ? (data.days as Data[]).flatMap((d) => (d.agenda as Data[] | undefined) ?? []) : ((data.agenda as Data[] | undefined) ?? []);
}

export function dayDates(data: Data): string[] {
  if (Array.isArray(data.days)) return (data.days as Data[]).map((d) => String(d.date));
  return data.date === undefined ? [] : [String(data.date)];
}

/** One row per slot as the checker resolves it: day, start, end, type, title. */
export function resolvedAgenda(model: ProgrammeModel): { day: number; start: string | null; end: string | null; type: string; title: string }[] {
  return model.slots.map((s) => ({
    day: s.dayIndex,
    start: s.start === undefined ? null : formatClock(s.start),
    end: s.end === undefined ? null : formatClock(s.end),
    type: s.type,
    title: s.title,
  }));
}

export function modelDates(model: ProgrammeModel): (string | null)[] {
  return model.days.map((d) => (d.date === undefined ? null : formatDate(d.date)));
}

/** person id → name (or role when unnamed). */
function namesById(data: Data): Map<string, string> {
  const people = Array.isArray(data.people) ? (data.people as Data[]) : [];
  return new Map(people.map((p) => [String(p.id), String(p.name ?? p.role ?? p.id)]));
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/** The names of those who speak in a slot: its speakers, its steps' speakers, its tracks' leads. */
export function slotSpeakers(data: Data, slot: Data): string[] {
  const names = namesById(data);
  const steps = Array.isArray(slot.steps) ? (slot.steps as unknown[]) : [];
  const tracks = Array.isArray(slot.tracks) ? (slot.tracks as Data[]) : [];
  const all = [...ids(slot.speakers), ...steps.flatMap((s) => (s && typeof s === 'object' ? ids((s as Data).speakers) : [])), ...tracks.flatMap((t) => ids(t.lead))];
  return [...new Set(all.map((id) => names.get(id) ?? id))];
}

/** What participants receive: the programme without notes, materials and team slots. */
export function publicText(data: Data): string {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.filter((v) => !(v && typeof v === 'object' && (v as Data).visibility === 'team')).map(strip);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value as Data).filter(([k]) => k !== 'notes' && k !== 'materials').map(([k, v]) => [k, strip(v)]));
    return value;
  };
  return textOf(strip(data));
}

/** Every `notes` of the programme, of its days, slots and tracks. */
export function notesText(value: unknown): string {
  if (Array.isArray(value)) return value.map(notesText).join(' \n ');
  if (value && typeof value === 'object') return Object.entries(value as Data).map(([k, v]) => (k === 'notes' ? textOf(v) : notesText(v))).join(' \n ');
  return '';
}
