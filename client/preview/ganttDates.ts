/**
 * The dates of the Gantt's drag, computed in the webview from what the bars carry (the
 * preview shows the new dates live; the document, redrawn after the drop, is the truth).
 * The same rules as the core's gestures (server/src/core/gestures/monthShift.ts): a month
 * stays a month, a date keeps its day, clamped to the end of its new month.
 */
const WRITTEN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DAY_MS = 86_400_000;

export interface Written {
  year: number;
  month: number;
  /** Undefined for a month. */
  day?: number;
}

export function readWritten(text: string | undefined): Written | undefined {
  const m = text ? WRITTEN.exec(text) : null;
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

export function writeWritten(w: Written): string {
  const ym = `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}`;
  return w.day === undefined ? ym : `${ym}-${String(w.day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(dayNumber(year, month + 1, 1) * DAY_MS - DAY_MS).getUTCDate();
}

/** Days since 1970-01-01 (years below 100 kept as written). */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

export function fromDayNumber(day: number): Written & { day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function shiftMonths(w: Written, months: number): Written {
  const index = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return w.day === undefined ? { year, month } : { year, month, day: Math.min(w.day, daysInMonth(year, month)) };
}

/** The first day a bound covers: a month's first, or the date. */
export function firstDay(w: Written): number {
  return dayNumber(w.year, w.month, w.day ?? 1);
}

/** The last day a bound covers: a month's last, or the date. */
export function lastDay(w: Written): number {
  return dayNumber(w.year, w.month, w.day ?? daysInMonth(w.year, w.month));
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** A bound in words in the document's language (« mars 2016 », « 15 mars 2016 »). */
export function inWords(w: Written, language: string): string {
  const key = `${language}|${w.day === undefined ? 'm' : 'd'}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { ...(w.day === undefined ? {} : { day: 'numeric' }), month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(new Date(firstDay(w) * DAY_MS));
}
