/**
 * Dates as people write them: `le 12 mars 2026`, `Mardi 12 mars`, `11 et 12 mars 2024`,
 * `du 2 au 4 décembre`, `March 6, 2025`, `5/06/2025`, `2025-06-05`. Each is a `DateHit`
 * whose year may be missing (the assembly takes it from the other dates). ISO validity is
 * core/time.ts's `parseDate`; the French and English words are this file's own.
 */
import { parseDate } from '../time';
import { foldSame, MAX_LINE } from './text';

export interface DateHit {
  day: number;
  month: number;
  year?: number;
  weekday?: number;
  index: number;
  length: number;
  /** Year taken from elsewhere in the text. */
  assumedYear?: boolean;
  /** The `Date :` line it was read from (kept in the notes when the date is not used). */
  source?: { text: string; line: number };
}

const FR_MONTHS: [string, number][] = [
  ['janvier', 1], ['janv', 1], ['fevrier', 2], ['fevr', 2], ['fev', 2], ['mars', 3], ['avril', 4], ['avr', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['juil', 7],
  ['aout', 8], ['septembre', 9], ['sept', 9], ['octobre', 10], ['oct', 10], ['novembre', 11], ['nov', 11], ['decembre', 12], ['dec', 12],
];
const EN_MONTHS: [string, number][] = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];
export const MONTHS = new Map<string, number>([...FR_MONTHS, ...EN_MONTHS]);
export const WEEKDAYS = new Map<string, number>([
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_ALT = [...WEEKDAYS.keys()].join('|');
const DAY_NUM = String.raw`(?:1er|\d{1,2})(?:st|nd|rd|th|er)?(?!\d)`;
const DAY_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${WEEKDAY_ALT}),?\s+)?(${DAY_NUM}(?:\s*(?:,|et|&|and|au|to|-|–)\s*(?:(?:${WEEKDAY_ALT})\s+)?${DAY_NUM}){0,6})\s+(?:de\s+|of\s+)?(${MONTH_ALT})\.?(?![\p{L}])(?:\s*,?\s*(\d{4})(?!\d))?`,
  'gu',
);
const MONTH_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${WEEKDAY_ALT}),?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(${DAY_NUM}(?:\s*(?:,|and|&|-|–|to)\s*${DAY_NUM}){0,6})(?:,?\s+(\d{4})(?!\d))?`,
  'gu',
);
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d./])/g;
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

function dayNumbers(list: string): number[] {
  const parts = [...list.matchAll(/(1er|\d{1,2})(?:st|nd|rd|th|er)?|(au|to|-|–)/g)];
  const out: number[] = [];
  let range = false;
  for (const p of parts) {
    if (p[2]) {
      range = out.length > 0;
      continue;
    }
    const n = p[1] === '1er' ? 1 : Number(p[1]);
    if (range && out.length && n > out[out.length - 1]! && n - out[out.length - 1]! < 10) for (let d = out[out.length - 1]! + 1; d < n; d++) out.push(d);
    out.push(n);
    range = false;
  }
  return out;
}

/** Every date written in the text (French or English words, `5/06/2025`, ISO), in order. */
export function findDates(text: string): DateHit[] {
  if (text.length > MAX_LINE) return [];
  const f = foldSame(text);
  const hits: DateHit[] = [];
  const covered: [number, number][] = [];
  const free = (a: number, b: number) => !covered.some(([x, y]) => a < y && b > x);
  const push = (hit: DateHit) => {
    if (hit.month < 1 || hit.month > 12 || hit.day < 1 || hit.day > 31) return;
    hits.push(hit);
  };
  for (const m of f.matchAll(ISO_DATE)) {
    push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), index: m.index!, length: m[0].length });
    covered.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of f.matchAll(DAY_FIRST)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const month = MONTHS.get(m[3]!)!;
    const weekday = m[1] ? WEEKDAYS.get(m[1]) : undefined;
    // "4 groupes de mars" is no date; a bare number and a short month word need a year or weekday.
    const days = dayNumbers(m[2]!);
    if (!m[4] && weekday === undefined && m[3]!.length <= 3 && days.length === 1) continue;
    days.forEach((day, k) => push({ day, month, ...(m[4] ? { year: Number(m[4]) } : {}), ...(k === 0 && weekday !== undefined ? { weekday } : {}), index: m.index!, length: m[0].length }));
    covered.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of f.matchAll(MONTH_FIRST)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const month = MONTHS.get(m[2]!)!;
    const weekday = m[1] ? WEEKDAYS.get(m[1]) : undefined;
    if (!m[4] && weekday === undefined) continue;
    dayNumbers(m[3]!).forEach((day, k) => push({ day, month, ...(m[4] ? { year: Number(m[4]) } : {}), ...(k === 0 && weekday !== undefined ? { weekday } : {}), index: m.index!, length: m[0].length }));
    covered.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of f.matchAll(NUMERIC_DATE)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    let [d, mo] = [Number(m[1]), Number(m[2])];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    push({ day: d, month: mo, year: y, index: m.index!, length: m[0].length });
    covered.push([m.index!, m.index! + m[0].length]);
  }
  return hits.sort((a, b) => a.index - b.index);
}

export function isoOf(hit: DateHit): string | undefined {
  if (hit.year === undefined) return undefined;
  const iso = `${hit.year}-${String(hit.month).padStart(2, '0')}-${String(hit.day).padStart(2, '0')}`;
  return parseDate(iso) === undefined ? undefined : iso;
}

export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
