/**
 * The preview's editing controls (issue 19), written only in the preview's markup (never in
 * an export): each slot says where it is written (`data-day`, `data-index`), its times in
 * minutes, whether it is pinned and whether it follows the slot before it (a duration alone), can take the keyboard focus with an accessible name (its
 * time and title) and a description of its keys, has a menu button and a lower-edge resize
 * handle; a "+" stands before each slot and at the end of each day. The menus are `<template>`s
 * the webview clones (client/preview/slotEdit.ts); every word is in the programme's language.
 */
import type { EditLabels, ProgrammeView, SlotView, TrackView } from '../render/viewModel';
import { esc } from './htmlParts';

/** The id of the hidden sentence that describes a slot's keys (`aria-describedby`). */
export const SLOT_KEYS_ID = 'deroule-slot-keys';
/** The same for a group chip's keys. */
export const GROUP_KEYS_ID = 'deroule-group-keys';

const fill = (template: string, value: string) => template.replace('{0}', value);

/** « 09h00 – 09h30 Accueil »: what a screen reader says when a slot takes the focus. */
function slotName(s: SlotView): string {
  return s.startText ? `${s.startText} – ${s.endText} ${s.title}` : s.title;
}

/** The attributes that make a slot editable; empty for a slot a test built by hand (no place). */
export function slotAttributes(s: SlotView): string {
  if (s.day === undefined || s.index === undefined) return '';
  const times = s.start !== undefined && s.end !== undefined ? ` data-start="${s.start}" data-end="${s.end}"` : '';
  return ` data-day="${s.day}" data-index="${s.index}"${times}${s.pinned ? ' data-pinned=""' : ''}${s.follows ? ' data-follows=""' : ''}${s.team ? ' data-team=""' : ''} data-type="${esc(s.type)}" tabindex="0" role="group" aria-label="${esc(slotName(s))}" aria-describedby="${SLOT_KEYS_ID}"`;
}

/** The menu button and, for a timed slot that is not pinned, the resize handle (the keyboard resizes with Shift+Alt+↑/↓). */
export function slotControls(s: SlotView, L: EditLabels): string {
  if (s.day === undefined || s.index === undefined) return '';
  const menu = `<button type="button" class="slot-menu" aria-haspopup="menu" aria-label="${esc(fill(L.actions, s.title))}">⋯</button>`;
  const resizable = s.start !== undefined && s.end !== undefined && !s.pinned;
  return `${menu}${resizable ? `<div class="slot-resize" aria-hidden="true" title="${esc(fill(L.resize, s.title))}"></div>` : ''}`;
}

/** The "+" before the slot at `index` of day `day` (`before` absent: at the end of the day). */
export function insertButton(day: number, index: number, L: EditLabels, before?: SlotView): string {
  const name = before ? fill(L.insert, before.title) : L.insertAtEnd;
  return `<button type="button" class="slot-insert" data-day="${day}" data-index="${index}" aria-haspopup="menu" aria-label="${esc(name)}">+</button>`;
}

/** The timeline's slots with a "+" before each and one at the end of the day. */
export function withInsertButtons(day: number, slots: SlotView[], parts: string[], L: EditLabels): string {
  const out: string[] = [];
  parts.forEach((part, i) => {
    const slot = slots[i];
    if (slot?.index !== undefined) out.push(insertButton(day, slot.index, L, slot));
    out.push(part);
  });
  const last = slots[slots.length - 1];
  out.push(insertButton(day, last?.index !== undefined ? last.index + 1 : 0, L));
  return out.join('');
}

/** The hidden sentence describing the keys, and the two menus the webview clones. */
export function editTemplates(v: ProgrammeView): string {
  const L = v.labels.edit;
  const types = (action: string, role: string) =>
    (v.slotTypes ?? []).map((t) => `<button type="button" role="${role}" data-action="${action}" data-type="${esc(t.type)}">${esc(t.label)}</button>`).join('');
  const slotMenu = `<div class="gesture-menu" role="menu"><button type="button" role="menuitem" data-action="rename">${esc(L.rename)}</button><button type="button" role="menuitem" data-action="duplicate">${esc(L.duplicate)}</button><button type="button" role="menuitem" data-action="delete">${esc(L.delete)}</button><button type="button" role="menuitem" data-action="team">${esc(L.forTeam)}</button><button type="button" role="menuitem" data-action="public">${esc(L.forEveryone)}</button><div role="group" aria-label="${esc(L.changeType)}"><p class="gesture-menu-heading" aria-hidden="true">${esc(L.changeType)}</p>${types('setType', 'menuitemradio')}</div></div>`;
  const insertMenu = `<div class="gesture-menu" role="menu">${types('insert', 'menuitem')}</div>`;
  return `<p id="${SLOT_KEYS_ID}" class="visually-hidden">${esc(L.slotKeys)}</p><p id="${GROUP_KEYS_ID}" class="visually-hidden">${esc(L.groupKeys)}</p><template id="deroule-slot-menu">${slotMenu}</template><template id="deroule-insert-menu">${insertMenu}</template><template id="deroule-rename"><input type="text" class="slot-rename" aria-label="${esc(L.newTitle)}"></template>`;
}

/**
 * A track's place in its slot (`data-track`, where a dragged group chip drops) and its groups
 * as chips that can be dragged to another track or moved with Alt+←/→ (client/preview/groupDrag.ts);
 * undefined for a slot or track without the ids this needs (a view built by hand): the export's plain list then.
 */
export function trackEditing(s: SlotView, t: TrackView, track: number, L: EditLabels): { attributes: string; groups: string } | undefined {
  if (s.day === undefined || s.index === undefined || !t.groupIds) return undefined;
  const title = t.title || String(track + 1);
  const chips = t.groupIds.map((id, i) => {
    const name = t.groups[i] ?? id;
    // Replaced by functions: a `$&` in a name is text, not a replacement pattern.
    const label = L.groupChip.replace('{0}', () => name).replace('{1}', () => title);
    return `<span class="group-chip" data-group="${esc(id)}" tabindex="0" role="button" aria-label="${esc(label)}" aria-describedby="${GROUP_KEYS_ID}">${esc(name)}</span>`;
  });
  return { attributes: ` data-track="${track}"`, groups: chips.length ? `<div class="track-groups">${chips.join(' ')}</div>` : '' };
}
