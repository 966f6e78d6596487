/**
 * The values of the training sheet's fields (FORMAT.md 7.3) read from the text people write
 * after the label: a declared duration, a number of places, « aucun » prerequisites, a list
 * of methods, and free text. Each reader returns the value in the shape the schema accepts,
 * or undefined when the text does not say it (the caller then keeps the text elsewhere, so
 * nothing is dropped). `price.ts` and `contact.ts` read the two structured fields.
 */
import { parseTotalDuration } from '../../time';
import { capitalise, collapse, fold, MAX_VALUE, undress } from './fieldText';

const BULLET = /^\s*(?:[-–—•·◦▪■►➢✓*+]|\d{1,2}[.)])\s+/;

/** Minutes → the notation of FORMAT.md 2 that people read: `7h`, `11h30`, `45min`. */
function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes}min`;
  const m = minutes % 60;
  return `${Math.floor(minutes / 60)}h${m ? String(m).padStart(2, '0') : ''}`;
}

const HOURS = String.raw`(\d{1,4})(?:[.,](5))?\s*(?:h|heures?|hours?|hrs?)(?:\s*(\d{2})(?:\s*(?:min|mn))?)?(?![\p{L}\d])`;
const MINUTES = String.raw`(?<![\d,.])(\d{1,3})\s*(?:min|mn|minutes)(?![\p{L}\d])`;
/** Clock ranges (`9h-17h`, `de 9h à 12h`) are the day's hours, not a length: removed before reading. */
const CLOCK_RANGE = /\d{1,2}\s*(?:h|:)\s*\d{0,2}\s*(?:-|–|\/|a|to)\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}/g;

/** Minutes of a `HOURS` match whose hour group is at `at` (then the half, then the minutes). */
function minutesOf(m: RegExpMatchArray, at = 1): number {
  return Number(m[at]) * 60 + (m[at + 1] ? 30 : 0) + (m[at + 2] ? Number(m[at + 2]) : 0);
}

/**
 * The declared total duration of a training (`duration`, FORMAT.md 7.3) as a duration of
 * section 2: « 2 jours (11h30) » → `11h30`, « 1 jour soit 7 heures » → `7h`, « 3h30 » →
 * `3h30`, « 2 jours de 7 heures » and « 2 × 3h30 » → the product, « 45 minutes » → `45min`.
 * Several amounts: the largest (« 14h dont 3h30 sur site » → `14h`). Days alone
 * (« 2 jours ») and clock ranges (« 9h-17h ») say no number of hours: undefined.
 */
export function durationOf(text: string): string | undefined {
  if (text.length > MAX_VALUE) return undefined;
  const f = fold(text).replace(CLOCK_RANGE, ' ');
  const product = new RegExp(String.raw`(?<![\d,.])(\d{1,2})\s*(?:x|×|\*|jours? de|journees? de|demi-journees? de|sessions? de|modules? de|seances? de|days? of|sessions? of)\s*${HOURS}`, 'u').exec(f);
  if (product) return checked(Number(product[1]) * minutesOf(product, 2));
  const perDay = new RegExp(String.raw`${HOURS}\s*(?:par jour|/\s*jour|per day|a day)`, 'u').exec(f);
  const days = /(?<![\d,.])(\d{1,2})\s*(?:jours?|journees?|days?)(?![\p{L}])/u.exec(f);
  if (perDay && days) return checked(Number(days[1]) * minutesOf(perDay));
  const amounts = [...f.matchAll(new RegExp(HOURS, 'gu'))].map((m) => minutesOf(m));
  if (!amounts.length) for (const m of f.matchAll(new RegExp(MINUTES, 'gu'))) amounts.push(Number(m[1]));
  return amounts.length ? checked(Math.max(...amounts)) : undefined;
}

function checked(minutes: number): string | undefined {
  if (!(minutes > 0)) return undefined;
  const text = durationText(minutes);
  return parseTotalDuration(text) === minutes ? text : undefined;
}

/**
 * A training's number of places (`participants`): « 16 » → 16, « 12 à 16 stagiaires » → 16
 * (the most the session takes), « 20 participants maximum » → 20. Only the first clause is
 * read, so a date in « 16 places (inscription avant le 30 mars) » is not a head count.
 * Undefined for text with no number (« Participants : agents des DDT » is an audience).
 */
export function placesOf(text: string): number | undefined {
  if (text.length > MAX_VALUE) return undefined;
  const clause = fold(text).split(/[(;—]|\s[-–]\s/)[0]!;
  const numbers = [...clause.matchAll(/(?<![\d/.:h])(\d{1,3}(?:[  ]\d{3})?)(?![\d/.:]|\s*(?:h|heures?|min|€|eur|euros?|%)(?![\p{L}]))/gu)].map((m) => Number(m[1]!.replace(/\s/g, '')));
  const valid = numbers.filter((n) => n >= 1 && n <= 100000);
  return valid.length ? Math.max(...valid) : undefined;
}

const NONE_FR = /^(?:aucun|aucune|aucun pre-?requis(?: (?:necessaire|particulier|demande|exige))?|pas de pre-?requis(?: (?:necessaire|particulier))?|sans pre-?requis|neant)\.?$/;
const NONE_EN = /^(?:none|no prerequisites?|no prior knowledge required|nil|n\/a)\.?$/;

/**
 * Prerequisites (`prerequisites`, a string or a list): « aucun », « Aucun prérequis »,
 * « Pas de prérequis » → `Aucun`; « None » → `None`; otherwise the text or the list as
 * `stringOrList` reads it.
 */
export function prerequisitesOf(lines: readonly string[]): string | string[] | undefined {
  const items = lines.map(undress).filter(Boolean);
  if (items.length === 1) {
    const f = fold(items[0]!);
    if (NONE_FR.test(f)) return 'Aucun';
    if (NONE_EN.test(f)) return 'None';
  }
  return stringOrList(lines);
}

/**
 * A value of several lines as the schema's « string or list » (`evaluation`,
 * `prerequisites`): bullets make a list, other lines are one wrapped paragraph.
 */
export function stringOrList(lines: readonly string[]): string | string[] | undefined {
  const kept = lines.filter((l) => l.trim());
  if (!kept.length) return undefined;
  if (kept.length > 1 && kept.some((l) => BULLET.test(l))) return kept.map((l) => item(undress(l))).filter(Boolean);
  return collapse(kept.map(undress).join(' ')) || undefined;
}

/**
 * Free text (`access`, `accessibility`, a string): the lines joined as one paragraph;
 * bulleted lines stay a `- ` list, which the exports reflow into a list (FORMAT.md 7.5).
 */
export function textOf(lines: readonly string[]): string | undefined {
  const kept = lines.filter((l) => l.trim());
  if (!kept.length) return undefined;
  if (kept.length > 1 && kept.some((l) => BULLET.test(l))) return kept.map((l) => (BULLET.test(l) ? `- ${undress(l)}` : undress(l))).join('\n');
  return collapse(kept.map(undress).join(' ')) || undefined;
}

/**
 * Teaching methods (`methods`, a list): one item per bullet or line; one line is split at
 * its semicolons, or at its commas when every part is short (« Apports en plénière, étude
 * de cas sur site, travail en sous-groupes »). Items begin with a capital, without the
 * final punctuation.
 */
export function methodsOf(lines: readonly string[]): string[] | undefined {
  const kept = lines.map(undress).filter(Boolean);
  if (!kept.length) return undefined;
  let parts = kept;
  if (kept.length === 1) {
    const one = kept[0]!;
    const bySemicolon = one.split(/\s*;\s*/);
    const byComma = one.split(/\s*,\s*/);
    if (bySemicolon.length > 1) parts = bySemicolon;
    else if (byComma.length > 1 && byComma.every((p) => p.split(/\s+/).length <= 6)) parts = byComma;
  }
  const items = parts.map(item).filter(Boolean);
  return items.length ? items : undefined;
}

function item(text: string): string {
  return capitalise(collapse(text).replace(/^(?:et|and)\s+/i, '').replace(/\s*[;,.]+$/, ''));
}
