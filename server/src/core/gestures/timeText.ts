/**
 * New times written the way the old ones were: a clock keeps its separator (`:`, `h`, `H`,
 * spaces), its two-digit hour when it had one, its minutes left out when they were and still
 * are zero (`14h`); a range keeps its `de` and its separator; a duration keeps its unit and
 * spacing (`45 min`, `1h30`, `1 h 30`, `90`, `PT1H30M`). So a gesture and its opposite give
 * back the same text whenever the text holds the information (a clock written `9h` that
 * passes through `9h30` comes back as `9h00`).
 */
import { formatDurationLike } from '../codeActions/slotTimes';

const CLOCK = /^(\d{1,2})(?:(:)(\d{2})|([ \u00a0\u202f]?[hH])(?:([ \u00a0\u202f]?)(\d{2}))?)$/;

/** `minutes` written like the clock `original` (`08h30`, `8:30`, `14 h`, `9H15`). */
export function clockLike(minutes: number, original: string): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const c = CLOCK.exec(original.trim());
  if (!c) return `${String(h).padStart(2, '0')}h${String(m).padStart(2, '0')}`;
  const hour = c[1]!.length === 2 ? String(h).padStart(2, '0') : String(h);
  const mm = String(m).padStart(2, '0');
  if (c[2]) return `${hour}:${mm}`;
  const hSep = c[4]!;
  // `14h` stays `15h`; `14 h 30` keeps its spaces; `14h` becoming 14:30 takes its minutes.
  if (c[6] === undefined) return m === 0 ? `${hour}${hSep}` : `${hour}${hSep}${hSep.startsWith('h') || hSep.startsWith('H') ? '' : ' '}${mm}`;
  return `${hour}${hSep}${c[5] ?? ''}${mm}`;
}

const RANGE = /^(\s*(?:[dD]e\s+)?)(\S+(?:[ \u00a0\u202f][hH](?:[ \u00a0\u202f]?\d{2})?)?)(\s*(?:–|-|\/|\s[àa]\s)\s*)(.+?)(\s*)$/;

/** A range `original` (`08h30-09h00`, `de 9 h à 10 h 30`) with new start and end. */
export function rangeLike(start: number, end: number, original: string): string {
  const r = RANGE.exec(original);
  if (!r || !CLOCK.test(r[2]!.trim()) || !CLOCK.test(r[4]!.trim())) return `${clockLike(start, '00h00')}-${clockLike(end, '00h00')}`;
  return `${r[1]}${clockLike(start, r[2]!)}${r[3]}${clockLike(end, r[4]!)}${r[5]}`;
}

/** A duration written like `original` (a number stays a number). */
export function durationLike(minutes: number, original: unknown): string {
  if (typeof original === 'number') return String(minutes);
  const text = String(original ?? '');
  const onlyMinutes = /^(\d+)(\s*)(min|mn|minutes?)$/i.exec(text);
  if (onlyMinutes) return `${minutes}${onlyMinutes[2]}${onlyMinutes[3]}`;
  const hours = /^(\d+)(\s*)([hH])(?:(\s*)(\d{1,2}))?$/.exec(text);
  if (hours && minutes >= 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    const spaceAfter = hours[4] ?? hours[2];
    return m === 0 ? `${h}${hours[2]}${hours[3]}` : `${h}${hours[2]}${hours[3]}${spaceAfter}${hours[5] && hours[5].length === 1 ? m : String(m).padStart(2, '0')}`;
  }
  const colon = /^(\d+):(\d{2})$/.exec(text);
  if (colon) return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  return formatDurationLike(minutes, original);
}
