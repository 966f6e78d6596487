/**
 * The calendar of a mission (FORMAT.md 7.5): one all-day event per milestone and per
 * deliverable due (a month: its last day), and one event per day of each linked programme,
 * from its first start to its last end in Paris time (all day when its slots have no times).
 * UIDs come from the caller's `uidBase` and what each event is (a milestone's id, a
 * deliverable's id, a programme's path and the day's date), so they stay the same from one
 * export to the next and when items are reordered. DTSTAMP is fixed, as for programmes.
 */
import ical, { escape, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import { reflowInline } from '../render/reflow';
import type { MissionView } from '../render/viewModel';
import { STAMP, textValue, TIMEZONE, vtimezone, WallClock } from './icsParts';

export interface MissionIcsOptions {
  /** Start of every UID: `${uidBase}-milestone-${id}@deroule`… */
  uidBase: string;
}

const DAY_MS = 86_400_000;
const WEB_LINK = /^https?:\/\/[^\s<>"]+$/i;

export function toMissionIcs(view: MissionView, options: MissionIcsOptions): string {
  const calendar = ical({
    name: escape(textValue(view.title), false),
    prodId: { company: 'deroule', product: 'deroule', language: view.language.toUpperCase() },
  });
  calendar.timezone({ name: null, generator: vtimezone });
  const L = view.labels;
  const field = (label: string, value: string | undefined) => (value ? `${label}${view.language === 'fr' ? '\u00a0: ' : ': '}${value}` : '');
  const lines = (...items: string[]) => textValue(items.filter((i) => i !== '').join('\n'));
  const uid = uniqueUids(options.uidBase);

  for (const m of view.milestones) {
    if (m.day === undefined) continue;
    allDay(calendar, uid(`milestone-${m.id}`), m.day, {
      summary: textValue(m.title),
      description: lines(m.kindLabel ? capitalise(m.kindLabel) : '', field(L.date, m.dateText), field(L.governance, m.governance), field(L.phase, m.phase), field(L.workstream, m.workstreamTitle), reflowInline(m.description)),
    });
  }
  for (const d of view.deliverables) {
    if (d.due === undefined) continue;
    const link = d.link && WEB_LINK.test(d.link) ? d.link : undefined;
    allDay(calendar, uid(`deliverable-${d.id}`), d.due, {
      summary: textValue(field(L.due, d.title)),
      description: lines(field(L.due, d.dueText), field(L.owner, d.owner), field(L.status, d.statusLabel), field(L.link, link), reflowInline(d.description)),
      ...(link ? { url: link } : {}),
    });
  }
  const seen = new Set<string>();
  for (const phase of view.phases) {
    for (const programme of phase.programmes) {
      const key = programme.uri ?? programme.path;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const day of programme.days) {
        const id = uid(`programme-${programme.path.replace(/[^A-Za-z0-9._-]+/g, '-')}-${dateId(day.date)}`);
        const summary = textValue(day.title ? `${programme.title} — ${day.title}` : programme.title);
        const description = lines(field(L.phase, phase.title), field(L.workstream, phase.workstreamTitle));
        const location = day.location === undefined ? null : textValue(day.location);
        if (day.start !== undefined && day.end !== undefined) {
          calendar.createEvent({ id, stamp: STAMP, timezone: TIMEZONE, start: new WallClock(day.date, day.start), end: new WallClock(day.date, day.end), summary, description, location });
        } else {
          allDay(calendar, id, day.date, { summary, description, location, busy: true });
        }
      }
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator omits it.
  return `${calendar.toString()}\r\n`;
}

function allDay(calendar: ICalCalendar, id: string, day: number, event: { summary: string; description: string; url?: string; location?: string | null; busy?: boolean }): void {
  calendar.createEvent({
    id,
    stamp: STAMP,
    allDay: true,
    start: new Date(day * DAY_MS),
    end: new Date((day + 1) * DAY_MS),
    summary: event.summary,
    description: event.description,
    location: event.location ?? null,
    ...(event.url ? { url: event.url } : {}),
    // A milestone or a due date does not make anyone busy all day.
    transparency: event.busy ? null : ICalEventTransparency.TRANSPARENT,
  });
}

/** `${base}-${local}@deroule`, escaped; a second event with the same name (a duplicated id) gets `-2`. */
function uniqueUids(base: string): (local: string) => string {
  const used = new Set<string>();
  return (local) => {
    let candidate = `${base}-${local}`;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${local}-${n}`;
    used.add(candidate);
    return escape(textValue(`${candidate}@deroule`), false);
  };
}

function dateId(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
