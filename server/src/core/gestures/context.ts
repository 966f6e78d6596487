/**
 * What every slot gesture starts from: the programme, the slot a reference names, the day's
 * slot blocks, and the day's times turned into plan items (refused when a time is unknown:
 * a gesture never guesses a time the checker could not read).
 */
import type { Analysis } from '../languageService';
import type { Messages } from '../messages';
import type { Day, ProgrammeModel, Slot } from '../model/types';
import type { PlanItem, PlanRefusal } from './dayPlan';
import { slotBlocks, type SlotBlock } from './slotBlocks';
import type { SlotPlace, SlotRef } from './types';

export type Refused = { refused: string };

export interface SlotContext {
  model: ProgrammeModel;
  day: Day;
  slot: Slot;
  /** Its position in its day (`slot.index` counts across days). */
  pos: number;
}

export function programmeOf(analysis: Analysis, m: Messages): ProgrammeModel | Refused {
  const model = analysis.model;
  return model?.kind === 'programme' ? model : { refused: m.gestures.notProgramme };
}

export function slotOf(analysis: Analysis, ref: SlotRef, m: Messages): SlotContext | Refused {
  const model = programmeOf(analysis, m);
  if ('refused' in model) return model;
  const day = Number.isInteger(ref?.day) ? model.days[ref.day] : undefined;
  const slot = day && Number.isInteger(ref.index) ? day.slots[ref.index] : undefined;
  return day && slot ? { model, day, slot, pos: ref.index } : { refused: m.gestures.noSlot };
}

/** The day a place names, when the place is between its slots (or at its end). */
export function placeDay(model: ProgrammeModel, place: SlotPlace): Day | undefined {
  const day = Number.isInteger(place?.day) ? model.days[place.day] : undefined;
  return day && Number.isInteger(place.index) && place.index >= 0 && place.index <= day.slots.length ? day : undefined;
}

export function blocksOf(analysis: Analysis, day: Day, m: Messages): SlotBlock[] | Refused {
  const blocks = slotBlocks(analysis.doc, day);
  return blocks && blocks.length === day.slots.length ? blocks : { refused: m.gestures.flowAgenda };
}

/** The day's slots as plan items (proposed = their start), or a refusal when a time is unknown. */
export function planItems(day: Day, m: Messages): PlanItem[] | Refused {
  const items: PlanItem[] = [];
  for (const [k, s] of day.slots.entries()) {
    if (s.start === undefined || s.end === undefined) return { refused: m.gestures.unknownTimes(dayLabel(day, m)) };
    items.push({ old: k, length: s.end - s.start, pinned: s.pinned?.value === true, explicit: s.explicitStart, before: s.start, proposed: s.start });
  }
  return items;
}

/** Shifts the start asked of every item from `from` on, up to the next pinned one. */
export function shiftUntilPinned(items: PlanItem[], from: number, by: number): void {
  for (let k = from; k < items.length && !items[k]!.pinned; k++) items[k]!.proposed += by;
}

export function dayLabel(day: Day, m: Messages): string {
  return m.gestures.dayName(day.index + 1);
}

/** The sentence of a plan's refusal; `titleOf(k)` names item k. */
export function refusalText(r: PlanRefusal, titleOf: (k: number) => string, startOf: (k: number) => number, m: Messages): string {
  if (r.reason === 'midnight') return m.gestures.pastMidnight(titleOf(r.item));
  if (r.reason === 'noStart') return m.gestures.noStart(titleOf(r.item));
  return m.gestures.pinnedInTheWay(titleOf(r.item), titleOf(r.pinned), m.gestures.clock(startOf(r.pinned)));
}

export function isRefused<T>(x: T | Refused): x is Refused {
  return typeof x === 'object' && x !== null && 'refused' in x;
}
