/**
 * Editing a slot in place (issue 19): a double-click on its title (or Enter, slotKeys.ts)
 * turns it into a text field — Enter renames, Escape cancels; its menu button opens its menu
 * (rename, duplicate, delete, for the team or for everyone, change the type); a "+" opens the
 * list of types and inserts a slot of that type there. The menus are the markup's
 * `<template>`s, in the programme's language; the arrow keys move in a menu, Escape closes it
 * and gives the focus back to its button.
 */
import type { Gesture } from '../../common/protocol';
import { slotOf, slotRef, type GestureContext } from './gestureContext';

let openMenu: { menu: HTMLElement; opener: HTMLElement } | undefined;

/** How long a click on a title waits for a second one before it reveals the source. */
const DOUBLE_CLICK_MS = 350;

export function installSlotEdit(ctx: GestureContext): void {
  // A click on a title reveals its source only once it is not the start of a double-click:
  // revealing moves the focus to the editor, which would take the rename field's keys.
  let pendingReveal: ReturnType<typeof setTimeout> | undefined;
  ctx.root.addEventListener(
    'click',
    (e) => {
      const title = (e.target as Element).closest('.title strong');
      if (!e.isTrusted || !slotOf(title) || title!.querySelector('input')) return;
      e.stopPropagation();
      clearTimeout(pendingReveal);
      const target = title!.parentElement!;
      pendingReveal = setTimeout(() => target.dispatchEvent(new MouseEvent('click', { bubbles: true })), DOUBLE_CLICK_MS);
    },
    true,
  );
  ctx.root.addEventListener('dblclick', (e) => {
    const title = (e.target as Element).closest('.title strong');
    const slot = slotOf(title);
    if (!slot) return;
    clearTimeout(pendingReveal);
    startRename(ctx, slot);
  });
  ctx.root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('.slot-menu, .slot-insert');
    if (!button) return;
    // The menu's button is not a click on the slot: the editor does not move.
    e.stopPropagation();
    if (openMenu?.opener === button) return closeMenu(true);
    if (button.classList.contains('slot-menu')) openSlotMenu(ctx, button, slotOf(button)!);
    else openInsertMenu(ctx, button);
  });
  document.addEventListener('pointerdown', (e) => {
    if (openMenu && !openMenu.menu.contains(e.target as Node) && e.target !== openMenu.opener) closeMenu(false);
  });
  window.addEventListener('blur', () => closeMenu(false));
}

/** The title becomes a text field; Enter posts a `rename` (when the title changed), Escape or an empty title cancels. */
export function startRename(ctx: GestureContext, slot: HTMLElement): void {
  const strong = slot.querySelector<HTMLElement>('.title strong');
  const template = ctx.root.querySelector<HTMLTemplateElement>('#deroule-rename');
  if (!strong || !template || strong.querySelector('input')) return;
  const title = strong.textContent ?? '';
  const input = (template.content.firstElementChild as HTMLInputElement).cloneNode(true) as HTMLInputElement;
  input.value = title;
  strong.replaceChildren(input);
  input.focus();
  input.select();
  let done = false;
  const finish = (commit: boolean) => {
    if (done) return;
    done = true;
    const next = input.value.trim();
    // The title the document has until the preview redraws from it.
    strong.replaceChildren(title);
    slot.focus();
    if (commit && next && next !== title) ctx.post({ kind: 'rename', slot: slotRef(slot), title: next });
  };
  input.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
  });
  // Leaving the field for another place of the preview renames; the window losing the focus
  // (the editor taking it) does not end the rename.
  input.addEventListener('blur', () => setTimeout(() => document.hasFocus() && finish(true), 0));
  // A click in the field is not a click on the slot, nor the start of a drag.
  for (const type of ['click', 'pointerdown', 'dblclick']) input.addEventListener(type, (e) => e.stopPropagation());
}

function openSlotMenu(ctx: GestureContext, button: HTMLElement, slot: HTMLElement): void {
  const menu = showMenu(ctx, button, '#deroule-slot-menu');
  if (!menu) return;
  const ref = slotRef(slot);
  const team = slot.hasAttribute('data-team');
  menu.querySelector<HTMLElement>(team ? '[data-action="team"]' : '[data-action="public"]')?.remove();
  for (const item of Array.from(menu.querySelectorAll<HTMLElement>('[data-action="setType"]'))) item.setAttribute('aria-checked', String(item.dataset.type === slot.dataset.type));
  menu.addEventListener('click', (e) => {
    const item = (e.target as Element).closest<HTMLElement>('[data-action]');
    if (!item) return;
    const action = item.dataset.action;
    closeMenu(action !== 'rename');
    const gesture: Gesture | undefined =
      action === 'duplicate' || action === 'delete'
        ? { kind: action, slot: ref }
        : action === 'team' || action === 'public'
          ? { kind: 'setVisibility', slot: ref, visibility: action }
          : action === 'setType' && item.dataset.type && item.dataset.type !== slot.dataset.type
            ? { kind: 'setType', slot: ref, type: item.dataset.type }
            : undefined;
    if (action === 'rename') startRename(ctx, slot);
    else if (gesture) ctx.post(gesture);
  });
}

function openInsertMenu(ctx: GestureContext, button: HTMLElement): void {
  const menu = showMenu(ctx, button, '#deroule-insert-menu');
  const at = { day: Number(button.dataset.day), index: Number(button.dataset.index) };
  menu?.addEventListener('click', (e) => {
    const item = (e.target as Element).closest<HTMLElement>('[data-action="insert"]');
    if (!item?.dataset.type) return;
    closeMenu(true);
    ctx.post({ kind: 'insert', at, type: item.dataset.type });
  });
}

/** A copy of the menu `template` under its button, its first item focused; the arrow keys move between items. */
function showMenu(ctx: GestureContext, opener: HTMLElement, template: string): HTMLElement | undefined {
  closeMenu(false);
  const source = ctx.root.querySelector<HTMLTemplateElement>(template)?.content.firstElementChild;
  if (!source) return undefined;
  const menu = source.cloneNode(true) as HTMLElement;
  const box = opener.getBoundingClientRect();
  document.body.append(menu);
  // Under the button, kept inside the window.
  const left = Math.max(4, Math.min(box.right - menu.offsetWidth, window.innerWidth - menu.offsetWidth - 4));
  const top = box.bottom + menu.offsetHeight + 4 < window.innerHeight ? box.bottom + 2 : Math.max(4, box.top - menu.offsetHeight - 2);
  menu.style.left = `${left}px`;
  menu.style.top = `${top}px`;
  opener.setAttribute('aria-expanded', 'true');
  openMenu = { menu, opener };
  const items = () => Array.from(menu.querySelectorAll<HTMLElement>('button'));
  menu.addEventListener('keydown', (e) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') all[(at + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
    else if (e.key === 'Home') all[0]?.focus();
    else if (e.key === 'End') all[all.length - 1]?.focus();
    else if (e.key === 'Escape') closeMenu(true);
    else if (e.key === 'Tab') closeMenu(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  items()[0]?.focus();
  return menu;
}

function closeMenu(refocus: boolean): void {
  if (!openMenu) return;
  const { menu, opener } = openMenu;
  openMenu = undefined;
  menu.remove();
  opener.removeAttribute('aria-expanded');
  if (refocus) opener.focus();
}
