/**
 * Days and slots: a day heading (`Jour 1`, `Mardi 12 mars 2024`, `Thursday, 6 March 2025,
 * Toulouse`) opens a day; a time line opens a slot; the lines under a slot are its steps
 * (bullets, indented lines) or its description. A day heading with nothing under it gives
 * its dates, title and place to the programme.
 */
import type { TimeLine } from './clocks';
import { isoOf, findDates } from './dates';
import { setLocation } from './facts';
import { DAY_LABEL, type Line } from './lines';
import { PLACE } from './people';
import { closeSection } from './sections';
import { currentDay, type DayDraft, type ReadState, type SlotDraft } from './state';
import { collapse, fold, foldSame, words } from './text';
import { parseRange } from '../time';
import { speakersOf } from './fields/index';
import { cellDuration } from './tables/cellTime';

/** A day heading opens a day (true), else the line is something else (false). */
export function dayHeading(r: ReadState, l: Line): boolean {
  const f = foldSame(l.text);
  const label = DAY_LABEL.exec(f);
  // "Jour 1 – mardi 12 mars": the number of the day is no date.
  const offset = label ? label[0].length : 0;
  const dates = findDates(l.text.slice(offset)).map((d) => ({ ...d, index: d.index + offset }));
  const lead = dates[0] ? f.slice(0, dates[0].index).trim() : '';
  const leadingDate = dates.length > 0 && /^(?:le|the|on|du|les|)\s*[:,-]?$/.test(lead) && words(l.text) <= 14 && !/[.!?]$/.test(l.text.replace(/\s*\(.*\)$/, ''));
  const weekdayOnly = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*:?$/.test(f.trim());
  if (!label && !leadingDate && !weekdayOnly) return false;
  if (label && words(l.text) > 16) return false;
  if (l.bullet && !label) return false;
  closeSlot(r);
  closeSection(r);
  const dayDates = dates.filter((d, k) => k === 0 || d.index === dates[0]!.index);
  // The rest of the heading, without the date (and the "le" before it): a title, or a place.
  let rest = l.text;
  if (dates[0]) {
    const before = rest.slice(0, dates[0].index).replace(/(?:^|\s)(?:le|the|on|du)\s*$/i, '');
    rest = `${before} ${rest.slice(dates[0].index + dates[0].length)}`;
  }
  rest = collapse(rest)
    .replace(/\s*[—–:,|-]+\s*(?=[—–:,|-])/g, ' ')
    .replace(/^[\s—–:,|.-]+|[\s—–:,|.-]+$/g, '')
    .replace(/\s+[—–:|-]\s+/g, ' — ');
  let location: string | undefined;
  // "Thursday, 6 March 2025, Toulouse": a place after a comma.
  const afterComma = dates[0] ? /^\s*,\s*/.test(l.text.slice(dates[0].index + dates[0].length)) : false;
  if (!label && afterComma && new RegExp(`^${PLACE}(?:\\s\\([^()]*\\))?$`, 'u').test(rest)) {
    location = rest;
    rest = '';
  }
  const at = /^(?:à|a|at|in)\s+(.+)$/i.exec(rest) ?? /^\(((?:salle|mairie|hôtel|hotel|maison|centre|lieu|site|cité|siège|préfecture|sous-préfecture|médiathèque|espace|campus|auditorium|amphithéâtre|cvrh)\b.*)\)$|^((?:salle|mairie|hôtel|hotel|maison|centre|lieu|site|cité|siège|préfecture|sous-préfecture|médiathèque|espace|campus|auditorium|amphithéâtre|cvrh)\b.*)$/i.exec(rest);
  if (at && !label) {
    location = (at[1] ?? at[2] ?? at[3])!.trim();
    rest = '';
  }
  const day: DayDraft = { line: l.no, heading: l.text, dates: dayDates, slots: [] };
  if (rest) day.title = rest;
  if (location) day.location = location;
  // Header dates before the agenda: a day heading with nothing in the day yet replaces it.
  const current = currentDay(r);
  if (current.slots.length === 0 && current.heading === undefined && current.line === 0) r.agenda.days[r.agenda.days.length - 1] = day;
  else if (current.slots.length === 0 && current.heading !== undefined) {
    // A date line with nothing under it (the programme's dates, before the days): its
    // dates, place and title go to the programme. "JOUR 1" then "Mardi 12 mars" is one day.
    if (!day.title && current.title && DAY_LABEL.test(fold(current.title))) {
      day.title = current.title;
      delete current.title;
    }
    if (!day.dates.length && current.dates.length) {
      day.dates = current.dates;
      current.dates = [];
    }
    emptyDay(r, current);
    r.agenda.days[r.agenda.days.length - 1] = day;
  } else r.agenda.days.push(day);
  return true;
}

/** What a day heading without slots said, kept at the programme level. */
export function emptyDay(r: ReadState, day: DayDraft): void {
  r.dates.implied.push(...day.dates);
  let placed = true;
  if (day.location && !r.fields.location) {
    setLocation(r, day.location, true);
    r.fields.locationHeading = day;
  } else if (day.location) placed = false;
  if (day.title && !(DAY_LABEL.test(fold(day.title)) && words(day.title) <= 2)) {
    if (!r.fields.subtitle && !r.agenda.seenSlot) r.fields.subtitle = day.title;
    else placed = false;
  }
  r.agenda.emptyDays.push({ day, placed });
}

/** An empty day heading whose title, place or date found no place: kept in the notes. */
export function keepEmptyDays(r: ReadState, usedDates: Set<string>): void {
  for (const { day, placed } of r.agenda.emptyDays) {
    const dateUsed = !day.dates.length || day.dates.some((h) => usedDates.has(isoOf(h) ?? ''));
    if (!placed || !dateUsed) r.notes.push({ lines: [day.heading ?? day.title ?? ''], line: day.line, unrecognised: true });
  }
}

/** A time line opens a slot: its time or start, and its title (or the next line's). */
export function openSlot(r: ReadState, l: Line, t: TimeLine): void {
  closeSlot(r);
  closeSection(r);
  const s = newSlot(r, l);
  if (t.end) {
    s.time = `${t.start.text}-${t.end.text}`;
    const r = parseRange(s.time);
    if (r) s.range = r;
  } else s.start = t.start.text;
  const rest = withoutRangeDuration(s, l, t.rest);
  s.title = rest;
  s.awaitingTitle = !rest;
  r.agenda.slot = s;
}

/**
 * « 09h00 – 09h30 (30 min) », the title on the next line (as the HTML export reads): the
 * duration in brackets after a range says the range again and is no title. Kept in the
 * description when it disagrees with the range, as in a table's duration column.
 */
function withoutRangeDuration(s: SlotDraft, l: Line, rest: string): string {
  const bracketed = s.range ? /^\(([^()]*)\)$/.exec(rest) : null;
  const duration = bracketed ? cellDuration(bracketed[1]!) : undefined;
  if (!duration || !s.range) return rest;
  if (s.range.end - s.range.start !== duration.minutes) s.entries.push({ kind: 'desc', text: duration.text, indent: l.indent, afterBlank: false, line: l.no });
  return '';
}

/** A new slot in the current day, taking the part-of-day comment waiting for it. */
export function newSlot(r: ReadState, l: Line): SlotDraft {
  const s: SlotDraft = {
    line: l.no,
    indent: l.indent,
    title: '',
    awaitingTitle: false,
    entries: [],
    who: [],
    groupsAll: false,
    groupNames: [],
    materials: [],
    produces: [],
    notes: [],
    comments: r.agenda.pendingSlotComments,
    fromTable: false,
  };
  r.agenda.pendingSlotComments = [];
  r.agenda.seenSlot = true;
  currentDay(r).slots.push(s);
  return s;
}

export function closeSlot(r: ReadState): void {
  r.agenda.slot = undefined;
}

/** A line under a slot: its title if it had none, else a step or a line of its description. */
export function slotLine(r: ReadState, l: Line, afterBlank: boolean): void {
  const s = r.agenda.slot!;
  if (s.awaitingTitle) {
    s.title = l.text;
    s.awaitingTitle = false;
    return;
  }
  // « Animation : Mme Claire DUBOIS, DDTM 59 » names the slot's speakers: no step, no description.
  const names = speakersOf(l.text);
  if (names) {
    for (const part of names.split(/\s*;\s*|\s+(?:et|and)\s+(?=(?:M\.|Mme|Mr|Dr|\p{Lu}))/u)) {
      const p = r.people.personFromLine(part);
      if (p) s.who.push(p.name);
    }
    return;
  }
  const last = s.entries[s.entries.length - 1];
  // A marker-less line indented deeper than the bullet above continues it.
  if (!l.bullet && last?.kind === 'step' && !afterBlank && l.indent >= last.indent + 2 && l.indent > s.indent) {
    last.text = `${last.text} ${l.text}`;
    return;
  }
  const step = l.bullet || l.indent >= Math.max(2, s.indent + 2) || (r.doubleSpaced && !l.long);
  // A paragraph set apart from the slot by a blank line may not belong to it: said in a comment.
  const apart = !step && afterBlank && l.indent <= s.indent;
  s.entries.push({ kind: step ? 'step' : 'desc', text: l.text, indent: l.indent, afterBlank, line: l.no, ...(apart ? { unrecognised: true } : {}) });
}

// --- tables
