/**
 * Resolves the start and end of every slot of a day (FORMAT.md §3, "A slot's time comes
 * from exactly one of…") and records the time problems met on the way. A slot whose time
 * cannot be known because of a problem already reported (a malformed value, a value of the
 * wrong type) is simply unknown: the slots after it are not blamed for it.
 *
 * Beyond the spec, two forms users write are resolved rather than rejected:
 * - `start` alone: the slot ends when the next slot starts (imported "10h30 Pause" lines);
 *   the last such slot of a day is a milestone of no length ("17h00 Fin de la journée").
 * - `end` alone: the slot starts when the previous one ends.
 */
import { isOverlongDuration, MINUTES_PER_DAY, parseClock, parseDuration, parseRange } from '../time';
import type { Path, Slot, TimeIssue } from './types';

type Raw = Record<string, unknown>;

interface Fields {
  time?: { start: number; end: number; text: string };
  start?: { value: number; text: string };
  end?: { value: number; text: string };
  duration?: { value: number; text: string };
  /** A time field is present but unusable (reported elsewhere or here as time-format). */
  broken: boolean;
  any: boolean;
}

export function readFields(raw: Raw, path: Path, issues: TimeIssue[]): Fields {
  const f: Fields = { broken: false, any: false };
  const bad = (key: string, message: TimeIssue['message']) => {
    issues.push({ code: 'time-format', path: path.concat(key), message, data: { key, value: raw[key] } });
    f.broken = true;
  };
  if (raw.time !== undefined) {
    f.any = true;
    if (typeof raw.time !== 'string') f.broken = true;
    else {
      const r = parseRange(raw.time);
      if (r) f.time = { ...r, text: raw.time };
      else bad('time', { key: 'badRange', value: raw.time });
    }
  }
  if (raw.start !== undefined) {
    f.any = true;
    const v = readClock(raw.start, false);
    if (v === 'wrong-type') f.broken = true;
    else if (typeof v === 'number') f.start = { value: v, text: String(raw.start) };
    else bad('start', { key: v === 'at24' ? 'startAt24' : 'badClock', value: String(raw.start) });
  }
  if (raw.end !== undefined) {
    f.any = true;
    const v = readClock(raw.end, true);
    if (v === 'wrong-type') f.broken = true;
    else if (typeof v === 'number') f.end = { value: v, text: String(raw.end) };
    else bad('end', { key: 'badClock', value: String(raw.end) });
  }
  if (raw.duration !== undefined) {
    f.any = true;
    const v = parseDuration(raw.duration);
    // `0min` is well written but is no duration for a slot; a number 0 is the schema's (minimum 1).
    if (typeof raw.duration === 'string' && (v === undefined || v === 0)) bad('duration', { key: isOverlongDuration(raw.duration) ? 'durationTooLong' : 'badDuration', value: raw.duration });
    else if (v === undefined || v <= 0) f.broken = true;
    else f.duration = { value: v, text: String(raw.duration) };
  }
  return f;
}

/** A clock value: minutes, or why not (`at24`: 24:00 where only an end may be). */
export function readClock(value: unknown, allow24: boolean): number | 'wrong-type' | 'bad' | 'at24' {
  if (typeof value !== 'string') return 'wrong-type';
  const v = parseClock(value, allow24);
  if (v !== undefined) return v;
  return !allow24 && parseClock(value, true) !== undefined ? 'at24' : 'bad';
}

/** What the previous slot's end is: known, unknown for a reported reason, awaiting the next start, or absent. */
type ChainState = 'known' | 'silent' | 'pending' | 'none';

export interface DayTimesInput {
  dayStart?: number;
  /** The day's `start` is written but unusable (reported): the first slots are not blamed. */
  dayStartBroken?: boolean;
  slots: { raw: Raw; slot: Slot }[];
}

/** Fills `slot.start`/`slot.end` for the slots of one day, in order. */
export function resolveDayTimes(input: DayTimesInput, issues: TimeIssue[]): void {
  let previousEnd: number | undefined = input.dayStart;
  /** Why `previousEnd` is unknown: silently (after a reported problem) or for lack of a time. */
  let previousState: ChainState = input.dayStart !== undefined ? 'known' : input.dayStartBroken ? 'silent' : 'none';
  let pending: Slot | undefined; // a start-only slot waiting for the next start

  for (const { raw, slot } of input.slots) {
    const f = readFields(raw, slot.path, issues);
    slot.timePath = slot.path.concat(f.time ? 'time' : raw.start !== undefined ? 'start' : raw.duration !== undefined ? 'duration' : raw.end !== undefined ? 'end' : 'title');
    const conflict = (a: string, av: string, b: string, bv: string, key: string) =>
      issues.push({ code: 'time-conflict', path: slot.path.concat(key), message: { key: 'timeConflict', a, av, b, bv }, data: { key } });

    let start: number | undefined;
    let end: number | undefined;
    let state: ChainState = 'known';
    const conflicts = issues.length;
    if (f.broken) {
      state = 'silent';
    } else if (f.time) {
      start = f.time.start;
      end = f.time.end;
      if (f.start && f.start.value !== start) conflict('time', f.time.text, 'start', f.start.text, 'start');
      if (f.end && f.end.value !== end) conflict('time', f.time.text, 'end', f.end.text, 'end');
      if (f.duration && f.duration.value !== end - start) conflict('time', f.time.text, 'duration', f.duration.text, 'duration');
    } else if (f.start) {
      start = f.start.value;
      if (f.end) {
        end = f.end.value;
        if (f.duration && f.duration.value !== end - start) conflict('end', f.end.text, 'duration', f.duration.text, 'duration');
      } else if (f.duration) end = start + f.duration.value;
      else state = 'pending';
    } else if (f.end && f.duration) {
      end = f.end.value;
      start = end - f.duration.value;
    } else if (f.end || f.duration) {
      if (previousEnd !== undefined && previousState === 'known') {
        start = previousEnd;
        end = f.end ? f.end.value : start + f.duration!.value;
      } else {
        state = 'silent';
        if (previousState === 'none') {
          issues.push({ code: 'time-unresolved', path: slot.timePath, message: { key: 'noStart' }, data: { slotPath: slot.path } });
        } else if (previousState === 'pending') {
          issues.push({ code: 'time-unresolved', path: slot.timePath, message: { key: 'afterUnknownEnd' }, data: { slotPath: slot.path } });
        }
      }
    } else if (!f.any) {
      state = 'silent';
      issues.push({ code: 'time-unresolved', path: slot.path.concat('title'), message: { key: 'noTime' }, data: { slotPath: slot.path } });
    }

    // Values that disagree: which one is right is the author's call, so the neighbours are
    // not judged on either (one disagreement, one diagnostic).
    if (issues.length > conflicts && issues.slice(conflicts).some((i) => i.code === 'time-conflict')) {
      start = end = undefined;
      state = 'silent';
    }

    // A start-only slot before this one ends where this one starts.
    if (pending) {
      if (start !== undefined) pending.end = Math.max(start, pending.start!);
      pending = undefined;
    }

    if (start !== undefined && end !== undefined) {
      const problem = timeProblem(start, end, f, slot.path);
      if (problem) {
        issues.push(problem);
        // A slot with impossible times takes no part in overlaps, gaps and day length:
        // the one cause is reported once, here.
        start = end = undefined;
        state = 'silent';
      }
    }
    if (start !== undefined) slot.start = start;
    if (end !== undefined) slot.end = end;
    if (state === 'pending') pending = slot;
    slot.explicitStart = Boolean(f.time || f.start);

    previousEnd = end;
    previousState = end !== undefined ? 'known' : state === 'pending' ? 'pending' : 'silent';
  }
  // The last start-only slot of the day marks a moment ("17h00 Fin"): it has no length.
  if (pending) pending.end = pending.start;
}

/** A slot that ends before it starts, runs past midnight, or starts the day before. */
function timeProblem(start: number, end: number, f: Fields, path: Path): TimeIssue | undefined {
  if (end <= start) {
    return { code: 'time-order', path: path.concat(f.time ? 'time' : 'end'), message: { key: 'timeOrder', start, end }, data: { start, end } };
  }
  if (end > MINUTES_PER_DAY) {
    return { code: 'time-midnight', path: path.concat('duration'), message: { key: 'timeMidnight', end: end - MINUTES_PER_DAY }, data: { start, end } };
  }
  if (start < 0) {
    // `end` − `duration` would start the slot the day before.
    return {
      code: 'time-conflict',
      path: path.concat('duration'),
      message: { key: 'timeConflict', a: 'end', av: f.end!.text, b: 'duration', bv: f.duration!.text },
      data: { key: 'duration' },
    };
  }
  return undefined;
}
