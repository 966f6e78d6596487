/** Shared walk of the time rules: each slot with its predecessor, both with known times. */
import type { ProgrammeModel, Slot } from '../model/types';

export type TimedSlot = Slot & { start: number; end: number };

export function isTimed(slot: Slot): slot is TimedSlot {
  return slot.start !== undefined && slot.end !== undefined;
}

/**
 * Calls `visit` for each pair of consecutive slots of the same day whose times are both
 * known, with the latest end reached so far that day (a slot inside a longer one does not
 * end the covered time). A callback, not a generator: it runs over every slot of a long
 * seminar on each keystroke, and allocates nothing.
 */
export function forEachConsecutiveTimedPair(model: ProgrammeModel, visit: (previous: TimedSlot, slot: TimedSlot, latestEnd: number) => void): void {
  for (const day of model.days) {
    let previous: TimedSlot | undefined;
    let latestEnd = -Infinity;
    for (const slot of day.slots) {
      if (!isTimed(slot)) {
        // An unknown slot breaks the chain: nothing can be said about its neighbours.
        previous = undefined;
        latestEnd = -Infinity;
        continue;
      }
      if (previous) visit(previous, slot, latestEnd);
      previous = slot;
      latestEnd = Math.max(latestEnd, slot.end);
    }
  }
}
