/**
 * How a day's time divides (FORMAT.md 3 and 7.3): content, pause (`break`, `meal`,
 * `welcome`) and travel. Travel is neither content nor pause: people are out of session.
 * The day summary of the preview and exports, `no-break` and `duration-mismatch` read it
 * from here, so they count the same minutes.
 */
import type { Day, ProgrammeModel, Slot } from './types';

export type TimeKind = 'content' | 'pause' | 'travel';

export const TRAVEL_TYPE = 'travel';

export function timeKind(slot: Slot): TimeKind {
  if (slot.isPause) return 'pause';
  return slot.type === TRAVEL_TYPE ? 'travel' : 'content';
}

export interface DayTime {
  content: number;
  pauses: number;
  travel: number;
}

/** The minutes of each kind in a day: the lengths of its slots with a known start and end. */
export function dayTime(day: Day): DayTime {
  const time: DayTime = { content: 0, pauses: 0, travel: 0 };
  for (const slot of day.slots) {
    if (slot.start === undefined || slot.end === undefined || slot.end <= slot.start) continue;
    const length = slot.end - slot.start;
    const kind = timeKind(slot);
    if (kind === 'content') time.content += length;
    else if (kind === 'pause') time.pauses += length;
    else time.travel += length;
  }
  return time;
}

/** The agenda's content time over all days, in minutes (pauses and travel excluded). */
export function contentMinutes(model: ProgrammeModel): number {
  return model.days.reduce((total, day) => total + dayTime(day).content, 0);
}
