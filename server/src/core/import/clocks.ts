/**
 * Clock times and ranges as people write them in running text: `09h45/10h00`,
 * `13H00/14h15`, `9h-12h30`, `De 9h à 10h30`, `2pm`, `9.30am`, `Accueil (8h30 – 9h00)`.
 *
 * The notation of a value, once found, is FORMAT.md's: its minutes come from `parseClock`
 * and slot ranges from `parseRange` (core/time.ts). Finding it is this file's own grammar,
 * because time.ts parses a whole value (`^…$`) while here a clock is searched at a position
 * inside a sentence, must not be taken from a date (`5/06/2025`) or a number (`1.30`), and
 * accepts notations the format does not (`2pm`, `9.30am`, range words `to`, `jusqu'à`, `→`).
 */
import { parseClock } from '../time';
import { words } from './text';

export interface Clock {
  /** As it will be written: the source's style, `H` → `h`, no inner spaces. */
  text: string;
  minutes: number | undefined;
  hours: number;
  index: number;
  end: number;
}

const CLOCK_FORMS: RegExp[] = [
  /(\d{1,2})\s?[hH]\s?(\d{2})?(?![\d\p{L}])/uy,
  /(\d{1,2}):(\d{2})(?!\d)(?:\s?([aApP])\.?[mM]\.?(?![\p{L}]))?/uy,
  /(\d{1,2})(?:\.(\d{2}))?\s?([aApP])\.?[mM]\.?(?![\p{L}])/uy,
];

export function clockAt(text: string, index: number, afterSeparator = false): Clock | undefined {
  // Not inside a number or a date (`5/06/2025`, `1.30`), except right after a range separator.
  if (index > 0 && (/\d/.test(text[index - 1]!) || (!afterSeparator && /[.:/]/.test(text[index - 1]!)))) return undefined;
  for (let form = 0; form < CLOCK_FORMS.length; form++) {
    const re = CLOCK_FORMS[form]!;
    re.lastIndex = index;
    const m = re.exec(text);
    if (!m) continue;
    let hours = Number(m[1]);
    const mm = m[2];
    const ampm = form === 0 ? undefined : m[3]?.toLowerCase();
    let out: string;
    if (ampm) {
      if (hours < 1 || hours > 12) return undefined;
      hours = (hours % 12) + (ampm === 'p' ? 12 : 0);
      out = `${String(hours).padStart(2, '0')}:${mm ?? '00'}`;
    } else if (form === 0) out = `${m[1]}h${mm ?? ''}`;
    else out = `${m[1]}:${mm}`;
    if (hours > 24) return undefined;
    return { text: out, minutes: parseClock(out, true), hours, index, end: re.lastIndex };
  }
  return undefined;
}

const RANGE_SEP = /\s*(?:-{1,2}>?|–|—|\/|>|→|=>|\s(?:à|a|au|to|till|until|jusqu['’]à|jusqu['’]a)\s)\s*/y;
const TIME_PREFIX = /^(?:(?:de|du|from|dès|des|à partir de|a partir de|starting at|at|à|vers|env\.?|approx\.?)\s+)?/i;

export interface TimeSpec {
  start: Clock;
  end?: Clock;
}

export function rangeAt(text: string, index: number): (TimeSpec & { stop: number }) | undefined {
  const start = clockAt(text, index);
  if (!start) return undefined;
  RANGE_SEP.lastIndex = start.end;
  const sep = RANGE_SEP.exec(text);
  if (sep) {
    const end = clockAt(text, RANGE_SEP.lastIndex, true);
    if (end) return { start, end, stop: end.end };
  }
  return { start, stop: start.end };
}

export interface TimeLine extends TimeSpec {
  rest: string;
}

/** A line that starts with a time or a range (or ends with a range): the times and the rest. */
export function parseTimeLine(text: string): TimeLine | undefined {
  const prefix = TIME_PREFIX.exec(text)![0];
  const spec = /^\d/.test(text.slice(prefix.length)) ? rangeAt(text, prefix.length) : undefined;
  if (spec) {
    const rest = text
      .slice(spec.stop)
      .replace(/^[\s:|\-–—.,;)>\]]+/, '')
      .trim();
    // A lone small number of hours is a duration ("1h30 de visite"), not a time of day.
    if (!spec.end && (spec.start.hours < 6 || /^(?:de|d'|d’|of|par|per|min|mn|minutes?|heures?|hours?)\b/i.test(rest))) return undefined;
    if (!spec.end && prefix && !rest) return undefined;
    return { start: spec.start, ...(spec.end ? { end: spec.end } : {}), rest };
  }
  // "Accueil café (8h30 – 9h00)", "Séquence 1 : 9h30-10h15": a range at the end.
  for (const m of text.matchAll(/\d/g)) {
    const i = m.index!;
    const r = rangeAt(text, i);
    if (!r?.end) continue;
    if (!/^\s*[)\]]?\s*[.;]?\s*$/.test(text.slice(r.stop))) continue;
    const title = text
      .slice(0, i)
      .replace(/[\s(\[:,–—-]+$/, '')
      .replace(/\s+(?:de|from|between|entre)$/i, '')
      .trim();
    if (!title || words(title) > 20) return undefined;
    // « Passages : Table A 15h45–16h05 · Table B 16h05–16h25 » times the parts of a session: no slot of its own.
    if (hasRange(title)) return undefined;
    return { start: r.start, end: r.end, rest: title };
  }
  return undefined;
}

function hasRange(text: string): boolean {
  for (const m of text.matchAll(/\d/g)) if (rangeAt(text, m.index!)?.end) return true;
  return false;
}
