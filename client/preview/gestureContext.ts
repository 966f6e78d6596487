/**
 * What the preview's gesture modules share (issue 19): posting a gesture for the document the
 * preview shows, the aria-live region that announces what was done, the visible message of a
 * refused gesture, and putting the focus back on a slot after the preview redraws.
 */
import type { Gesture, SlotRef } from '../../common/protocol';
import type { ToPreview } from '../../common/previewMessages';

export interface GestureContext {
  root: HTMLElement;
  post(gesture: Gesture): void;
  /**
   * A gesture made on whatever the document is when it is sent (a key press): while an earlier
   * gesture waits for its answer, `make` waits too, and is called once the answer and the
   * redrawn document are there (so two quick Alt+↓ move the slot twice, the second on the new
   * document, instead of the second being refused as made on an old version). `make` gives
   * nothing when there is no gesture to make any more.
   */
  later(make: () => Gesture | undefined): void;
  announce(text: string): void;
  /** The answer of the extension to the last gesture. */
  answer(message: Extract<ToPreview, { type: 'gestureDone' | 'gestureRefused' }>): void;
  /** Called after each redraw: the slot to focus after a gesture takes the focus. */
  redrawn(): void;
  /**
   * What to focus inside the slot after the answer to the gesture posted next, instead of the
   * slot itself (a CSS selector: the group chip in its new track); forgotten if it is refused.
   */
  focusInside(selector: string): void;
}

/** The editable slot an event happened in (the preview's markup gives it `data-index`). */
export function slotOf(target: EventTarget | null): HTMLElement | undefined {
  return (target instanceof Element ? target.closest<HTMLElement>('.slot[data-index]') : null) ?? undefined;
}

export function slotRef(slot: HTMLElement): SlotRef {
  return { day: Number(slot.dataset.day), index: Number(slot.dataset.index) };
}

export function slotElement(root: HTMLElement, ref: SlotRef): HTMLElement | undefined {
  return root.querySelector<HTMLElement>(`.slot[data-day="${ref.day}"][data-index="${ref.index}"]`) ?? undefined;
}

/** The programme's language (`fr` or `en`): how its times are written. */
export function languageOf(root: HTMLElement): string {
  return root.querySelector('.programme')?.getAttribute('lang') ?? 'fr';
}

/** How long a focus asked by `gestureDone` waits for the redraw that shows the gesture. */
const FOCUS_WAIT_MS = 3000;
/** How long the gestures made meanwhile wait for an answer that does not come (the extension gone): then they go. */
const ANSWER_WAIT_MS = 5000;

export function gestureContext(root: HTMLElement, send: (gesture: Gesture) => void): GestureContext {
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const refused = document.createElement('div');
  refused.className = 'gesture-refused';
  refused.setAttribute('role', 'alert');
  refused.hidden = true;
  document.body.prepend(refused);
  document.body.append(status);
  let focus: { ref: SlotRef; until: number; inside?: string } | undefined;
  /** What to focus inside the slot: `asked` for the next gesture sent, `inside` for the one sent. */
  let asked: string | undefined;
  let inside: string | undefined;
  /** A gesture was posted and its answer has not come: the timer that stops waiting for it. */
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const queued: (() => Gesture | undefined)[] = [];

  const sendNow = (gesture: Gesture) => {
    refused.hidden = true;
    inside = asked;
    asked = undefined;
    clearTimeout(waiting);
    waiting = setTimeout(next, ANSWER_WAIT_MS);
    send(gesture);
  };
  /** The answer came (or never will): the first waiting gesture that still has something to do goes. */
  function next(): void {
    clearTimeout(waiting);
    waiting = undefined;
    for (let make = queued.shift(); make; make = queued.shift()) {
      const gesture = make();
      if (gesture) return sendNow(gesture);
    }
  }

  // Once the person has gone elsewhere (the editor, to undo), a later redraw must not pull the
  // focus back into the preview: the slot to focus is forgotten when the preview loses it.
  window.addEventListener('blur', () => (focus = undefined));
  const focusSlot = () => {
    if (!focus) return;
    if (Date.now() > focus.until) focus = undefined;
    else {
      const slot = slotElement(root, focus.ref);
      ((focus.inside && slot?.querySelector<HTMLElement>(focus.inside)) || slot)?.focus({ preventScroll: false });
    }
  };
  return {
    root,
    post: sendNow,
    later(make) {
      if (waiting !== undefined) queued.push(make);
      else {
        const gesture = make();
        if (gesture) sendNow(gesture);
      }
    },
    announce(text) {
      // Emptied first, so that the same sentence twice is said twice.
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = text));
    },
    answer(message) {
      if (message.type === 'gestureRefused') {
        refused.textContent = message.message;
        refused.hidden = false;
        inside = undefined;
        // What was asked after a refused gesture counted on it: it is dropped, not made.
        queued.length = 0;
        clearTimeout(waiting);
        waiting = undefined;
        return;
      }
      this.announce(message.announce);
      const within = inside;
      inside = undefined;
      if (message.focus) {
        focus = { ref: message.focus, until: Date.now() + FOCUS_WAIT_MS, ...(within ? { inside: within } : {}) };
        focusSlot();
      }
      // The extension redraws the preview before it answers: the next gesture reads the new document.
      next();
    },
    redrawn: focusSlot,
    focusInside(selector) {
      asked = selector;
    },
  };
}
