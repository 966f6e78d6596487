/**
 * The preview webview: receives rendered markup from the extension and updates the page in
 * place (only the sections that changed), keeping the scroll position; clicking a slot, a
 * phase, or a bar, diamond or mark of the mission Gantt asks the editor to reveal its
 * source. Runs under a strict CSP (scripts by nonce).
 */
import type { FromPreview, ToPreview } from '../../common/previewMessages';
import { installGanttDrag } from './ganttDrag';
import { gestureContext } from './gestureContext';
import { installGroupDrag } from './groupDrag';
import { installSlotDrag } from './slotDrag';
import { installSlotEdit } from './slotEdit';
import { installSlotKeys } from './slotKeys';
import { installSlotResize } from './slotResize';

declare function acquireVsCodeApi(): { postMessage(message: FromPreview): void; setState(s: unknown): void; getState(): unknown };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
let current: { uri: string; version: number | undefined } | undefined;
// Editing the programme from the preview (issue 19): each gesture is posted for the version shown.
const gestures = gestureContext(root, (gesture) => current && vscode.postMessage({ type: 'gesture', uri: current.uri, version: current.version, gesture }));
installSlotDrag(gestures);
installSlotResize(gestures);
installSlotEdit(gestures);
installSlotKeys(gestures);
installGroupDrag(gestures);

window.addEventListener('message', (event: MessageEvent<ToPreview>) => {
  const message = event.data;
  switch (message.type) {
    case 'update':
      // A message about an older version of the same document arrives late: ignore it.
      if (current && current.uri === message.uri && message.version !== undefined && current.version !== undefined && message.version < current.version) return;
      if (current?.uri !== message.uri) root.innerHTML = '';
      current = { uri: message.uri, version: message.version };
      patch(root, message.html);
      gestures.redrawn();
      break;
    case 'gestureDone':
    case 'gestureRefused':
      if (message.uri === current?.uri) gestures.answer(message);
      break;
    case 'highlight':
      if (message.uri === current?.uri) highlight(message.line);
      break;
    case 'scrollTo':
      if (message.uri === current?.uri) elementForLine(message.line)?.scrollIntoView({ block: 'start' });
      break;
  }
});

/** Replaces only the children whose markup changed, so the page does not flicker or jump. */
function patch(target: Element, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const next = template.content.firstElementChild;
  const existing = target.firstElementChild;
  if (!next) {
    target.innerHTML = '';
    return;
  }
  if (!existing || existing.tagName !== next.tagName || existing.className !== next.className || existing.getAttribute('lang') !== next.getAttribute('lang')) {
    target.replaceChildren(next);
    return;
  }
  const oldChildren = Array.from(existing.children);
  const newChildren = Array.from(next.children);
  newChildren.forEach((child, i) => {
    const old = oldChildren[i];
    if (!old) existing.appendChild(child);
    else if (old.outerHTML !== child.outerHTML) existing.replaceChild(child, old);
  });
  for (let i = newChildren.length; i < oldChildren.length; i++) oldChildren[i]!.remove();
}

/**
 * The last section, slot or item that starts at or before `line` (document order follows
 * lines). The mission Gantt is left out: its rows group items by workstream, not by line.
 */
function elementForLine(line: number): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-line]'))) if (!el.closest('.gantt') && Number(el.dataset.line) <= line) best = el;
  return best;
}

function highlight(line: number): void {
  document.querySelectorAll('.highlight').forEach((el) => el.classList.remove('highlight'));
  const el = Array.from(document.querySelectorAll<HTMLElement>('.slot[data-line]')).find((s) => Number(s.dataset.line) <= line && line <= Number(s.dataset.endLine));
  if (!el) return;
  el.classList.add('highlight');
  const r = el.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView({ block: 'nearest' });
}

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const open = target.closest<HTMLElement>('[data-open]');
  if (open?.dataset.open) {
    vscode.postMessage({ type: 'open', uri: open.dataset.open });
    return;
  }
  // A deliverable's link opens the address (VS Code asks first); it does not also move the editor.
  if (target.closest('a[href]')) return;
  // A bar, diamond or due mark of the Gantt, a slot, a phase, a milestone: its source.
  const located = target.closest<HTMLElement>('[data-line]');
  if (located && current) vscode.postMessage({ type: 'reveal', uri: current.uri, line: Number(located.dataset.line) });
});

installGanttDrag(gestures);
vscode.postMessage({ type: 'ready' });
