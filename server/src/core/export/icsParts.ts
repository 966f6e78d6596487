/**
 * What the programme and mission calendars share: Paris time with its VTIMEZONE, a fixed
 * DTSTAMP, TEXT values cleaned of what RFC 5545 forbids, and wall-clock times.
 */
import type { ICalDayJsStub } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { MINUTES_PER_DAY } from '../time';

export const TIMEZONE = 'Europe/Paris';
/** DTSTAMP of every event: fixed rather than "now", so that exports are reproducible. */
export const STAMP = new Date(Date.UTC(2000, 0, 1));
/**
 * RFC 5545 TEXT allows no control character but tab (and the line breaks ical-generator
 * escapes): a strict reader rejects the whole calendar for one, so they are dropped.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function textValue(text: string): string {
  return text.replace(CONTROLS, '');
}

export function vtimezone(zone: string): string {
  const component = getVtimezoneComponent(zone);
  // The zone files are read from the package folder at run time: a bundle that does not
  // ship them must fail here rather than write a TZID without its definition.
  if (!component) throw new Error(`No VTIMEZONE definition found for ${zone}`);
  return component;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * A wall-clock time (day number since 1970-01-01, minutes since that day's midnight, 24:00
 * and beyond rolling over to the next day) in the shape ical-generator accepts for dayjs
 * values. With an event time zone set, ical-generator prints such a value with
 * `format('YYYYMMDD')` and `format('HHmmss')`, as is. A `Date` would instead be printed in
 * the time zone of the process running the export, which is wrong on any machine not set
 * to Paris time.
 */
export class WallClock implements ICalDayJsStub {
  /** The wall-clock time as if it were UTC: only its fields are used. */
  private readonly fields: Date;

  constructor(day: number, minutes: number) {
    this.fields = new Date((day * MINUTES_PER_DAY + minutes) * 60_000);
  }

  format(format?: string): string {
    const d = this.fields;
    switch (format) {
      case 'YYYYMMDD':
        return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
      case 'HHmmss':
        return `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
      default:
        throw new Error(`WallClock.format: unsupported format ${String(format)}`);
    }
  }

  isValid(): boolean {
    return !Number.isNaN(this.fields.getTime());
  }

  /** Only used by ical-generator to check that start is not after end. */
  toDate(): Date {
    return new Date(this.fields.getTime());
  }

  toJSON(): string {
    return this.fields.toISOString().slice(0, 19);
  }
}
