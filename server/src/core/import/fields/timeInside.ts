/**
 * A time written inside a session's range (« 10h45 : pause » under « 10h15–11h30 Atelier »)
 * is a step of that session, not a new slot overlapping it. These readers say whether a
 * line's time lies inside a session, and give the step's text as written.
 */
import { parseClock, type TimeRange } from '../../time';
import { collapse, undress } from './fieldText';

/** A clock as FORMAT.md 2 and 7.1 write it: `10h45`, `10:45`, `10 h 45`, `14h`, `13H00`. */
const CLOCK = String.raw`\d{1,2}(?::\d{2}|[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?\d{2})?)`;
/** A line that begins with a clock or a range, then a separator or a space, then its text. */
const TIMED_LINE = new RegExp(String.raw`^(?:[àaÀA]\s+|vers\s+|at\s+)?(${CLOCK})(?:\s*(?:-|–|/|\sà\s|\sa\s|\sto\s)\s*(${CLOCK}))?(?![\d\p{L}])\s*(?:[:–—-]\s*|\s)(\S.*)$`, 'u');

/** The clock of a written time in minutes, spaces of `10 h 45` allowed. */
function clockMinutes(text: string, allow24 = false): number | undefined {
  return parseClock(text.replace(/\s+/g, ''), allow24) ?? parseClock(text, allow24);
}

/**
 * True when the clock lies inside the range: at or after its start and before its end
 * (a clock at the end is when the next slot starts). A range that crosses midnight is read
 * as ending the next day.
 */
export function isInside(range: TimeRange, clock: number): boolean {
  const end = range.end > range.start ? range.end : range.end + 24 * 60;
  const at = clock >= range.start ? clock : clock + 24 * 60;
  return at >= range.start && at < end;
}

export interface TimedLine {
  start: number;
  end?: number;
  /** The line's text after its time and separator (« pause »). */
  text: string;
  /** The whole line as written, bullet and emphasis removed (« 10h45 : pause »): a step's text. */
  step: string;
}

/** A line that starts with a time (« 10h45 : pause », « - 10h45 pause », « 10h45-11h00 Pause »), or undefined. */
export function timedLine(line: string): TimedLine | undefined {
  const step = undress(line);
  const m = TIMED_LINE.exec(step);
  if (!m) return undefined;
  const start = clockMinutes(m[1]!);
  const end = m[2] ? clockMinutes(m[2], true) : undefined;
  if (start === undefined || (m[2] && end === undefined)) return undefined;
  return { start, ...(end !== undefined ? { end } : {}), text: collapse(m[3]!), step };
}

/**
 * The step a line makes inside a session: its text as written (« 10h45 : pause ») when it
 * starts with a clock strictly after the session's start and before its end, or with a
 * range that lies within the session and is not the whole session. Undefined otherwise,
 * and for a line with no time (« pause » alone is not a time inside a session).
 */
export function stepInside(session: TimeRange, line: string): string | undefined {
  const timed = timedLine(line);
  if (!timed) return undefined;
  if (timed.start === session.start && (timed.end === undefined || timed.end === session.end)) return undefined;
  if (!isInside(session, timed.start)) return undefined;
  if (timed.end !== undefined) {
    const sessionEnd = session.end > session.start ? session.end : session.end + 24 * 60;
    const end = timed.end >= timed.start ? timed.end : timed.end + 24 * 60;
    const endAt = end >= session.start ? end : end + 24 * 60;
    if (endAt > sessionEnd) return undefined;
  }
  return timed.step;
}
