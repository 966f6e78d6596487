/**
 * Dates, months and populations in words for the mission renderings (FORMAT.md 7.5): a month
 * is « décembre 2016 » / "December 2016", never `2016-12`; a population is « 30 000
 * habitants » / "30,000 inhabitants".
 */
import { formatLongDate } from '../time';
import type { Labels, RenderLanguage } from './viewModel';

const MONTH = /^\s*\d{4}-\d{2}\s*$/;
const MONTH_FORMAT: Partial<Record<RenderLanguage, Intl.DateTimeFormat>> = {};

/** `day` (days since 1970-01-01) as its month and year. */
export function monthText(day: number, language: RenderLanguage): string {
  MONTH_FORMAT[language] ??= new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const date = new Date(day * 86_400_000);
  // As for dates: the year 24 keeps its four digits.
  return MONTH_FORMAT[language]!.formatToParts(date)
    .map((p) => (p.type === 'year' ? String(date.getUTCFullYear()).padStart(4, '0') : p.value))
    .join('');
}

/** Whether a written date is a month (`2021-12`). */
export function isMonth(written: string | undefined): boolean {
  return written !== undefined && MONTH.test(written);
}

/** A date as written in words: a month for `2021-12`, the day for `2021-12-15`. */
export function writtenDayText(written: string, day: number, language: RenderLanguage): string {
  return isMonth(written) ? monthText(day, language) : formatLongDate(day, language);
}

/**
 * A span in words, each end a month when written as one: « septembre – décembre 2021 »,
 * « septembre 2021 – mars 2022 », « 1er avril 2016 – 31 décembre 2016 »; `…` for an end not known.
 */
export function spanText(start: number | undefined, end: number | undefined, language: RenderLanguage, startIsMonth = false, endIsMonth = false): string {
  const year = (d: number) => new Date(d * 86_400_000).getUTCFullYear();
  if (start !== undefined && end !== undefined && startIsMonth && endIsMonth) {
    const a = monthText(start, language);
    const b = monthText(end, language);
    if (a === b) return a;
    if (year(start) === year(end)) return `${a.replace(/\s+\d+$/, '')} – ${b}`;
    return `${a} – ${b}`;
  }
  const text = (d: number | undefined, asMonth: boolean) => (d === undefined ? '…' : asMonth ? monthText(d, language) : formatLongDate(d, language));
  return `${text(start, startIsMonth)} – ${text(end, endIsMonth)}`;
}

/** Thousands grouped as each language writes them: a narrow no-break space in French, a comma in English. */
export function numberText(n: number, language: RenderLanguage): string {
  const [whole, decimals] = String(Math.abs(n)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? '\u202f' : ',');
  const sign = n < 0 ? '-' : '';
  return decimals ? `${sign}${grouped}${language === 'fr' ? ',' : '.'}${decimals}` : `${sign}${grouped}`;
}

export function populationText(n: number, labels: Labels, language: RenderLanguage): string {
  return `${numberText(n, language)} ${n === 1 ? labels.inhabitant : labels.inhabitants}`;
}
