/**
 * Calendar export (RFC 5545) of a programme view: one VEVENT per slot whose times are known,
 * or one per day with `perDay`. Times are local times in Europe/Paris (`TZID=Europe/Paris`,
 * with its VTIMEZONE), UIDs are derived from the caller's `uidBase` and the position of the
 * day and slot, and DTSTAMP is a fixed instant, so two exports of the same view are
 * byte-identical.
 *
 * ical-generator writes every line: it escapes TEXT values (`\`, `;`, `,`, newlines) and
 * folds lines at 75 octets. Two values it writes as given, the calendar name and the UID,
 * go through its own `escape` first. @touch4it/ical-timezones supplies the VTIMEZONE.
 */
import ical, { escape, ICalEventTransparency } from 'ical-generator';
import { STAMP, textValue, TIMEZONE, vtimezone, WallClock } from './icsParts';
import type { DayView, PersonView, ProgrammeView, SlotView } from '../render/viewModel';
import { formatClock } from '../time';

// The mission calendar lives in the same lazily loaded bundle (dist/export-ics.js).
export { toMissionIcs } from './icsMission';

export interface IcsOptions {
  /** One event per day (first start to last end) instead of one per slot. */
  perDay?: boolean;
  /** Start of every UID: `${uidBase}-${dayIndex}-${slotIndex}@deroule`. */
  uidBase: string;
}

const PAUSE_TYPES = new Set(['break', 'meal']);

export function toIcs(view: ProgrammeView, options: IcsOptions): string {
  const calendar = ical({
    name: escape(textValue(view.title), false),
    prodId: { company: 'deroule', product: 'deroule', language: view.language.toUpperCase() },
  });
  // No calendar-level zone name: with one, ical-generator would write DTSTAMP as a local
  // time, and RFC 5545 wants it in UTC. The generator still emits the VTIMEZONE of every
  // zone the events use.
  calendar.timezone({ name: null, generator: vtimezone });

  view.days.forEach((day, dayIndex) => {
    if (day.date === undefined) return;
    const date = day.date;
    const location = day.location ?? view.location ?? null;
    const timed = day.slots
      .map((slot, slotIndex) => ({ slot, slotIndex }))
      .filter((x): x is { slot: SlotView & { start: number; end: number }; slotIndex: number } =>
        x.slot.start !== undefined && x.slot.end !== undefined,
      );

    if (options.perDay) {
      if (timed.length === 0) return;
      calendar.createEvent({
        id: uid(options.uidBase, dayIndex),
        stamp: STAMP,
        timezone: TIMEZONE,
        start: new WallClock(date, Math.min(...timed.map((x) => x.slot.start))),
        end: new WallClock(date, Math.max(...timed.map((x) => x.slot.end))),
        summary: textValue(day.title ? `${view.title} — ${day.title}` : view.title),
        location: location === null ? null : textValue(location),
        description: textValue(dayDescription(view, day)),
      });
      return;
    }

    for (const { slot, slotIndex } of timed) {
      calendar.createEvent({
        id: uid(options.uidBase, dayIndex, slotIndex),
        stamp: STAMP,
        timezone: TIMEZONE,
        start: new WallClock(date, slot.start),
        end: new WallClock(date, slot.end),
        // The participants' form has no team slot; the team's marks its own.
        summary: textValue(slot.team ? `${slot.title} [${view.labels.teamBadge}]` : slot.title),
        location: location === null ? null : textValue(location),
        description: textValue(slotDescription(view, slot)),
        // Breaks and meals do not make the attendee busy in free/busy look-ups.
        transparency: PAUSE_TYPES.has(slot.type) ? ICalEventTransparency.TRANSPARENT : null,
      });
    }
  });

  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator omits it.
  return `${calendar.toString()}\r\n`;
}

function uid(base: string, dayIndex: number, slotIndex?: number): string {
  const local = slotIndex === undefined ? `${base}-${dayIndex}` : `${base}-${dayIndex}-${slotIndex}`;
  return escape(textValue(`${local}@deroule`), false);
}

function slotDescription(view: ProgrammeView, slot: SlotView): string {
  const L = view.labels;
  const field = fieldFormatter(view);
  const lines: string[] = [slot.typeLabel];
  if (slot.description) lines.push(slot.description);
  if (slot.speakers.length) lines.push(field(L.speakers, slot.speakers.map(person).join(', ')));
  if (slot.groups.length) lines.push(field(L.groups, slot.groups.join(', ')));
  for (const step of slot.steps) lines.push(`- ${step}`);
  if (slot.produces.length) lines.push(field(L.produces, slot.produces.join(', ')));
  if (slot.materials.length) lines.push(field(`[${L.teamBadge}] ${L.materials}`, slot.materials.join(', ')));
  if (slot.notes) lines.push(field(L.notes, slot.notes));
  return lines.join('\n');
}

function dayDescription(view: ProgrammeView, day: DayView): string {
  return day.slots
    .map((slot) => {
      const times =
        slot.start !== undefined && slot.end !== undefined
          ? `${slot.startText ?? formatClock(slot.start)}–${slot.endText ?? formatClock(slot.end)} `
          : '';
      const speakers = slot.speakers.length ? ` (${slot.speakers.map((p) => p.name).join(', ')})` : '';
      return `${times}${slot.title}${slot.team ? ` [${view.labels.teamBadge}]` : ''}${speakers}`;
    })
    .concat(day.slots.some((s) => s.notes) ? ['', ...notesOfDay(view, day)] : [])
    .concat(day.materials?.length ? ['', `[${view.labels.teamBadge}] ${view.labels.materialsChecklist}`, ...day.materials.map((m) => `- ${m.material} (${m.slots.join(' ; ')})`)] : [])
    .join('\n');
}

function notesOfDay(view: ProgrammeView, day: DayView): string[] {
  const field = fieldFormatter(view);
  return day.slots.filter((s) => s.notes).map((s) => field(`${view.labels.notes} — ${s.title}`, s.notes ?? ''));
}

/** `Intervenants : …` in French, `Speakers: …` in English. */
function fieldFormatter(view: ProgrammeView): (label: string, value: string) => string {
  const sep = view.language === 'fr' ? '\u00a0: ' : ': ';
  return (label, value) => `${label}${sep}${value}`;
}

function person(p: PersonView): string {
  return `${p.name}${p.role ? ` — ${p.role}` : ''}${p.organisation ? ` (${p.organisation})` : ''}`;
}
