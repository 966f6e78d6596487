/** Shared walk of the time rules: each slot with its predecessor, both with known times. */
import type { ProgrammeModel, Slot } from '../model/types';

export type TimedSlot = Slot & { start: number; end: number };

export function isTimed(slot: Slot): slot is TimedSlot {
  return slot.start !== undefined && slot.end !== undefined;
}

/** Pairs of consecutive slots of the same day whose times are both known. */
export function* consecutiveTimedSlots(model: ProgrammeModel): Generator<[TimedSlot, TimedSlot]> {
  for (const day of model.days) {
    let previous: TimedSlot | undefined;
    for (const slot of day.slots) {
      if (!isTimed(slot)) {
        // An unknown slot breaks the chain: nothing can be said about its neighbours.
        previous = undefined;
        continue;
      }
      if (previous) yield [previous, slot];
      previous = slot;
    }
  }
}
