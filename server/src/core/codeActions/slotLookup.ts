/** Finds the slot a diagnostic's `data.slotPath` names, and the slots after it that day. */
import type { ProgrammeModel, Slot } from '../model/types';

export function slotAt(model: ProgrammeModel, slotPath: unknown): Slot | undefined {
  if (!Array.isArray(slotPath)) return undefined;
  return model.slots.find((s) => s.path.length === slotPath.length && s.path.every((seg, i) => seg === slotPath[i]));
}

export function followingSlots(model: ProgrammeModel, slot: Slot): Slot[] {
  return model.days[slot.dayIndex]?.slots.filter((s) => s.index > slot.index) ?? [];
}
