/**
 * Resizing a slot by dragging its lower edge (issue 19), in 5-minute steps: the slot's new end
 * and the times of the slots that shift after it are shown live; holding Alt changes only this
 * slot. The drop posts a `resize` with the new length; the preview redraws from the document.
 */
import { languageOf, slotRef, type GestureContext } from './gestureContext';
import { daySlots, LiveTimes, timedDay } from './slotLive';
import { planResize, type TimedDay } from './slotPlan';

/** The preview draws a minute as 1.2 pixels (server/src/core/export/html.ts, PX_PER_MINUTE). */
const PX_PER_MINUTE = 1.2;
export const STEP_MINUTES = 5;

interface Resize {
  slot: HTMLElement;
  startY: number;
  minutes: number;
  height: number;
  /** The markup's own `min-height`, put back after the drag. */
  minHeight: string;
  chosen: number;
  alone: boolean;
  live: LiveTimes;
  list: HTMLElement[];
  /** The day's slots and start as the plan reads them (read once, at the press). */
  timed: TimedDay<HTMLElement>;
  frame?: number;
  y: number;
}

/** The length after dragging the edge by `dy` pixels: whole 5-minute steps, at least one step. */
export function resizedMinutes(minutes: number, dy: number): number {
  return Math.max(STEP_MINUTES, minutes + Math.round(dy / PX_PER_MINUTE / STEP_MINUTES) * STEP_MINUTES);
}

export function installSlotResize(ctx: GestureContext): void {
  let resize: Resize | undefined;
  ctx.root.addEventListener('pointerdown', (e) => {
    const handle = (e.target as Element).closest('.slot-resize');
    const slot = handle?.closest<HTMLElement>('.slot[data-index]');
    if (!slot || e.button !== 0 || slot.dataset.start === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    (handle as HTMLElement).setPointerCapture?.(e.pointerId);
    const minutes = Number(slot.dataset.end) - Number(slot.dataset.start);
    const list = daySlots(ctx.root).get(Number(slot.dataset.day)) ?? [slot];
    slot.classList.add('resizing');
    resize = { slot, startY: e.clientY, y: e.clientY, minutes, chosen: minutes, height: slot.offsetHeight, minHeight: slot.style.minHeight, alone: e.altKey, live: new LiveTimes(languageOf(ctx.root)), list, timed: timedDay(ctx.root, Number(slot.dataset.day), list) };
    show(resize);
  });
  document.addEventListener('pointermove', (e) => {
    if (!resize) return;
    resize.y = e.clientY;
    resize.alone = e.altKey;
    resize.frame ??= requestAnimationFrame(() => show(resize!));
  });
  const altChanged = (e: KeyboardEvent) => {
    if (!resize || e.key !== 'Alt') return;
    e.preventDefault();
    resize.alone = e.type === 'keydown';
    resize.frame ??= requestAnimationFrame(() => show(resize!));
  };
  document.addEventListener('keydown', altChanged);
  document.addEventListener('keyup', altChanged);
  const end = (drop: boolean) => {
    if (!resize) return;
    const done = resize;
    resize = undefined;
    if (done.frame !== undefined) cancelAnimationFrame(done.frame);
    done.slot.classList.remove('resizing');
    done.slot.style.minHeight = done.minHeight;
    done.live.clear();
    if (drop && done.chosen !== done.minutes) ctx.post({ kind: 'resize', slot: slotRef(done.slot), minutes: done.chosen, ...(done.alone ? { alone: true } : {}) });
  };
  document.addEventListener('pointerup', () => end(true));
  document.addEventListener('pointercancel', () => end(false));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') end(false);
  });
}

function show(r: Resize): void {
  r.frame = undefined;
  r.chosen = resizedMinutes(r.minutes, r.y - r.startY);
  // The slot grows or shrinks with the pointer (its height was read once, at the press).
  r.slot.style.minHeight = `${Math.max(20, r.height + (r.chosen - r.minutes) * PX_PER_MINUTE)}px`;
  const plan = planResize(r.timed, r.list.indexOf(r.slot), r.chosen, r.alone);
  r.live.show(plan);
}
