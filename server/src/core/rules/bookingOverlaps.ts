/**
 * Who else books a person during each of their bookings, for one person on one date, in
 * O(b log b) for b bookings: a booking overlapped by the n − 1 others (n programmes booking
 * one person at the same time) costs O(log n) to count them and O(cap log n) to name the
 * first few, never a walk over the n − 1.
 *
 * Each programme's bookings of the person are first merged into disjoint spans (a booking
 * overlaps a programme exactly when it overlaps one of its spans). A programme c overlaps a
 * booking [s, e) when its first span ending after s starts before e. Bookings are taken by
 * decreasing start s; spans are switched on by decreasing end as s goes below their end, so
 * each programme's first span ending after s is the last one switched on: a Fenwick tree over
 * the spans in order of start marks that one span per programme. The programmes overlapping
 * [s, e) are then the marks before the first span starting at or after e: their count is a
 * prefix sum, and the first few (earliest span first) are found by descending the tree.
 */

/**
 * Steps taken in the Fenwick tree since the process started: tests compare it for n and 4n
 * bookings to show the work grows as n log n, without timing anything.
 */
export const overlapWork = { steps: 0 };

/** A booking of the person in one programme (`source`), [start, end) in minutes. */
export interface Interval<S> {
  source: S;
  start: number;
  end: number;
}

/** What one booking overlaps in the other programmes. */
export interface Overlap<B> {
  booking: B;
  /** How many other programmes have a booking overlapping this one. */
  count: number;
  /**
   * The first `cap` of those programmes, by the start of their span overlapping it (then by
   * `order`), each with one of its bookings that overlaps it.
   */
  named: B[];
  /** The one booking that overlaps it, when there is exactly one in all other programmes. */
  single?: B;
}

interface Span<B> {
  start: number;
  end: number;
  /** The span's bookings by start, and the largest end among the first i + 1 of them. */
  bookings: B[];
  maxEnd: number[];
  /** Its bookings' starts and ends, sorted, when it has several (made on first use). */
  starts?: number[];
  ends?: number[];
  /** The next span of the same programme. */
  next?: Span<B>;
  source: number;
  index: number;
}

/**
 * The overlaps of every booking that overlaps at least one booking of another programme.
 * `order` sorts programmes (ties between spans that start together), so the result does not
 * depend on the order bookings come in.
 */
export function overlapsAcrossSources<S, B extends Interval<S>>(bookings: readonly B[], cap: number, order: (a: S, b: S) => number): Overlap<B>[] {
  const sources = new Map<S, B[]>();
  for (const b of bookings) {
    const list = sources.get(b.source);
    if (list) list.push(b);
    else sources.set(b.source, [b]);
  }
  if (sources.size < 2) return [];
  const sourceIds = [...sources.keys()].sort(order);
  const spans: Span<B>[] = [];
  const spanOf = new Map<B, Span<B>>();
  sourceIds.forEach((key, source) => {
    const own = [...sources.get(key)!].sort((a, b) => a.start - b.start || a.end - b.end);
    let last: Span<B> | undefined;
    for (const b of own) {
      // Touching bookings merge too: the union is what matters, and it is the same.
      if (last && b.start <= last.end) {
        last.end = Math.max(last.end, b.end);
        last.bookings.push(b);
        last.maxEnd.push(last.end);
      } else {
        const span: Span<B> = { start: b.start, end: b.end, bookings: [b], maxEnd: [b.end], source, index: 0 };
        if (last) last.next = span;
        spans.push(span);
        last = span;
      }
      spanOf.set(b, last);
    }
  });
  spans.sort((a, b) => a.start - b.start || a.source - b.source);
  spans.forEach((span, i) => (span.index = i));
  const starts = spans.map((s) => s.start);
  const byEnd = [...spans].sort((a, b) => b.end - a.end);
  const queries = [...spanOf.keys()].sort((a, b) => b.start - a.start);

  const marks = new Fenwick(spans.length);
  const marked = new Int32Array(sourceIds.length).fill(-1);
  const out: Overlap<B>[] = [];
  let switchedOn = 0;
  for (const booking of queries) {
    for (; switchedOn < byEnd.length && byEnd[switchedOn]!.end > booking.start; switchedOn++) {
      const span = byEnd[switchedOn]!;
      if (marked[span.source]! >= 0) marks.add(marked[span.source]!, -1);
      marks.add(span.index, 1);
      marked[span.source] = span.index;
    }
    const own = spanOf.get(booking)!.source;
    // Its own programme is among the marks (the span holding it ends after its start).
    const count = marks.prefix(firstAtOrAfter(starts, booking.end)) - 1;
    if (count <= 0) continue;
    const named: B[] = [];
    const found: Span<B>[] = [];
    for (let rank = 1; rank <= count + 1 && found.length < cap; rank++) {
      const span = spans[marks.kth(rank)]!;
      if (span.source === own) continue;
      found.push(span);
      named.push(firstOverlapping(span, booking.start));
    }
    const only = found[0]!;
    const single = count === 1 && (!only.next || only.next.start >= booking.end) && overlapCount(only, booking) === 1 ? named[0] : undefined;
    out.push({ booking, count, named, ...(single ? { single } : {}) });
  }
  return out;
}

/**
 * The first booking of a span (by start) that ends after `start`: it overlaps a booking
 * [start, end) that the span overlaps, since all before it end at or before `start`.
 */
function firstOverlapping<B extends Interval<unknown>>(span: Span<B>, start: number): B {
  let lo = 0;
  let hi = span.bookings.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (span.maxEnd[mid]! > start) hi = mid;
    else lo = mid + 1;
  }
  return span.bookings[lo]!;
}

/**
 * How many bookings of a span overlap [start, end): those starting before `end`, less those
 * ending at or before `start` (which all start before it).
 */
function overlapCount<B extends Interval<unknown>>(span: Span<B>, { start, end }: Interval<unknown>): number {
  if (span.bookings.length === 1) return 1;
  span.ends ??= span.bookings.map((b) => b.end).sort((a, b) => a - b);
  span.starts ??= span.bookings.map((b) => b.start);
  return firstAtOrAfter(span.starts, end) - firstAfter(span.ends, start);
}

/** The index of the first value ≥ `value` in a sorted array (its length when none). */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first value > `value` in a sorted array (its length when none). */
function firstAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts at positions 0..n−1: add, prefix sums, and the position of the k-th unit. */
class Fenwick {
  private readonly tree: Int32Array;
  private readonly top: number;

  constructor(private readonly size: number) {
    this.tree = new Int32Array(size + 1);
    this.top = size > 0 ? 2 ** Math.floor(Math.log2(size)) : 0;
  }

  add(position: number, delta: number): void {
    for (let i = position + 1; i <= this.size; i += i & -i) {
      this.tree[i]! += delta;
      overlapWork.steps++;
    }
  }

  /** The sum over positions 0..n−1. */
  prefix(n: number): number {
    let sum = 0;
    for (let i = n; i > 0; i -= i & -i) {
      sum += this.tree[i]!;
      overlapWork.steps++;
    }
    return sum;
  }

  /** The position where the prefix sum reaches k (k ≥ 1, at most the total). */
  kth(k: number): number {
    let position = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      overlapWork.steps++;
      const next = position + step;
      if (next <= this.size && this.tree[next]! < k) {
        position = next;
        k -= this.tree[next]!;
      }
    }
    return position;
  }
}
