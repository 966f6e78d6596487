/**
 * The times a drag shows live (issue 19), computed in the webview from the slots' data while
 * the pointer moves. The rule is the core's (server/src/core/gestures/dayPlan.ts, with the way
 * move.ts and resize.ts prepare a day): the preview redraws from the document after a drop,
 * and what the drag showed must be what the drop gives. test/unit/gestures/livePlan.test.ts
 * compares the two on every move and resize of a programme with gaps and a pinned slot.
 *
 * In short: the slots after the changed place shift by the moved (or resized) length up to the
 * next pinned slot, gaps kept; the moved slot starts where the slot before its new place ends;
 * once a slot has moved, none starts before the previous one ends; a pinned slot keeps its
 * time and the others flow past it (a resize is refused instead); a slot written with a
 * duration alone follows the previous one. Anything the core refuses (past midnight, the
 * moved slot over a pinned one, a time it cannot read, a day left empty) is a conflict.
 */

const MINUTES_PER_DAY = 24 * 60;

export interface TimedSlot<K> {
  key: K;
  start?: number;
  end?: number;
  pinned: boolean;
  /** Written with a duration alone: it starts when the slot before it ends. */
  follows?: boolean;
}

/** A day's slots in order, and its `start` key (where a first slot that follows starts). */
export interface TimedDay<K> {
  slots: readonly TimedSlot<K>[];
  start?: number;
}

export interface Plan<K> {
  /** The new times of every slot whose times change (and of the moved or resized slot). */
  times: Map<K, { start: number; end: number }>;
  conflict: boolean;
}

/** A slot as the day's plan sees it (the core's PlanItem). */
interface Item<K> {
  slot: TimedSlot<K>;
  length: number;
  pinned: boolean;
  explicit: boolean;
  before: number;
  proposed: number;
  subject?: boolean;
}

interface Options {
  dayStart?: number;
  topStart?: number;
  /** Slots flow past a pinned one (a move); otherwise running into one is refused (a resize). */
  flow: boolean;
  alone?: boolean;
  subjectFollows: boolean;
}

/** The day's slots as items, or undefined when one has no times (the core refuses the gesture). */
function itemsOf<K>(slots: readonly TimedSlot<K>[]): Item<K>[] | undefined {
  const items: Item<K>[] = [];
  for (const slot of slots) {
    if (slot.start === undefined || slot.end === undefined) return undefined;
    items.push({ slot, length: slot.end - slot.start, pinned: slot.pinned, explicit: !slot.follows, before: slot.start, proposed: slot.start });
  }
  return items;
}

function shiftUntilPinned<K>(items: Item<K>[], from: number, by: number): void {
  for (let k = from; k < items.length && !items[k]!.pinned; k++) items[k]!.proposed += by;
}

/**
 * Each item's start, in the core's order of reasoning (dayPlan.ts, planDay), and whether the
 * core refuses the gesture. Where the core stops and refuses, this goes on (the slot stays
 * where it is asked to be), so that the drag shows the times it would give, drawn as refused.
 */
function planDay<K>(items: Item<K>[], options: Options): { starts: number[]; refused: boolean } {
  const starts: number[] = [];
  let refused = false;
  let flowed = false;
  const pinned = items.filter((it) => it.pinned && it.length > 0);
  let cursor: number | undefined;
  let moved = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    let start: number;
    if (it.pinned) start = it.proposed;
    else if (it.subject && it.explicit && options.subjectFollows) start = k === 0 ? (options.topStart ?? it.proposed) : (cursor ?? it.proposed);
    else if (!it.explicit) {
      const follows = k === 0 ? options.dayStart : cursor;
      if (follows === undefined) refused = true;
      start = follows ?? it.proposed;
    } else {
      start = it.proposed;
      if (moved && !options.alone && cursor !== undefined && start < cursor) start = cursor;
    }
    if (!it.pinned && (start !== it.before || it.subject) && !(it.subject && options.alone)) {
      for (let again = true; again; ) {
        again = false;
        for (const q of pinned) {
          if (start < q.proposed + q.length && start + it.length > q.proposed) {
            if (it.subject || !options.flow) {
              refused = true;
              break;
            }
            start = q.proposed + q.length;
            flowed = true;
            again = true;
          }
        }
      }
    }
    if (start + it.length > MINUTES_PER_DAY) refused = true;
    starts[k] = start;
    if (start !== it.before || it.subject) moved = true;
    const end = start + it.length;
    cursor = cursor === undefined || it.subject ? end : Math.max(cursor, end);
  }
  return { starts: asWritten(items, starts, flowed ? orderByTime(items, starts) : items.map((_, k) => k), options.dayStart), refused };
}

/**
 * The starts as the text the core writes reads: the explicit times as planned, in the order
 * written (`order`), and a slot with a duration alone starting when the slot written before
 * it ends (the day's `start` when first), as the checker reads it (model/slotTimes.ts).
 */
function asWritten<K>(items: Item<K>[], starts: number[], order: number[], dayStart: number | undefined): number[] {
  const read = [...starts];
  let previousEnd = dayStart;
  for (const k of order) {
    const it = items[k]!;
    if (!it.explicit && previousEnd !== undefined) read[k] = previousEnd;
    previousEnd = read[k]! + it.length;
  }
  return read;
}

/** The items with each pinned one written among the others by its time (the core's orderByTime). */
function orderByTime<K>(items: Item<K>[], starts: number[]): number[] {
  const indices = items.map((_, k) => k);
  const out = indices.filter((k) => !items[k]!.pinned);
  for (const q of indices.filter((k) => items[k]!.pinned)) {
    const before = out.filter((k) => !items[k]!.pinned && starts[k]! < starts[q]!).length;
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

/** A planned day's changed times added to the plan (a refused day makes the plan a conflict). */
function collect<K>(items: Item<K>[], day: { starts: number[]; refused: boolean }, plan: Plan<K>): void {
  items.forEach((it, k) => {
    const start = day.starts[k]!;
    if (it.subject || start !== it.before || start + it.length !== it.slot.end) plan.times.set(it.slot.key, { start, end: start + it.length });
  });
  if (day.refused) plan.conflict = true;
}

/** A gesture the core refuses before planning (a time it cannot read, a day left empty): nothing to show but the refusal. */
const refused = <K>(): Plan<K> => ({ times: new Map(), conflict: true });

/**
 * The times after moving `days[fromDay].slots[fromIndex]` to the place before position
 * `toIndex` of day `toDay` (positions in the lists as they are, before the move).
 */
export function planMove<K>(days: readonly TimedDay<K>[], fromDay: number, fromIndex: number, toDay: number, toIndex: number): Plan<K> {
  const source = itemsOf(days[fromDay]!.slots);
  const sameDay = fromDay === toDay;
  const target = sameDay ? source : itemsOf(days[toDay]!.slots);
  if (!source || !target || target.length === 0 || (!sameDay && source.length === 1)) return refused();
  const moving = { ...source[fromIndex]!, subject: true };
  const at = sameDay && toIndex > fromIndex ? toIndex - 1 : toIndex;
  // Where it leaves: the slots after it move up by its length (to the next pinned one).
  const left = source.filter((_, k) => k !== fromIndex);
  shiftUntilPinned(left, fromIndex, -moving.length);
  // Where it arrives (the same list when it stays in its day): the slots after it move down.
  const arriving = sameDay ? left : target;
  const topStart = arriving[0]?.before ?? days[toDay]!.start;
  shiftUntilPinned(arriving, at, moving.length);
  const items = [...arriving.slice(0, at), moving, ...arriving.slice(at)];
  const plan: Plan<K> = { times: new Map(), conflict: false };
  collect(items, planDay(items, { dayStart: days[toDay]!.start, topStart, flow: true, subjectFollows: true }), plan);
  if (!sameDay) collect(left, planDay(left, { dayStart: days[fromDay]!.start, flow: true, subjectFollows: true }), plan);
  return plan;
}

/** The times after giving `day.slots[index]` a length of `minutes`; `alone` (Alt): the others stay. */
export function planResize<K>(day: TimedDay<K>, index: number, minutes: number, alone: boolean): Plan<K> {
  const items = itemsOf(day.slots);
  if (!items || minutes < 5) return refused();
  const subject = items[index]!;
  const by = minutes - subject.length;
  subject.length = minutes;
  subject.subject = true;
  // A pinned slot being resized keeps its start (pinned is about when it happens).
  subject.pinned = false;
  if (!alone) shiftUntilPinned(items, index + 1, by);
  const plan: Plan<K> = { times: new Map(), conflict: false };
  collect(items, planDay(items, { dayStart: day.start, flow: false, alone, subjectFollows: false }), plan);
  return plan;
}

/** `10h15` (French) or `10:15` (English), as the programme writes its times. */
export function clockText(minutes: number, language: string): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return language === 'en' ? `${hh}:${mm}` : `${hh}h${mm}`;
}
