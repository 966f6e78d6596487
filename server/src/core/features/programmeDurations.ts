/**
 * The lengths the editor compares (hover and inlay hints): the total of a slot's step
 * durations against the slot. The content time compared with `duration` is
 * `model/dayTime.ts`'s `contentMinutes`, the one the rules and the summary count.
 */
import type { Path, ProgrammeModel, Slot } from '../model/types';

export interface StepsTotal {
  /** The sum of the durations written. */
  total: number;
  /** How many steps give a duration, out of `steps`. */
  timed: number;
  steps: number;
  /** The slot's length, when its times are known. */
  slot?: number;
}

/** The steps' total of a slot; undefined when none of its steps gives a duration. */
export function stepsTotal(slot: Slot): StepsTotal | undefined {
  const steps = slot.stepDetails ?? [];
  let total = 0;
  let timed = 0;
  for (const step of steps) {
    if (step.duration === undefined) continue;
    total += step.duration.value;
    timed++;
  }
  if (timed === 0) return undefined;
  const out: StepsTotal = { total, timed, steps: steps.length };
  if (slot.start !== undefined && slot.end !== undefined && slot.end > slot.start) out.slot = slot.end - slot.start;
  return out;
}

/** The slot whose `steps` hold the value at `path` (`[…slot, 'steps', i, …]`). */
export function slotOfStep(model: ProgrammeModel, path: Path): Slot | undefined {
  return model.slots.find((s) => path.length > s.path.length + 1 && path[s.path.length] === 'steps' && s.path.every((seg, i) => path[i] === seg));
}
