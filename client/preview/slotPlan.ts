/**
 * The times a drag shows live (issue 19), computed in the webview from the slots' data while
 * the pointer moves: slots keep their lengths, the slots after the changed place shift, a
 * pinned slot never moves. The document's edit is the core's (server/src/core/gestures/);
 * the preview redraws from the document after a drop, so this is only what the drag shows.
 *
 * A slot after the changed place follows the previous one when it did before (no gap between
 * them: it is pulled or pushed), and keeps its time when a gap was before it (the gap absorbs
 * a push, and a pull stops there). A shifted slot that would run over a pinned slot or past
 * midnight makes the plan a conflict (the core will refuse the drop and say why).
 */

const MINUTES_PER_DAY = 24 * 60;

export interface TimedSlot<K> {
  key: K;
  start?: number;
  end?: number;
  pinned: boolean;
}

export interface Plan<K> {
  /** The new times of every slot whose times change (and of the moved slot). */
  times: Map<K, { start: number; end: number }>;
  conflict: boolean;
}

/**
 * Re-times a day whose slots were `before` and are now `after` (the same objects in their new
 * order), from position `from` of `after`, the flow starting at `cursor`. `moved` is the
 * dragged slot (it starts where the flow is); `lengths` overrides a slot's length (a resize).
 */
export function flowDay<K>(before: readonly TimedSlot<K>[], after: readonly TimedSlot<K>[], from: number, cursor: number | undefined, moved?: TimedSlot<K>, lengths?: ReadonlyMap<K, number>): Plan<K> {
  const plan: Plan<K> = { times: new Map(), conflict: false };
  if (cursor === undefined) return plan;
  let at: number = cursor;
  const previous = new Map<TimedSlot<K>, TimedSlot<K> | undefined>(before.map((s, i) => [s, before[i - 1]]));
  for (let j = from; j < after.length; j++) {
    const slot = after[j]!;
    if (slot.start === undefined || slot.end === undefined) break;
    if (slot.pinned && slot !== moved) {
      if (at > slot.start) plan.conflict = true;
      at = Math.max(at, slot.end);
      continue;
    }
    const length = lengths?.get(slot.key) ?? slot.end - slot.start;
    const prior = previous.get(slot);
    const follows = slot === moved || !prior || (prior.end !== undefined && prior.end >= slot.start);
    const start = follows ? at : Math.max(at, slot.start);
    const end = start + length;
    if (end > MINUTES_PER_DAY) plan.conflict = true;
    if (slot === moved || start !== slot.start || end !== slot.end) plan.times.set(slot.key, { start, end });
    at = end;
  }
  return plan;
}

/** Where the flow of a day starts when its position `k` changed: the start of the slot that was there, else the end of the day's last slot. */
function cursorAt<K>(before: readonly TimedSlot<K>[], k: number, fallback?: number): number | undefined {
  return k < before.length ? before[k]!.start : (before[k - 1]?.end ?? fallback);
}

function merge<K>(a: Plan<K>, b: Plan<K>): Plan<K> {
  for (const [k, v] of b.times) a.times.set(k, v);
  return { times: a.times, conflict: a.conflict || b.conflict };
}

/**
 * The times after moving `days[fromDay][fromIndex]` to the place before position `toIndex` of
 * day `toDay` (positions in the lists as they are, before the move).
 */
export function planMove<K>(days: readonly (readonly TimedSlot<K>[])[], fromDay: number, fromIndex: number, toDay: number, toIndex: number): Plan<K> {
  const source = days[fromDay]!;
  const moved = source[fromIndex]!;
  if (fromDay === toDay) {
    const after = source.filter((s) => s !== moved);
    const at = toIndex > fromIndex ? toIndex - 1 : toIndex;
    after.splice(at, 0, moved);
    const k = Math.min(fromIndex, at);
    return flowDay(source, after, k, cursorAt(source, k), moved);
  }
  const left = source.filter((s) => s !== moved);
  const target = days[toDay]!;
  const joined = [...target.slice(0, toIndex), moved, ...target.slice(toIndex)];
  // The moved slot starts where the slot it displaces started, else after the day's last slot
  // (in an empty day: at its own time).
  return merge(flowDay(source, left, fromIndex, moved.start), flowDay(target, joined, toIndex, cursorAt(target, toIndex, moved.start), moved));
}

/** The times after giving `days[day][index]` a length of `minutes`; `alone` (Alt): the others stay. */
export function planResize<K>(slots: readonly TimedSlot<K>[], index: number, minutes: number, alone: boolean): Plan<K> {
  const slot = slots[index]!;
  if (slot.start === undefined) return { times: new Map(), conflict: false };
  if (alone) return { times: new Map([[slot.key, { start: slot.start, end: slot.start + minutes }]]), conflict: slot.start + minutes > MINUTES_PER_DAY };
  const plan = flowDay(slots, slots, index, slot.start, slot, new Map([[slot.key, minutes]]));
  return plan;
}

/** `10h15` (French) or `10:15` (English), as the programme writes its times. */
export function clockText(minutes: number, language: string): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return language === 'en' ? `${hh}:${mm}` : `${hh}h${mm}`;
}
