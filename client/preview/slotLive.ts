/**
 * Shows a plan's times on the slots while a drag or a resize lasts (issue 19): a badge per
 * slot whose times change (`data-live`, drawn by CSS), red on a conflict. Only attributes are
 * written, and only when they change: nothing here reads the layout.
 */
import { clockText, type Plan, type TimedDay, type TimedSlot } from './slotPlan';

export class LiveTimes {
  private shown = new Set<HTMLElement>();

  constructor(private readonly language: string) {}

  show(plan: Plan<HTMLElement>): void {
    const next = new Set(plan.times.keys());
    for (const el of this.shown) if (!next.has(el)) clear(el);
    for (const [el, t] of plan.times) {
      const text = `${clockText(t.start, this.language)} – ${clockText(t.end, this.language)}`;
      if (el.dataset.live !== text) el.dataset.live = text;
      el.toggleAttribute('data-live-conflict', plan.conflict);
    }
    this.shown = next;
  }

  clear(): void {
    for (const el of this.shown) clear(el);
    this.shown.clear();
  }
}

function clear(el: HTMLElement): void {
  delete el.dataset.live;
  el.removeAttribute('data-live-conflict');
}

/** A slot element as the plan knows it: its times, whether it is pinned or follows the one before, from its data attributes. */
export function timedSlot(el: HTMLElement): TimedSlot<HTMLElement> {
  const start = el.dataset.start === undefined ? undefined : Number(el.dataset.start);
  const end = el.dataset.end === undefined ? undefined : Number(el.dataset.end);
  return { key: el, start, end, pinned: el.hasAttribute('data-pinned'), follows: el.hasAttribute('data-follows') };
}

/** A day's slot elements as the plan knows them, with the day's `start` (its section's `data-day-start`). */
export function timedDay(root: HTMLElement, day: number, els: readonly HTMLElement[]): TimedDay<HTMLElement> {
  const start = root.querySelector<HTMLElement>(`.day[data-day="${day}"]`)?.dataset.dayStart;
  return { slots: els.map(timedSlot), start: start === undefined ? undefined : Number(start) };
}

/** Each day's editable slots, in order, by day index. */
export function daySlots(root: HTMLElement): Map<number, HTMLElement[]> {
  const days = new Map<number, HTMLElement[]>();
  for (const section of Array.from(root.querySelectorAll<HTMLElement>('.day[data-day]'))) days.set(Number(section.dataset.day), Array.from(section.querySelectorAll<HTMLElement>('.slot[data-index]')));
  return days;
}
