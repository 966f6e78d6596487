/**
 * Dragging a slot to another place of its day or to another day (issue 19). The layout is read
 * once when the drag starts; while the pointer moves, one requestAnimationFrame per frame
 * moves the slot and the drop indicator with transforms, and only when the place under the
 * pointer changes are the new times of the affected slots computed and shown (slotPlan.ts).
 * The drop posts a `move`; the preview then redraws from the document, never from this guess.
 * A press that does not move is a click (it reveals the source); a drag is not.
 */
import type { SlotPlace } from '../../common/protocol';
import { languageOf, slotOf, slotRef, type GestureContext } from './gestureContext';
import { daySlots, LiveTimes, timedDay } from './slotLive';
import { planMove, type TimedDay } from './slotPlan';

/** How far the pointer must go before a press becomes a drag (pixels). */
const DRAG_THRESHOLD = 5;

interface DayBox {
  day: number;
  top: number;
  bottom: number;
  left: number;
  width: number;
  slots: { el: HTMLElement; index: number; top: number; bottom: number; mid: number }[];
  timed: TimedDay<HTMLElement>;
}

interface Drag {
  slot: HTMLElement;
  from: { day: number; index: number };
  startX: number;
  startY: number;
  startScroll: number;
  y: number;
  days: DayBox[];
  indicator: HTMLElement;
  live: LiveTimes;
  place?: SlotPlace;
  frame?: number;
}

export function installSlotDrag(ctx: GestureContext): void {
  let pressed: { slot: HTMLElement; x: number; y: number; pointer: number } | undefined;
  let drag: Drag | undefined;
  let justDropped = false;

  ctx.root.addEventListener('pointerdown', (e) => {
    const target = e.target as Element;
    if (e.button !== 0 || !e.isPrimary || target.closest('button, input, a, .slot-resize, .group-chip')) return;
    const slot = slotOf(target);
    if (!slot || slot.hasAttribute('data-pinned')) return;
    pressed = { slot, x: e.clientX, y: e.clientY, pointer: e.pointerId };
  });
  document.addEventListener('pointermove', (e) => {
    if (drag) {
      drag.y = e.clientY;
      drag.frame ??= requestAnimationFrame(() => frame(drag!));
      return;
    }
    if (!pressed || Math.hypot(e.clientX - pressed.x, e.clientY - pressed.y) < DRAG_THRESHOLD) return;
    pressed.slot.setPointerCapture?.(pressed.pointer);
    drag = start(ctx, pressed.slot, pressed.x, pressed.y);
    drag.y = e.clientY;
    frame(drag);
  });
  const end = (drop: boolean) => {
    pressed = undefined;
    if (!drag) return;
    const done = drag;
    drag = undefined;
    finish(done);
    justDropped = true;
    setTimeout(() => (justDropped = false), 0);
    if (drop && done.place && !samePlace(done.from, done.place)) ctx.post({ kind: 'move', slot: done.from, to: done.place });
  };
  document.addEventListener('pointerup', () => end(true));
  document.addEventListener('pointercancel', () => end(false));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && drag) end(false);
  });
  // The click that ends a drag is not a click on the slot (it would reveal its source).
  document.addEventListener(
    'click',
    (e) => {
      if (justDropped) e.stopImmediatePropagation();
    },
    true,
  );
}

/** Before or just after itself: the slot would not move. */
function samePlace(from: { day: number; index: number }, to: SlotPlace): boolean {
  return from.day === to.day && (to.index === from.index || to.index === from.index + 1);
}

function start(ctx: GestureContext, slot: HTMLElement, x: number, y: number): Drag {
  const scroll = window.scrollY;
  const days: DayBox[] = [];
  for (const [day, els] of daySlots(ctx.root)) {
    const section = ctx.root.querySelector<HTMLElement>(`.day[data-day="${day}"] .timeline`)!;
    const box = section.getBoundingClientRect();
    days.push({
      day,
      top: box.top + scroll,
      bottom: box.bottom + scroll,
      left: box.left + window.scrollX,
      width: box.width,
      slots: els.map((el) => {
        const r = el.getBoundingClientRect();
        return { el, index: Number(el.dataset.index), top: r.top + scroll, bottom: r.bottom + scroll, mid: (r.top + r.bottom) / 2 + scroll };
      }),
      timed: timedDay(ctx.root, day, els),
    });
  }
  const indicator = document.createElement('div');
  indicator.className = 'drop-indicator';
  document.body.append(indicator);
  slot.classList.add('dragging');
  return { slot, from: slotRef(slot), startX: x, startY: y, startScroll: scroll, y, days, indicator, live: new LiveTimes(languageOf(ctx.root)) };
}

/** One frame: the slot follows the pointer; the indicator and the live times follow the place under it. */
function frame(drag: Drag): void {
  drag.frame = undefined;
  const scroll = window.scrollY;
  drag.slot.style.transform = `translate3d(0, ${drag.y - drag.startY + scroll - drag.startScroll}px, 0)`;
  const y = drag.y + scroll;
  const day = drag.days.find((d) => y < d.bottom) ?? drag.days[drag.days.length - 1];
  if (!day) return;
  const others = day.slots.filter((s) => s.el !== drag.slot);
  const next = others.find((s) => s.mid > y);
  const last = others[others.length - 1];
  const place: SlotPlace = { day: day.day, index: next ? next.index : last ? last.index + 1 : 0 };
  const lineY = next ? next.top - 4 : last ? last.bottom + 1 : day.top;
  drag.indicator.style.width = `${day.width}px`;
  drag.indicator.style.transform = `translate3d(${day.left}px, ${lineY}px, 0)`;
  if (drag.place?.day === place.day && drag.place.index === place.index) return;
  drag.place = place;
  if (samePlace(drag.from, place)) {
    drag.live.clear();
    drag.indicator.classList.remove('refused');
    return;
  }
  // Positions in the lists (a participants' preview may hide a team slot: indices skip).
  const lists = drag.days.map((d) => d.timed);
  const fromDay = drag.days.findIndex((d) => d.day === drag.from.day);
  const fromIndex = drag.days[fromDay]!.slots.findIndex((s) => s.el === drag.slot);
  const toDay = drag.days.indexOf(day);
  const toIndex = next ? day.slots.indexOf(next) : day.slots.length;
  const plan = planMove(lists, fromDay, fromIndex, toDay, toIndex);
  drag.live.show(plan);
  drag.indicator.classList.toggle('refused', plan.conflict);
}

function finish(drag: Drag): void {
  if (drag.frame !== undefined) cancelAnimationFrame(drag.frame);
  drag.slot.style.transform = '';
  drag.slot.classList.remove('dragging');
  drag.indicator.remove();
  drag.live.clear();
}
