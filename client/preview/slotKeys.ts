/**
 * The keyboard equivalents of the gestures, on the focused slot (issue 19): Alt+↑/↓ moves it
 * before the previous slot or after the next one (past the first or last slot of a day, to the
 * end of the previous day or the start of the next), Shift+Alt+↑/↓ makes it 5 minutes shorter
 * or longer, Enter renames it, Delete deletes it. What was done is announced by the extension's
 * answer (gestureContext.ts), and the focus follows the slot to its new place. A key pressed
 * before the previous gesture's answer waits for it, then acts on the redrawn document.
 */
import type { Gesture, SlotPlace } from '../../common/protocol';
import { slotRef, type GestureContext } from './gestureContext';
import { daySlots } from './slotLive';
import { STEP_MINUTES } from './slotResize';
import { startRename } from './slotEdit';

export function installSlotKeys(ctx: GestureContext): void {
  ctx.root.addEventListener('keydown', (e) => {
    const slot = e.target as HTMLElement;
    if (!slot.matches?.('.slot[data-index]') || e.ctrlKey || e.metaKey) return;
    const gesture = gestureFor(ctx, slot, e);
    if (gesture === 'rename') startRename(ctx, slot);
    else if (gesture) {
      // Made on the slot that has the focus when it goes: after an earlier gesture's answer,
      // that is the same slot at its new place in the redrawn preview.
      const key = { key: e.key, altKey: e.altKey, shiftKey: e.shiftKey };
      ctx.later(() => {
        const focused = document.activeElement instanceof HTMLElement && document.activeElement.matches('.slot[data-index]') ? document.activeElement : undefined;
        const made = focused && gestureFor(ctx, focused, key);
        return made === 'rename' ? undefined : made;
      });
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
}

function gestureFor(ctx: GestureContext, slot: HTMLElement, e: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey'>): Gesture | 'rename' | undefined {
  const ref = slotRef(slot);
  const up = e.key === 'ArrowUp';
  if (e.altKey && (up || e.key === 'ArrowDown')) {
    if (e.shiftKey) {
      if (slot.dataset.start === undefined || slot.hasAttribute('data-pinned')) return undefined;
      const minutes = Number(slot.dataset.end) - Number(slot.dataset.start) + (up ? -STEP_MINUTES : STEP_MINUTES);
      return minutes >= STEP_MINUTES ? { kind: 'resize', slot: ref, minutes } : undefined;
    }
    const to = moveTarget(ctx, slot, up);
    return to ? { kind: 'move', slot: ref, to } : undefined;
  }
  if (e.altKey || e.shiftKey) return undefined;
  if (e.key === 'Enter' || e.key === 'F2') return 'rename';
  if (e.key === 'Delete') return { kind: 'delete', slot: ref };
  return undefined;
}

/** One place up or down; past a day's first or last slot, the end of the previous day or the start of the next. */
function moveTarget(ctx: GestureContext, slot: HTMLElement, up: boolean): SlotPlace | undefined {
  const days = Array.from(daySlots(ctx.root));
  const d = days.findIndex(([day]) => day === Number(slot.dataset.day));
  const list = days[d]?.[1] ?? [];
  const at = list.indexOf(slot);
  const indexOf = (el: HTMLElement | undefined) => Number(el?.dataset.index);
  if (up && at > 0) return { day: days[d]![0], index: indexOf(list[at - 1]) };
  if (!up && at < list.length - 1) return { day: days[d]![0], index: indexOf(list[at + 1]) + 1 };
  const other = days[up ? d - 1 : d + 1];
  if (!other) return undefined;
  const [day, slots] = other;
  return { day, index: up ? (slots.length ? indexOf(slots[slots.length - 1]) + 1 : 0) : 0 };
}
