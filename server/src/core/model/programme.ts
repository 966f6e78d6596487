/** Builds the programme model: its header, people, groups, deliverables, days and slots with times. */
import { MAX_HEAD_COUNT } from '../limits';
import { isOverlongDuration, parseDate, parseDuration } from '../time';
import { dateMessage } from './dateMessage';
import { asArray, asObject, asString, entity, readCount, readEntities, readPlace, readRef, readRefs, readText, readTexts, setIf, valueAt, type Raw } from './read';
import { readClock, resolveDayTimes } from './slotTimes';
import { readSlotV2, readSteps, readTrainingSheet } from './trainingSheet';
import {
  ID_PATTERN,
  PAUSE_TYPES,
  type Day,
  type Group,
  type Path,
  type Person,
  type ProgrammeDeliverable,
  type ProgrammeModel,
  type Ref,
  type Slot,
  type TimeIssue,
  type Track,
} from './types';

export function buildProgramme(data: Raw): ProgrammeModel {
  const timeIssues: TimeIssue[] = [];
  const refs: Ref[] = [];
  const model: ProgrammeModel = {
    kind: 'programme',
    written: writtenKeys(data),
    format: asString(data.format) ?? 'workshop',
    people: [],
    groups: [],
    deliverables: [],
    days: [],
    slots: [],
    refs,
    timeIssues,
  };
  const title = asString(data.title);
  if (title !== undefined) model.title = title;
  readHeader(data, model);

  for (const p of readEntities(data.people, ['people'])) {
    const person: Person = entity(p);
    setIf(person, 'role', readText(p.raw, 'role', p.path));
    setIf(person, 'organisation', readText(p.raw, 'organisation', p.path));
    model.people.push(person);
  }
  for (const g of readEntities(data.groups, ['groups'])) {
    const group: Group = entity(g);
    const lead = readRef(g.raw.lead, 'person', g.path, 'lead');
    if (lead) {
      group.lead = lead;
      refs.push(lead);
    }
    setIf(group, 'members', readTexts(g.raw, 'members', g.path));
    setIf(group, 'size', readCount(g.raw, 'size', g.path, MAX_HEAD_COUNT, 1));
    model.groups.push(group);
  }
  for (const d of readEntities(data.deliverables, ['deliverables'])) {
    const deliverable: ProgrammeDeliverable = entity(d);
    const owner = readRef(d.raw.owner, 'owner', d.path, 'owner');
    if (owner && owner.id === 'each-group') deliverable.eachGroup = valueAt('each-group', d.path, 'owner');
    else if (owner) {
      deliverable.owner = owner;
      refs.push(owner);
    }
    const due = readRef(d.raw.due, 'slot', d.path, 'due');
    if (due) {
      deliverable.due = due;
      refs.push(due);
    }
    setIf(deliverable, 'format', readText(d.raw, 'format', d.path));
    setIf(deliverable, 'description', readText(d.raw, 'description', d.path));
    model.deliverables.push(deliverable);
  }

  // Each day's slots and references, joined once at the end (no array grows slot by slot).
  const parts: DayRead[] = [];
  let slotBase = 0;
  if (data.days !== undefined) {
    asArray(data.days).forEach((item, i) => {
      const raw = asObject(item);
      if (!raw) return;
      const read = readDayOnce(raw, i, slotBase);
      parts.push(read);
      slotBase += read.slots.length;
    });
  } else if (data.agenda !== undefined || data.date !== undefined) {
    parts.push(readDay(data, [], 0, 0));
  }
  model.days = parts.map((p) => p.day);
  for (const p of parts) for (const issue of p.issues) timeIssues.push(issue);
  model.slots = ([] as Slot[]).concat(...parts.map((p) => p.slots));
  model.refs = refs.concat(...parts.map((p) => p.refs));
  return model;
}

const ROOT: Path = [];

/** The keys of the programme itself (title, audience…); the days and agenda are read below. */
function readHeader(data: Raw, model: ProgrammeModel): void {
  setIf(model, 'subtitle', readText(data, 'subtitle', ROOT));
  setIf(model, 'language', readText(data, 'language', ROOT));
  setIf(model, 'organiser', readText(data, 'organiser', ROOT));
  setIf(model, 'audience', readTexts(data, 'audience', ROOT, true));
  setIf(model, 'participants', readCount(data, 'participants', ROOT, MAX_HEAD_COUNT, 1));
  setIf(model, 'location', readPlace(data, 'location', ROOT));
  setIf(model, 'objectives', readTexts(data, 'objectives', ROOT));
  setIf(model, 'prerequisites', readTexts(data, 'prerequisites', ROOT, true));
  setIf(model, 'evaluation', readTexts(data, 'evaluation', ROOT, true));
  setIf(model, 'accessibility', readText(data, 'accessibility', ROOT));
  setIf(model, 'context', readText(data, 'context', ROOT));
  setIf(model, 'notes', readText(data, 'notes', ROOT));
  readTrainingSheet(data, model);
}

function writtenKeys(data: Raw): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const key of Object.keys(data)) if (data[key] !== null && data[key] !== undefined) keys.add(key);
  return keys;
}


const NO_TRACKS: readonly Track[] = Object.freeze([]);

/** A day as read: the day, its slots (numbered from the slots of the days before) and its references. */
interface DayRead {
  day: Day;
  slots: Slot[];
  refs: Ref[];
  issues: TimeIssue[];
}

/**
 * Days already read, by their data object. A day depends only on its data, its index and
 * the number of slots before it; the incremental parse (parse/fast/incremental.ts) shares every
 * untouched object with the previous version's data, so typing in one slot of a long
 * seminar re-reads that day only. Data objects are never mutated once parsed.
 */
const readDays = new WeakMap<Raw, DayRead & { index: number; slotBase: number }>();

function readDayOnce(raw: Raw, index: number, slotBase: number): DayRead {
  const known = readDays.get(raw);
  if (known && known.index === index && known.slotBase === slotBase) return known;
  const read = readDay(raw, ['days', index], index, slotBase);
  readDays.set(raw, { ...read, index, slotBase });
  return read;
}

function readDay(raw: Raw, path: Path, index: number, slotBase: number): DayRead {
  const day: Day = { index, path, slots: [] };
  const refs: Ref[] = [];
  const issues: TimeIssue[] = [];
  if (typeof raw.date === 'string') {
    const date = parseDate(raw.date);
    day.datePath = path.concat('date');
    day.dateText = raw.date;
    if (date === undefined) {
      issues.push({ code: 'time-format', path: day.datePath, message: dateMessage(raw.date, 'badDate'), data: { key: 'date', value: raw.date } });
    }
    else day.date = date;
  }
  if (path.length > 0) {
    // The one-day form's `title` and `location` are the programme's, not the day's.
    setIf(day, 'title', readText(raw, 'title', path));
    setIf(day, 'location', readPlace(raw, 'location', path));
  }
  let dayStart: number | undefined;
  let dayStartBroken = false;
  if (raw.start !== undefined) {
    const v = readClock(raw.start, false);
    if (typeof v === 'number') {
      dayStart = v;
      day.start = valueAt(v, path, 'start');
    }
    else {
      dayStartBroken = true;
      if (v !== 'wrong-type') {
        const value = String(raw.start);
        issues.push({ code: 'time-format', path: path.concat('start'), message: { key: v === 'at24' ? 'startAt24' : 'badClock', value }, data: { key: 'start', value } });
      }
    }
  }
  const entries: { raw: Raw; slot: Slot }[] = [];
  asArray(raw.agenda).forEach((item, i) => {
    const slotRaw = asObject(item);
    if (!slotRaw) return;
    const slot = readSlot(slotRaw, path.concat('agenda', i), index, slotBase + day.slots.length, refs, issues);
    day.slots.push(slot);
    entries.push({ raw: slotRaw, slot });
  });
  resolveDayTimes(dayStart === undefined ? { dayStartBroken, slots: entries } : { dayStart, slots: entries }, issues);
  return { day, slots: day.slots, refs, issues };
}

function readSlot(raw: Raw, path: Path, dayIndex: number, index: number, refs: Ref[], issues: TimeIssue[]): Slot {
  const type = asString(raw.type) ?? 'other';
  const slot: Slot = {
    path,
    dayIndex,
    index,
    title: asString(raw.title) ?? '',
    type,
    isPause: PAUSE_TYPES.has(type),
    timePath: path, // resolveDayTimes sets the real one (one array per slot, not two)
    explicitStart: false,
    groups: undefined,
    speakers: readRefs(raw.speakers, 'person', path, 'speakers'),
    tracks: NO_TRACKS,
    produces: readRefs(raw.produces, 'deliverable', path, 'produces'),
  };
  if (typeof raw.id === 'string' && ID_PATTERN.test(raw.id)) {
    slot.id = { id: raw.id, idPath: path.concat('id'), path, title: slot.title };
  }
  if (raw.description !== undefined) setIf(slot, 'description', readText(raw, 'description', path));
  if (raw.steps !== undefined) readSteps(raw, path, slot, issues);
  if (raw.materials !== undefined) setIf(slot, 'materials', readTexts(raw, 'materials', path));
  if (raw.notes !== undefined) setIf(slot, 'notes', readText(raw, 'notes', path));
  if (raw.visibility !== undefined || raw.pinned !== undefined) readSlotV2(raw, path, slot);
  if (raw.groups === 'all') slot.groups = 'all';
  else if (Array.isArray(raw.groups)) slot.groups = readRefs(raw.groups, 'group', path, 'groups');
  if (raw.per_group !== undefined) {
    const perGroupPath = path.concat('per_group');
    const minutes = readPerGroup(raw.per_group, perGroupPath, issues);
    if (minutes !== undefined) slot.perGroup = { minutes, path: perGroupPath };
  }
  const tracks: Track[] = [];
  asArray(raw.tracks).forEach((item, i) => {
    const t = asObject(item);
    if (!t) return;
    const tPath = path.concat('tracks', i);
    const track: Track = {
      path: tPath,
      speakers: readRefs(t.speakers, 'person', tPath, 'speakers'),
      groups: readRefs(t.groups, 'group', tPath, 'groups'),
    };
    const title = asString(t.title);
    if (title !== undefined) track.title = title;
    setIf(track, 'description', readText(t, 'description', tPath));
    setIf(track, 'room', readText(t, 'room', tPath));
    const lead = readRef(t.lead, 'person', tPath, 'lead');
    if (lead) track.lead = lead;
    tracks.push(track);
    refs.push(...(lead ? [lead] : []), ...track.speakers, ...track.groups);
  });
  if (tracks.length > 0) slot.tracks = tracks;
  refs.push(...slot.speakers, ...(Array.isArray(slot.groups) ? slot.groups : []), ...slot.produces);
  for (const step of slot.stepDetails ?? []) refs.push(...step.speakers);
  return slot;
}

/** `per_group` uses the duration notation; a malformed one is a `time-format` problem. */
function readPerGroup(value: unknown, path: Path, issues: TimeIssue[]): number | undefined {
  const minutes = parseDuration(value);
  if (typeof value === 'string' && (minutes === undefined || minutes === 0)) {
    issues.push({ code: 'time-format', path, message: { key: isOverlongDuration(value) ? 'durationTooLong' : 'badDuration', value }, data: { key: 'per_group', value } });
  }
  return minutes !== undefined && minutes > 0 ? minutes : undefined;
}
