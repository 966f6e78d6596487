/**
 * Dragging on the mission Gantt of the preview (issue 19): a phase bar moves by whole
 * months, its left or right edge stretches it, a milestone's diamond moves to another day.
 * While the pointer moves, the bar or diamond follows it, snapped, and the new dates are
 * shown beside it; on the drop, the gesture is posted to the extension, which asks the
 * server for the edit and applies it: the preview then redraws from the document (never
 * from its own guess). A refusal puts the item back.
 *
 * The keyboard does the same on a focused bar or diamond: Alt+←/→ moves it by a month,
 * Shift+Alt+←/→ stretches a bar's end by a month (moves a diamond by a day). What was done,
 * or why not, is read out by the preview's one status region and its refusal message
 * (gestureContext.ts, as for the slots); the focus comes back to the item once the Gantt is
 * redrawn. Everything is attached by listeners (the CSP has no inline
 * handlers), and only to the preview's Gantt (`.gantt.preview`, which exports never have).
 */
import type { Gesture } from '../../common/protocol';
import type { ToPreview } from '../../common/previewMessages';
import type { GestureContext } from './gestureContext';
import { firstDay, fromDayNumber, inWords, lastDay, readWritten, shiftMonths, writeWritten, type Written } from './ganttDates';

/** Pixels the pointer moves before a press becomes a drag (a click reveals the source). */
const DRAG_THRESHOLD = 4;
const AVERAGE_MONTH_DAYS = 30.436875;

interface Axis {
  from: number;
  span: number;
  pxPerDay: number;
}

interface Drag {
  el: HTMLElement;
  pointerId: number;
  startX: number;
  axis: Axis;
  /** The inline style before the drag, put back on a cancel or a refusal. */
  style: string;
  moved: boolean;
  phase?: { index: number; edge: 'start' | 'end' | 'both'; start?: Written; end?: Written; months: number };
  milestone?: { index: number; date: Written; day: number };
}

export function installGanttDrag(ctx: GestureContext): void {
  const root = ctx.root;
  const label = document.createElement('div');
  label.className = 'g-drag-label';
  label.hidden = true;
  document.body.appendChild(label);

  let drag: Drag | undefined;
  /** The item of the gesture posted last, until the extension answers. */
  let pending: { el: HTMLElement; style: string } | undefined;
  /** The item to focus again once the Gantt is redrawn (`[data-phase="2"]`). */
  let refocus: string | undefined;
  let swallowClick = false;

  /** The item of a gesture about to be posted: put back on a refusal, focused again after the redraw. */
  const mark = (el: HTMLElement, style: string) => {
    pending = { el, style };
    refocus = el.dataset.phase !== undefined ? `[data-phase="${el.dataset.phase}"]` : `[data-milestone="${el.dataset.milestone}"]`;
  };
  const send = (el: HTMLElement, style: string, gesture: Gesture) => {
    mark(el, style);
    ctx.post(gesture);
  };

  root.addEventListener('pointerdown', (event) => {
    swallowClick = false;
    if (event.button !== 0) return;
    const el = draggable(event.target);
    const axis = el && axisOf(el);
    if (!el || !axis) return;
    const base = { el, pointerId: event.pointerId, startX: event.clientX, axis, style: el.getAttribute('style') ?? '', moved: false };
    if (el.dataset.phase !== undefined) {
      const edge = ((event.target as HTMLElement).closest<HTMLElement>('.g-edge')?.dataset.edge ?? 'both') as 'start' | 'end' | 'both';
      drag = { ...base, phase: { index: Number(el.dataset.phase), edge, start: readWritten(el.dataset.start), end: readWritten(el.dataset.end), months: 0 } };
    } else {
      const date = readWritten(el.dataset.date);
      if (!date) return;
      drag = { ...base, milestone: { index: Number(el.dataset.milestone), date, day: firstDay(date) } };
    }
    el.setPointerCapture(event.pointerId);
  });

  root.addEventListener('pointermove', (event) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const dx = event.clientX - drag.startX;
    if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD) return;
    drag.moved = true;
    drag.el.classList.add('g-dragging');
    const days = dx / drag.axis.pxPerDay;
    const text = drag.phase ? followPhase(drag, Math.round(days / AVERAGE_MONTH_DAYS)) : followMilestone(drag, Math.round(days));
    const box = drag.el.getBoundingClientRect();
    label.textContent = text;
    label.hidden = false;
    label.style.left = `${Math.max(0, box.left)}px`;
    label.style.top = `${box.top > 30 ? box.top - 26 : box.bottom + 6}px`;
  });

  const end = (event: PointerEvent, cancelled: boolean) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const d = drag;
    drag = undefined;
    label.hidden = true;
    d.el.classList.remove('g-dragging');
    if (!d.moved) return;
    swallowClick = true;
    const gesture = cancelled ? undefined : dropped(d);
    if (gesture) send(d.el, d.style, gesture);
    else d.el.setAttribute('style', d.style);
  };
  root.addEventListener('pointerup', (event) => end(event, false));
  root.addEventListener('pointercancel', (event) => end(event, true));
  // The click that ends a drag does not also reveal the source (main.ts listens on the document).
  root.addEventListener(
    'click',
    (event) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.stopPropagation();
    },
    true,
  );

  root.addEventListener('keydown', (event) => {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    if (!draggable(event.target)) return;
    event.preventDefault();
    const step = event.key === 'ArrowLeft' ? -1 : 1;
    const shift = event.shiftKey;
    // Made on the item that has the focus when it goes: after an earlier gesture's answer, the
    // same item redrawn from the new document (two quick presses move it twice).
    ctx.later(() => {
      const el = draggable(document.activeElement);
      const gesture = el && keyGesture(el, step, shift);
      if (el && gesture) mark(el, el.getAttribute('style') ?? '');
      return gesture;
    });
  });

  // The answer is announced by the gesture context (main.ts hands it over); here, a refused
  // item goes back where it was, since nothing changed in the document.
  window.addEventListener('message', (event: MessageEvent<ToPreview>) => {
    const message = event.data;
    if (!pending || (message.type !== 'gestureDone' && message.type !== 'gestureRefused')) return;
    if (message.type === 'gestureRefused' && pending.el.isConnected) pending.el.setAttribute('style', pending.style);
    pending = undefined;
  });

  // The Gantt is redrawn from the document after a gesture: the focus comes back to its item.
  new MutationObserver(() => {
    if (!refocus) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const next = root.querySelector<HTMLElement>(`.gantt.preview ${refocus}`);
    if (next) {
      next.focus({ preventScroll: true });
      refocus = undefined;
    }
  }).observe(root, { childList: true, subtree: true });
  root.addEventListener('focusin', (event) => {
    if (refocus && !(event.target as HTMLElement).matches(refocus)) refocus = undefined;
  });
}

function draggable(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest<HTMLElement>('.gantt.preview [data-phase], .gantt.preview [data-milestone]') ?? undefined;
}

function axisOf(el: HTMLElement): Axis | undefined {
  const gantt = el.closest<HTMLElement>('.gantt');
  const track = el.parentElement;
  const from = Number(gantt?.dataset.from);
  const span = Number(gantt?.dataset.span);
  const width = track?.getBoundingClientRect().width ?? 0;
  if (!Number.isFinite(from) || !(span > 0) || !(width > 0)) return undefined;
  return { from, span, pxPerDay: width / span };
}

const percent = (axis: Axis, day: number) => `${(((day - axis.from) / axis.span) * 100).toFixed(2)}%`;
const languageOf = (el: HTMLElement) => el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'fr';

/** Places the bar `months` away (its moved edges only) and says its new dates; an end before the start keeps the last place. */
function followPhase(drag: Drag, months: number): string {
  const p = drag.phase!;
  const start = p.start && p.edge !== 'end' ? shiftMonths(p.start, months) : p.start;
  const end = p.end && p.edge !== 'start' ? shiftMonths(p.end, months) : p.end;
  const words = (w: Written | undefined) => (w ? inWords(w, languageOf(drag.el)) : '…');
  // (A phase already reversed in the document is drawn as it is, never looped on.)
  if (start && end && lastDay(end) < firstDay(start) && months !== p.months) return followPhase(drag, p.months);
  p.months = months;
  const axis = drag.axis;
  const first = start ? firstDay(start) : axis.from;
  const last = (end ? lastDay(end) : axis.from + axis.span - 1) + 1;
  drag.el.style.left = percent(axis, first);
  drag.el.style.width = `${(((Math.max(last, first + 1) - first) / axis.span) * 100).toFixed(2)}%`;
  return `${words(start)} – ${words(end)}`;
}

/** Places the diamond `days` away (a month-written milestone in the middle of its new month) and says its new date. */
function followMilestone(drag: Drag, days: number): string {
  const m = drag.milestone!;
  const day = fromDayNumber(firstDay(m.date) + days);
  const next: Written = m.date.day === undefined ? { year: day.year, month: day.month } : day;
  m.day = firstDay(m.date) + days;
  const middle = (firstDay(next) + lastDay(next) + 1) / 2;
  drag.el.style.left = percent(drag.axis, middle);
  return inWords(next, languageOf(drag.el));
}

/** Alt+←/→ (`step` -1 or 1) on a bar or a diamond; with Shift, a bar's end or a diamond's day. */
function keyGesture(el: HTMLElement, step: number, shift: boolean): Gesture | undefined {
  if (el.dataset.phase !== undefined) return { kind: 'movePhase', phase: { index: Number(el.dataset.phase) }, months: step, edge: shift ? 'end' : 'both' };
  const date = readWritten(el.dataset.date);
  if (!date) return undefined;
  const day = shift ? firstDay(date) + step : firstDay(shiftMonths({ ...date, day: date.day ?? 1 }, step));
  return { kind: 'moveMilestone', milestone: { index: Number(el.dataset.milestone) }, date: writeWritten(fromDayNumber(day)) };
}

/** The gesture a drop makes; undefined when the item is back where it was. */
function dropped(drag: Drag): Gesture | undefined {
  if (drag.phase) return drag.phase.months === 0 ? undefined : { kind: 'movePhase', phase: { index: drag.phase.index }, months: drag.phase.months, edge: drag.phase.edge };
  const m = drag.milestone!;
  const day = fromDayNumber(m.day);
  const same = m.date.day === undefined ? day.year === m.date.year && day.month === m.date.month : m.day === firstDay(m.date);
  return same ? undefined : { kind: 'moveMilestone', milestone: { index: m.index }, date: writeWritten(day) };
}
