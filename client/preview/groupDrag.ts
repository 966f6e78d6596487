/**
 * Moving a group from one track of a slot to another (issue 19): press on a group chip and
 * drag it onto another track of the same slot (that track is highlighted; Escape cancels, a
 * drop anywhere else does nothing), or, on a focused chip, Alt+←/→ for the previous or next
 * track. Either posts a `moveGroup`; the extension's answer is announced (gestureContext.ts)
 * and, once the preview is redrawn from the document, the focus is on the chip in its new track.
 */
import type { Gesture } from '../../common/protocol';
import { slotOf, slotRef, type GestureContext } from './gestureContext';

/** How far the pointer must go before a press becomes a drag (pixels), as for a slot. */
const DRAG_THRESHOLD = 5;
const CHIP = '.group-chip[data-group]';

interface TrackBox {
  el: HTMLElement;
  track: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Drag {
  chip: HTMLElement;
  slot: HTMLElement;
  fromTrack: number;
  startX: number;
  startY: number;
  x: number;
  y: number;
  tracks: TrackBox[];
  target?: TrackBox;
  frame?: number;
}

/** The track a chip stands in (its `data-track`), or undefined outside an editable track. */
function trackOf(chip: Element): HTMLElement | undefined {
  return chip.closest<HTMLElement>('.track[data-track]') ?? undefined;
}

/** The chip of `group` in track `track` of its slot, once the preview shows the gesture made. */
function chipSelector(group: string, track: number): string {
  return `.track[data-track="${track}"] .group-chip[data-group="${CSS.escape(group)}"]`;
}

function moveGroup(ctx: GestureContext, chip: HTMLElement, slot: HTMLElement, toTrack: number): Gesture {
  const group = chip.dataset.group!;
  ctx.focusInside(chipSelector(group, toTrack));
  return { kind: 'moveGroup', slot: slotRef(slot), group, fromTrack: Number(trackOf(chip)!.dataset.track), toTrack };
}

export function installGroupDrag(ctx: GestureContext): void {
  let pressed: { chip: HTMLElement; x: number; y: number; pointer: number } | undefined;
  let drag: Drag | undefined;
  let justDropped = false;

  ctx.root.addEventListener('pointerdown', (e) => {
    const chip = (e.target as Element).closest<HTMLElement>(CHIP);
    if (e.button !== 0 || !e.isPrimary || !chip || !trackOf(chip) || !slotOf(chip)) return;
    pressed = { chip, x: e.clientX, y: e.clientY, pointer: e.pointerId };
  });
  document.addEventListener('pointermove', (e) => {
    if (drag) {
      drag.x = e.clientX;
      drag.y = e.clientY;
      drag.frame ??= requestAnimationFrame(() => frame(drag!));
      return;
    }
    if (!pressed || Math.hypot(e.clientX - pressed.x, e.clientY - pressed.y) < DRAG_THRESHOLD) return;
    pressed.chip.setPointerCapture?.(pressed.pointer);
    drag = start(pressed.chip, pressed.x, pressed.y);
    drag.x = e.clientX;
    drag.y = e.clientY;
    frame(drag);
  });
  const end = (drop: boolean) => {
    pressed = undefined;
    if (!drag) return;
    const done = drag;
    drag = undefined;
    // The last move may not have had its frame yet: the drop is where the pointer is.
    if (done.frame !== undefined) {
      cancelAnimationFrame(done.frame);
      frame(done);
    }
    finish(done);
    justDropped = true;
    setTimeout(() => (justDropped = false), 0);
    if (drop && done.target) ctx.post(moveGroup(ctx, done.chip, done.slot, done.target.track));
  };
  document.addEventListener('pointerup', () => end(true));
  document.addEventListener('pointercancel', () => end(false));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && drag) end(false);
  });
  // The click that ends a drag does not reveal the slot's source.
  document.addEventListener(
    'click',
    (e) => {
      if (justDropped) e.stopImmediatePropagation();
    },
    true,
  );

  ctx.root.addEventListener('keydown', (e) => {
    const chip = e.target as HTMLElement;
    if (!chip.matches?.(CHIP) || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    e.stopPropagation();
    const step = e.key === 'ArrowLeft' ? -1 : 1;
    // Made on the chip that has the focus when it goes (after an earlier gesture's answer, the
    // same group in its new track of the redrawn preview).
    ctx.later(() => {
      const focused = document.activeElement instanceof HTMLElement && document.activeElement.matches(CHIP) ? document.activeElement : undefined;
      const track = focused && trackOf(focused);
      const slot = focused && slotOf(focused);
      if (!focused || !track || !slot) return undefined;
      const toTrack = Number(track.dataset.track) + step;
      // No track before the first or after the last: nothing to do.
      if (!slot.querySelector(`.track[data-track="${toTrack}"]`)) return undefined;
      return moveGroup(ctx, focused, slot, toTrack);
    });
  });
}

function start(chip: HTMLElement, x: number, y: number): Drag {
  const slot = slotOf(chip)!;
  const own = trackOf(chip)!;
  // The slot's own tracks only (not those of a slot nested further in, if any ever were).
  const tracks = Array.from(slot.querySelectorAll<HTMLElement>('.track[data-track]'))
    .filter((el) => slotOf(el) === slot)
    .map((el): TrackBox => {
      const r = el.getBoundingClientRect();
      return { el, track: Number(el.dataset.track), left: r.left + window.scrollX, top: r.top + window.scrollY, right: r.right + window.scrollX, bottom: r.bottom + window.scrollY };
    });
  chip.classList.add('group-chip-dragging');
  slot.classList.add('group-dragging');
  return { chip, slot, fromTrack: Number(own.dataset.track), startX: x, startY: y, x, y, tracks };
}

/** One frame: the chip follows the pointer; the track under it, if another one, is highlighted. */
function frame(drag: Drag): void {
  drag.frame = undefined;
  drag.chip.style.transform = `translate3d(${drag.x - drag.startX}px, ${drag.y - drag.startY}px, 0)`;
  const x = drag.x + window.scrollX;
  const y = drag.y + window.scrollY;
  const under = drag.tracks.find((t) => x >= t.left && x <= t.right && y >= t.top && y <= t.bottom);
  const target = under && under.track !== drag.fromTrack ? under : undefined;
  if (target === drag.target) return;
  drag.target?.el.classList.remove('group-drop-target');
  target?.el.classList.add('group-drop-target');
  drag.target = target;
}

function finish(drag: Drag): void {
  if (drag.frame !== undefined) cancelAnimationFrame(drag.frame);
  drag.chip.style.transform = '';
  drag.chip.classList.remove('group-chip-dragging');
  drag.slot.classList.remove('group-dragging');
  drag.target?.el.classList.remove('group-drop-target');
}
