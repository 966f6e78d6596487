/**
 * How a day's time divides (FORMAT.md 3 and 7.3): content, pause (`break`, `meal`,
 * `welcome`), travel and the team's own slots. Travel is neither content nor pause: people
 * are out of session. A `visibility: team` slot (« Dernière mise au point de l'équipe
 * d'animation ») is not the participants' time: it is counted apart, in every form.
 * The day summary of the preview and exports, `no-break`, `duration-mismatch`, the inlay
 * hints and the training-fields quick fix read it from here, so they count the same minutes.
 */
import { slotVisibility, type Day, type ProgrammeModel, type Slot } from './types';

export type TimeKind = 'content' | 'pause' | 'travel' | 'team';

export const TRAVEL_TYPE = 'travel';

export function timeKind(slot: Slot): TimeKind {
  if (slotVisibility(slot) === 'team') return 'team';
  if (slot.isPause) return 'pause';
  return slot.type === TRAVEL_TYPE ? 'travel' : 'content';
}

export interface DayTime {
  content: number;
  pauses: number;
  travel: number;
  /** The team's own slots (`visibility: team`). */
  team: number;
}

/** The minutes of each kind in a day: the lengths of its slots with a known start and end. */
export function dayTime(day: Day): DayTime {
  const time: DayTime = { content: 0, pauses: 0, travel: 0, team: 0 };
  for (const slot of day.slots) {
    if (!isTimed(slot)) continue;
    const length = slot.end! - slot.start!;
    const kind = timeKind(slot);
    if (kind === 'content') time.content += length;
    else if (kind === 'pause') time.pauses += length;
    else if (kind === 'travel') time.travel += length;
    else time.team += length;
  }
  return time;
}

const isTimed = (slot: Slot) => slot.start !== undefined && slot.end !== undefined && slot.end > slot.start;

/**
 * The agenda's content time over all days, in minutes (pauses, travel and team slots
 * excluded), as FORMAT.md 7.3 compares it with `duration`; undefined when no slot is timed
 * (there is nothing to compare with).
 */
export function contentMinutes(model: ProgrammeModel): number | undefined {
  if (!model.days.some((day) => day.slots.some(isTimed))) return undefined;
  return model.days.reduce((total, day) => total + dayTime(day).content, 0);
}
