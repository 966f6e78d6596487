/**
 * Times and durations in table cells, read with `core/time.ts`: `9h00 – 9h30`,
 * `09h45/10h00`, `13H00/14h15`, `de 9h à 10h`, `9:00` are its own notations. Others are
 * rewritten first, and the reading says so (`normalised`): an em dash or an arrow between
 * the times (`9h00 — 9h30`, `9h > 9h30`), `to`/`jusqu'à`, a dot for the minutes (`9.30`),
 * `9:00 am`. A cell may go on after its time (`9h00 – 9h30 : Accueil`): `leadingTime`
 * returns the rest.
 */
import { parseClock, parseDuration, parseRange } from '../../time';
import { type CellTime } from './tableReading';

/** Longer cells are paragraphs, never read for a time (and never searched by a regex). */
const MAX_CELL = 3000;
/** A time cell, even `de 9 h 30 jusqu'à 10 h 30`, is short: longer text is no time. */
const MAX_TIME = 60;

const SPACES = /[\u00a0\u202f\u2007\t]/g;
/** Separators `core/time.ts` does not read, rewritten to `-`. */
const OTHER_SEPARATOR = /\s*(?:—|−|‑|-{2}|→|=>|>|\bto\b|\btill\b|\buntil\b|\bjusqu['’]\s?[àa](?![\p{L}]))\s*/giu;
const DOT_CLOCK = /\b(\d{1,2})\.(\d{2})\b/g;
const AMPM = /\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\.?(?![\p{L}])/giu;

/** `9h00 – 9h30`, `13H00/14h15`, `9:00`, `14h`: the whole cell is a time or a range. */
export function cellTime(text: string): CellTime | undefined {
  if (text.length > MAX_TIME * 4 || !/\d/.test(text)) return undefined;
  const plain = text.replace(SPACES, ' ').trim().replace(/[\s.;:,]+$/, '');
  if (plain.length > MAX_TIME) return undefined;
  return timeOf(plain, false) ?? timeOf(normalise(plain), true);
}

/** A time at the start of a longer text (`9h00-9h30 : Accueil café`): the time and what follows. */
export function leadingTime(text: string): { time: CellTime; rest: string } | undefined {
  if (text.length > MAX_CELL) return undefined;
  const plain = text.replace(SPACES, ' ').trim();
  // The longest head of the text that reads as a time, cut at a word boundary.
  const head = /^(?:(?:de|from)\s+)?\d{1,2}[\s\d:.hH—–\-/>→àatoamp'’]{0,40}/i.exec(plain);
  if (!head) return undefined;
  for (let end = head[0].length; end > 0; end--) {
    // The time must end where the text pauses (`03.20.40.50.60` is a telephone number).
    if (end < plain.length && !/[\s:|\-–—,;)]/.test(plain[end]!)) continue;
    const time = cellTime(plain.slice(0, end));
    // A lone small number of hours opening a sentence is a duration (« 1h30 de visite »).
    if (time && !time.end && time.startMinutes < 6 * 60) return undefined;
    if (time) return { time, rest: plain.slice(end).replace(/^[\s:|\-–—.,;)>]+/, '').trim() };
  }
  return undefined;
}

function normalise(text: string): string {
  return text
    .replace(AMPM, (_m, h: string, mm: string | undefined, ap: string) => {
      const hours = (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
      return `${String(hours).padStart(2, '0')}:${mm ?? '00'}`;
    })
    .replace(DOT_CLOCK, '$1h$2')
    .replace(OTHER_SEPARATOR, ' - ')
    .replace(/^(?:à partir de|a partir de|dès|des|from|at|à)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The format's spelling of a clock: the source's style, `H` → `h`, no inner spaces. */
function written(clock: string): string {
  return clock.replace(/\s+/g, '').replace('H', 'h');
}

function timeOf(text: string, normalised: boolean): CellTime | undefined {
  const flag = normalised ? { normalised: true as const } : {};
  const range = parseRange(text);
  if (range) {
    const parts = /^(?:[dD]e\s+)?(.+?)\s*(?:-|–|\/|\s[àa]\s)\s*([^-–/]+)$/.exec(text);
    if (!parts) return undefined;
    return { start: written(parts[1]!), end: written(parts[2]!), startMinutes: range.start, endMinutes: range.end, ...flag };
  }
  const start = parseClock(text);
  return start === undefined ? undefined : { start: written(text), startMinutes: start, ...flag };
}

/**
 * A duration cell: `30 min`, `1h30`, `1 h 30`, `45'`, `2 heures`, `90 minutes`. A bare
 * number is no duration here (a table of numbers is not an agenda).
 */
export function cellDuration(text: string): { text: string; minutes: number } | undefined {
  if (text.length > 40) return undefined;
  const plain = text.replace(SPACES, ' ').trim().replace(/[.;,]+$/, '');
  if (/^\d+$/.test(plain)) return undefined;
  const rewritten = plain
    .replace(/\s*(?:heures?|hours?|hrs?)\b\s*/i, 'h')
    .replace(/\s*(?:['’]|mins?\b|minutes?\b)$/i, 'min')
    .replace(/\s+/g, ' ');
  const minutes = parseDuration(rewritten);
  return minutes === undefined || minutes === 0 ? undefined : { text: plain, minutes };
}

/**
 * True for a cell that reads as a duration rather than a clock: `30 min`, `1h30`, `2 h`.
 * `9h30` is a clock; a duration of six hours or more is rare in an agenda row.
 */
export function looksLikeDuration(text: string): boolean {
  const d = cellDuration(text);
  if (!d) return false;
  if (/min|mn|['’]|heure|hour|hr/i.test(text)) return true;
  return cellTime(text) === undefined || d.minutes < 6 * 60;
}
