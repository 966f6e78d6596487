/**
 * Assembly of the days and their dates: years settled for dates written without one, each
 * day with slots given its date (written, from the programme's dates, or the day after the
 * day before), a one-day programme's date, subtitle and place, and the dates and empty day
 * headings nothing used kept in the notes.
 */
import { keepEmptyDays, emptyDay } from './agenda';
import { isoOf, weekdayOf, type DateHit } from './dates';
import { DAY_LABEL } from './lines';
import { warn, type DayDraft, type ReadState, type SlotDraft } from './state';
import { fold } from './text';
import { addKeyComment, type CommentPlan } from './yamlWriter';
import { parseDate } from '../time';

/** Years: a date without one takes the year of the other dates (checked against its weekday). */
export function settleYears(r: ReadState): void {
  const allHits = [...r.dates.explicit, ...r.dates.implied, ...r.agenda.days.flatMap((d) => d.dates)];
  const years = allHits.filter((h) => h.year !== undefined).map((h) => h.year!);
  for (const h of allHits) {
    if (h.year !== undefined) continue;
    // "Mardi 3 décembre" under "Dates : du 2 au 4 décembre 2024": the year is written, not assumed.
    const same = allHits.find((o) => o.year !== undefined && o.day === h.day && o.month === h.month);
    if (same) {
      h.year = same.year;
      continue;
    }
    // The year of the other dates, else this year; with a weekday, the nearest year where it fits.
    const base = years[0] ?? new Date().getUTCFullYear();
    let year = base;
    if (h.weekday !== undefined) {
      const fits = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6].map((d) => base + d).find((y) => weekdayOf(y, h.month, h.day) === h.weekday);
      if (fits !== undefined) year = fits;
    }
    h.year = year;
    h.assumedYear = true;
  }
}

export interface DayPlan {
  daysWithSlots: DayDraft[];
  /** The programme's dates (`Date :` lines, else dates met in the header) that are valid. */
  programmeDates: DateHit[];
  programmeIso: string[];
  singleDay: boolean;
  /** The one day of a one-day programme (or the first dated heading). */
  day0: DayDraft | undefined;
  usedDates: Set<string>;
}

/** The days that hold slots; the day headings with none give what they said to the programme. */
export function planDays(r: ReadState): DayPlan {
  for (const d of r.agenda.days) if (!d.slots.length && d.heading !== undefined) emptyDay(r, d);
  const daysWithSlots = r.agenda.days.filter((d) => d.slots.length);
  const programmeDates = (r.dates.explicit.length ? r.dates.explicit : r.dates.implied).filter((h) => isoOf(h));
  const uniqueIso = (hits: DateHit[]) => [...new Set(hits.map((h) => isoOf(h)!))];
  const programmeIso = uniqueIso(programmeDates);
  const singleDay = daysWithSlots.length <= 1;
  const day0 = daysWithSlots[0] ?? r.agenda.days.find((d) => d.dates.length);
  const usedDates = new Set<string>();
  return { daysWithSlots, programmeDates, programmeIso, singleDay, day0, usedDates };
}

/** A one-day programme: its date, and the day heading's title and place as the programme's. */
export function singleDayFacts(r: ReadState, plan: DayPlan, data: Record<string, unknown>, comments: CommentPlan): void {
  const m = r.m;
  const { day0, programmeDates, usedDates } = plan;
  const hit = day0?.dates.find((h) => isoOf(h)) ?? programmeDates[0];
  const iso = hit ? isoOf(hit) : undefined;
  if (iso) {
    data.date = iso;
    usedDates.add(iso);
    if (hit!.assumedYear) {
      addKeyComment(comments, 'date', m.assumedYear(iso));
      warn(r, (m) => m.assumedYear(iso));
    }
  }
  if (day0?.title && !r.fields.title && data.title === day0.title) {
    /* used as the programme title */
  } else if (day0?.title && !DAY_LABEL.test(fold(day0.title))) {
    if (!data.subtitle) data.subtitle = day0.title;
    else if (data.subtitle !== day0.title) r.notes.push({ lines: [day0.heading ?? day0.title], line: day0.line, unrecognised: true });
  }
  if (day0?.location && !data.location) data.location = day0.location;
  else if (day0?.location && data.location !== day0.location) r.notes.push({ lines: [day0.location], line: day0.line, unrecognised: true });
}

/** `agenda` (one day) or `days`, each day dated. */
export function writeDays(
  r: ReadState,
  plan: DayPlan,
  data: Record<string, unknown>,
  comments: CommentPlan,
  slotObject: (s: SlotDraft, i: number, dayKey: (string | number)[]) => Record<string, unknown>,
): void {
  const m = r.m;
  const { daysWithSlots, programmeDates, programmeIso, singleDay, day0, usedDates } = plan;
  if (singleDay) {
    data.agenda = (day0?.slots ?? []).map((s, i) => slotObject(s, i, ['agenda']));
  } else {
    let previous: number | undefined;
    // Days before the first dated one: the days just before it.
    const firstDated = daysWithSlots.findIndex((d) => d.dates.some((h) => isoOf(h)));
    if (firstDated > 0 && !programmeDates.length) {
      const day = parseDate(isoOf(daysWithSlots[firstDated]!.dates.find((h) => isoOf(h))!)!)!;
      previous = day - firstDated - 1;
    }
    data.days = daysWithSlots.map((d, k) => {
      const o: Record<string, unknown> = {};
      let hit = d.dates.find((h) => isoOf(h));
      if (!hit && programmeIso.length > 1) {
        const free = programmeDates.filter((h) => !usedDates.has(isoOf(h)!));
        hit = free[0];
      }
      if (!hit && k === 0 && programmeDates[0]) hit = programmeDates[0];
      let iso = hit ? isoOf(hit) : undefined;
      const dayComments: string[] = [];
      if (hit?.assumedYear && iso) {
        const assumed = iso;
        dayComments.push(m.assumedYear(assumed));
        warn(r, (m) => m.assumedYear(assumed));
      }
      if (!iso && previous !== undefined) {
        const assumed = new Date((previous + 1) * 86_400_000).toISOString().slice(0, 10);
        iso = assumed;
        dayComments.push(m.assumedDate(assumed));
        warn(r, (m) => m.assumedDate(assumed));
      }
      if (iso) {
        o.date = iso;
        usedDates.add(iso);
        previous = parseDate(iso);
      } else {
        dayComments.push(m.noDate);
        warn(r, (m) => m.noDateWarn(d.heading ?? `#${k + 1}`));
      }
      if (d.title) o.title = d.title;
      if (d.location) o.location = d.location;
      o.agenda = d.slots.map((s, i) => slotObject(s, i, ['days', k, 'agenda']));
      if (dayComments.length) comments.days.set(k, dayComments);
      return o;
    });
  }
}

/** Empty day headings and explicit dates that no day took ("Dates : 12 et 13 mars" over a one-day agenda): their lines are kept. */
export function keepUnusedDates(r: ReadState, usedDates: Set<string>): void {
  keepEmptyDays(r, usedDates);
  const unused = new Map<string, number>();
  for (const h of r.dates.explicit) if (h.source && !usedDates.has(isoOf(h) ?? '')) unused.set(h.source.text, h.source.line);
  for (const [text, line] of unused) {
    r.notes.push({ lines: [text], line, unrecognised: true });
    warn(r, (m) => m.extraDates(text));
  }
}
