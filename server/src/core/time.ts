/**
 * Every time notation of FORMAT.md §2: clock times, ranges, durations, dates and months.
 * Parsers return `undefined` for text the format does not accept; callers turn that into
 * a `time-format` diagnostic. Times are minutes since midnight, durations minutes.
 */

/**
 * `08:30`, `8:30`, `08h30`, `8h30`, `14h`, and `13H00` as people also type it; since v2
 * (FORMAT.md 7.1) with a space on either side of the `h`: `9 h 30`, `9 h` (a plain, a
 * no-break or a narrow no-break space, as French typography and Word put there). Hours
 * 0–24 here; 24 is checked by the caller. Values are not trimmed: the schema patterns must
 * accept exactly what the parsers accept, and a YAML plain scalar has no outer spaces.
 */
const SPACE = '[ \u00a0\u202f]?';
const CLOCK = String.raw`(\d{1,2})(?::(\d{2})|${SPACE}[hH](?:${SPACE}(\d{2}))?)`;
const CLOCK_RE = new RegExp(`^${CLOCK}$`);
/**
 * A range: an optional `de` / `De`, then two clock times joined by `-`, en dash, `/`, or
 * ` à ` / ` a ` (FORMAT.md 2 and 7.1), with optional spaces.
 */
const RANGE_RE = new RegExp(String.raw`^(?:[dD]e\s+)?(${CLOCK})\s*(?:-|–|/|\s[àa]\s)\s*(${CLOCK})$`);
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const ISO_DURATION_RE = /^PT(?:(\d+)H)?(?:(\d+)M)?$/;
const HM_DURATION_RE = /^(\d+)\s*[hH]\s*(?:(\d{1,2})\s*(?:min|mn)?)?$/;
const COLON_DURATION_RE = /^(\d+):(\d{2})$/;
const MIN_DURATION_RE = /^(\d+)\s*(?:min|mn|minutes?)?$/;

/** Minutes in a day: a slot may end at 24:00, not after (`time-midnight`). */
export const MINUTES_PER_DAY = 24 * 60;

/** JSON-Schema patterns with the same acceptance as the parsers (tested against each other); a duration over a day has a valid notation and is refused by the parser only. */
export const schemaPatterns = {
  clock: String.raw`^(?:(?:[01]?\d|2[0-3])(?::[0-5]\d|[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?[0-5]\d)?)|24(?::00|[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?00)?))$`,
  range: String.raw`^(?:[dD]e\s+)?(?:[01]?\d|2[0-3])(?::[0-5]\d|[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?[0-5]\d)?)\s*(?:-|–|/|\s[àa]\s)\s*(?:(?:[01]?\d|2[0-3])(?::[0-5]\d|[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?[0-5]\d)?)|24(?::00|[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?00)?))$`,
  duration: String.raw`^(?:\d+\s*(?:min|mn|minutes?)?|\d+\s*[hH]\s*(?:[0-5]?\d\s*(?:min|mn)?)?|\d+:[0-5]\d|PT(?:\d+H(?:\d+M)?|\d+M))$`,
  date: String.raw`^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$`,
  month: String.raw`^\d{4}-(?:0[1-9]|1[0-2])$`,
};

/** Parses a clock time. `allow24` admits `24:00` (end times only). */
export function parseClock(text: string, allow24 = false): number | undefined {
  const m = CLOCK_RE.exec(text);
  if (!m) return undefined;
  return clockFromParts(m[1], m[2] ?? m[3], allow24);
}

function clockFromParts(h: string, mm: string | undefined, allow24: boolean): number | undefined {
  const hours = Number(h);
  const minutes = mm === undefined ? 0 : Number(mm);
  if (minutes > 59) return undefined;
  if (hours > 24 || (hours === 24 && (!allow24 || minutes !== 0))) return undefined;
  return hours * 60 + minutes;
}

export interface TimeRange {
  start: number;
  end: number;
}

/** Parses `08h30-09h00`, `08:30 – 09:00`, `08h30/09h00`, `9h à 10h30`, `de 10h à 12h`, `De 9 h 30 a 10 h`. */
export function parseRange(text: string): TimeRange | undefined {
  const m = RANGE_RE.exec(text);
  if (!m) return undefined;
  const start = clockFromParts(m[2], m[3] ?? m[4], false);
  const end = clockFromParts(m[6], m[7] ?? m[8], true);
  if (start === undefined || end === undefined) return undefined;
  return { start, end };
}

/** True when the text has the shape of a range (two times around a separator), valid or not. */
export function looksLikeRange(text: string): boolean {
  return /\d\s*(?:[hH]\s*)?(?:-|–|\/|\s[àa]\s)\s*\d/.test(text);
}

/**
 * Longest duration a slot or a `per_group` turn may have: a day. Longer values are refused
 * (by the parser here, by `maximum` in the schema for integers) so that no time computed from
 * them can reach numbers a clock cannot show.
 */
export const MAX_DURATION_MINUTES = MINUTES_PER_DAY;

/**
 * Parses a duration: an integer of minutes, or `45min`, `1h30`, `1 h 30`, `1:30`, `90mn`,
 * `PT1H30M`; undefined for other text and for more than a day (see `isOverlongDuration`).
 */
export function parseDuration(value: unknown): number | undefined {
  const minutes = durationMinutes(value);
  return minutes !== undefined && minutes <= MAX_DURATION_MINUTES ? minutes : undefined;
}

/** The longest total a programme may declare (`duration`, FORMAT.md 7.3): a training of many days. */
export const MAX_TOTAL_DURATION_MINUTES = 100000;

/** A programme's declared total `duration`: the notations of `parseDuration`, beyond a day (`14h`, `35h`). */
export function parseTotalDuration(value: unknown): number | undefined {
  const minutes = durationMinutes(value);
  return minutes !== undefined && minutes <= MAX_TOTAL_DURATION_MINUTES ? minutes : undefined;
}

/** True for a well-written duration longer than `MAX_DURATION_MINUTES` (`2000h`, `PT99999M`). */
export function isOverlongDuration(value: unknown): boolean {
  const minutes = durationMinutes(value);
  return minutes !== undefined && minutes > MAX_DURATION_MINUTES;
}

function durationMinutes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value;
  let m = ISO_DURATION_RE.exec(text);
  if (m) {
    if (m[1] === undefined && m[2] === undefined) return undefined;
    return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  }
  m = HM_DURATION_RE.exec(text);
  if (m) return Number(m[2] ?? 0) > 59 ? undefined : Number(m[1]) * 60 + Number(m[2] ?? 0);
  m = COLON_DURATION_RE.exec(text);
  if (m) return Number(m[2]) > 59 ? undefined : Number(m[1]) * 60 + Number(m[2]);
  m = MIN_DURATION_RE.exec(text);
  if (m) return Number(m[1]);
  return undefined;
}

/** A calendar date as a day number (days since 1970-01-01), so dates compare and subtract. */
export function parseDate(text: string): number | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayNumber(y, mo, d);
}

/**
 * Why a text written `YYYY-MM-DD` (or `YYYY-MM`) is no day of the calendar: a month out of
 * 01–12 (`{}`), or a day past the month's end (`{ month: '2023-02', days: 28 }`). Undefined
 * for a real date and for text of another shape.
 */
export function calendarProblem(text: string): { month?: string; days?: number } | undefined {
  const m = DATE_RE.exec(text) ?? MONTH_RE.exec(text);
  if (!m) return undefined;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return {};
  const days = daysInMonth(y, mo);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  return d < 1 || d > days ? { month: `${m[1]}-${m[2]}`, days } : undefined;
}

/**
 * A mission date: `YYYY-MM-DD`, or `YYYY-MM` meaning the month's first day as a start and
 * its last day as an end.
 */
export function parseMonthOrDate(text: string, as: 'start' | 'end'): number | undefined {
  const m = MONTH_RE.exec(text);
  if (!m) return parseDate(text);
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return undefined;
  const day = as === 'start' ? 1 : daysInMonth(y, mo);
  return dayNumber(y, mo, day);
}

/**
 * Days since 1970-01-01 of a date of the proleptic Gregorian calendar. Not `Date.UTC(y, …)`:
 * it reads the years 0–99 as 1900–1999, so `0024-03-05` would become 1924.
 */
function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date((dayNumber(year, month + 1, 1) - 1) * 86_400_000).getUTCDate();
}

/** Day number → `YYYY-MM-DD`. */
export function formatDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const LONG_DATE: Record<string, Intl.DateTimeFormat> = {};

/** Day number → `16 mai 2024` / `16 May 2024`, as people write dates in sentences. */
export function formatLongDate(day: number, language: 'fr' | 'en'): string {
  LONG_DATE[language] ??= new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const date = new Date(day * 86_400_000);
  // Intl writes the year 24 as `24`: a date typed `0024-…` reads back with its four digits.
  const text = LONG_DATE[language]!.formatToParts(date)
    .map((p) => (p.type === 'year' ? String(date.getUTCFullYear()).padStart(4, '0') : p.value))
    .join('');
  return language === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** Whole months covered by a period, counting partial months as fractions of 30 days. */
export function monthsBetween(startDay: number, endDay: number): number {
  const a = new Date(startDay * 86_400_000);
  const b = new Date((endDay + 1) * 86_400_000); // end is inclusive
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  return months + (b.getUTCDate() - a.getUTCDate()) / 30;
}

export type TimeStyle = 'colon' | 'h';

/** Minutes since midnight → `08:30` (colon style) or `08h30` (h style). */
export function formatClock(minutes: number, style: TimeStyle = 'colon'): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hh = String(h).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  return style === 'colon' ? `${hh}:${mm}` : `${hh}h${mm}`;
}

/** Minutes → `45 min`, `1 h`, `1 h 30`. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}
