/** The team's materials checklist of a day (FORMAT.md 7.3): every material once, with the slots that need it. */
import type { DayView, SlotView } from './viewModel';

/**
 * In the order first needed. The same material written twice (`Paperboard`, `paperboard `)
 * is one line, under its first spelling; a slot that lists it twice is named once.
 */
export function materialsChecklist(slots: readonly SlotView[]): NonNullable<DayView['materials']> {
  const byKey = new Map<string, { material: string; slots: string[] }>();
  for (const slot of slots) {
    const name = slot.startText ? `${slot.startText} ${slot.title}` : slot.title;
    for (const material of slot.materials) {
      const key = material.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { material: material.trim(), slots: [] }));
      if (!entry.slots.includes(name)) entry.slots.push(name);
    }
  }
  return [...byKey.values()];
}
