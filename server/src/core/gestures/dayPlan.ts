/**
 * The times of a day after a gesture, as a planner expects them. Each slot comes with the
 * start it is asked to take (its old start shifted by the gesture); then, in the day's new
 * order:
 * - a pinned slot (`pinned: true`, FORMAT.md 7.3) keeps its time;
 * - a slot written with `duration` or `end` alone starts when the one before it ends (the
 *   day's `start` for the first), since that is what its text says;
 * - the gesture's own slot (the one moved, inserted, resized…) takes the place it is given
 *   or is refused: it never lands somewhere the user did not put it;
 * - once a slot has moved, the ones after it are pushed so none starts before the previous
 *   one ends; a moved slot that would overlap a pinned one goes after it (the slots then
 *   flow around the pinned one), or the gesture is refused when it asks for no flow (resize);
 * - nothing may end after midnight.
 * The result is every slot's start and the day's order (a slot that flowed past a pinned one
 * is written after it).
 */
import { MINUTES_PER_DAY } from '../time';

export interface PlanItem {
  /** Index of the slot in the day's old list, or -1 for a new slot. */
  old: number;
  length: number;
  pinned: boolean;
  /** It names its start (`time` or `start`) rather than following the previous slot. */
  explicit: boolean;
  /** Its start before the gesture (undefined for a new slot). */
  before?: number;
  /** The start the gesture asks for (a pinned slot's is its own). */
  proposed: number;
  /** The slot the gesture is about. */
  subject?: boolean;
}

export type PlanRefusal =
  | { reason: 'midnight'; item: number }
  | { reason: 'pinned'; item: number; pinned: number }
  | { reason: 'noStart'; item: number };

export interface Plan {
  /** Start of each item (same indices as the input). */
  starts: number[];
  /** The items in the order they are written after the gesture. */
  order: number[];
}

export interface PlanOptions {
  /** Start of the day (its `start` key), for a first slot that only has a duration. */
  dayStart?: number;
  /** Where the subject starts when it is first of the day (the day's first time before the gesture). */
  topStart?: number;
  /** Slots may flow past a pinned slot (a move, an insert); otherwise running into one refuses. */
  flow: boolean;
  /** The subject may overlap what follows (resize with Alt): nothing after it is pushed. */
  alone?: boolean;
  /** The subject starts when the slot before it ends (a move, an insert), not at its proposed start (a resize). */
  subjectFollows: boolean;
}

export function planDay(items: PlanItem[], options: PlanOptions): Plan | PlanRefusal {
  const starts: number[] = [];
  const flowed = new Map<number, number>();
  const pinned = items.map((it, k) => ({ it, k })).filter(({ it }) => it.pinned && it.length > 0);
  let cursor: number | undefined;
  let moved = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    let start: number;
    if (it.pinned) start = it.proposed;
    else if (it.subject && it.explicit && options.subjectFollows) start = k === 0 ? (options.topStart ?? it.proposed) : (cursor ?? it.proposed);
    else if (!it.explicit) {
      const follows = k === 0 ? options.dayStart : cursor;
      if (follows === undefined) return { reason: 'noStart', item: k };
      start = follows;
    } else {
      start = it.proposed;
      if (moved && !options.alone && cursor !== undefined && start < cursor) start = cursor;
    }
    if (!it.pinned && (start !== it.before || it.subject) && !(it.subject && options.alone)) {
      for (let again = true; again; ) {
        again = false;
        for (const q of pinned) {
          const qs = q.it.proposed;
          if (start < qs + q.it.length && start + it.length > qs) {
            if (it.subject || !options.flow) return { reason: 'pinned', item: k, pinned: q.k };
            start = qs + q.it.length;
            flowed.set(k, q.k);
            again = true;
          }
        }
      }
    }
    if (start + it.length > MINUTES_PER_DAY) return { reason: 'midnight', item: k };
    starts[k] = start;
    if (start !== it.before || it.subject) moved = true;
    const end = start + it.length;
    cursor = cursor === undefined || it.subject ? end : Math.max(cursor, end);
  }
  return { starts, order: flowed.size ? orderByTime(items, starts) : items.map((_, k) => k) };
}

/** The items with each pinned one written among the others by its time. */
function orderByTime(items: PlanItem[], starts: number[]): number[] {
  const free = items.map((_, k) => k).filter((k) => !items[k]!.pinned);
  const out = [...free];
  for (const q of items.map((_, k) => k).filter((k) => items[k]!.pinned)) {
    const before = out.filter((k) => !items[k]!.pinned && starts[k]! < starts[q]!).length;
    // After the free slots that start before it, and after the pinned ones placed before it.
    let at = 0;
    let seenFree = 0;
    while (at < out.length && (seenFree < before || (items[out[at]!]!.pinned && starts[out[at]!]! <= starts[q]!))) {
      if (!items[out[at]!]!.pinned) seenFree++;
      at++;
    }
    out.splice(at, 0, q);
  }
  return out;
}
