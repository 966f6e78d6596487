/**
 * Moving a written month or date by whole months, keeping the form it was written in: a
 * month (`2023-01`) stays a month, a date (`2023-03-31`) stays a date and keeps its day,
 * clamped to the last day of its new month (`2023-03-31` + 1 month → `2023-04-30`).
 */
const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a value is written as a month (`2023-01`) rather than a date. */
export function writtenAsMonth(written: string): boolean {
  return MONTH.test(written.trim());
}

/**
 * `written` moved by `months`; undefined when it is neither a month nor a date of the
 * calendar, or when the result would leave the years 0001–9999 (what `YYYY` can write).
 */
export function shiftWritten(written: string, months: number): string | undefined {
  const text = written.trim();
  const m = MONTH.exec(text) ?? DATE.exec(text);
  if (!m || !Number.isSafeInteger(months)) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return undefined;
  const index = year * 12 + (month - 1) + months;
  const [y, mo] = [Math.floor(index / 12), (index % 12) + 1];
  if (y < 1 || y > 9999) return undefined;
  const ym = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`;
  if (m[3] === undefined) return ym;
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return `${ym}-${String(Math.min(day, daysIn(y, mo))).padStart(2, '0')}`;
}

/** A date written `YYYY-MM-DD` that is a day of the calendar. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
