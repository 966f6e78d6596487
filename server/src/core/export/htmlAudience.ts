/**
 * The markup of audiences and of the training sheet (FORMAT.md 7.3): the « équipe » badge on
 * team items (a word, not only a colour), the team form's banner, a day's materials
 * checklist, and the sheet that opens a training's export. User text goes through `esc`.
 */
import { trainingSheetRows, type SheetRow } from '../render/trainingSheetView';
import type { DayView, Labels, ProgrammeView } from '../render/viewModel';
import { esc, list } from './htmlParts';

/** The word that marks a team item, read by screen readers and kept in print. */
export function teamBadge(L: Labels): string {
  return `<span class="team-badge">${esc(L.teamBadge)}</span>`;
}

/** The team form says so first, so that it is not sent to participants by mistake. */
export function teamBanner(v: ProgrammeView): string {
  return v.form === 'team' ? `<p class="team-banner">${teamBadge(v.labels)} ${esc(v.labels.teamForm)}</p>` : '';
}

/** Every material of the day once, with the slots that need it. */
export function checklistHtml(day: DayView, L: Labels): string {
  if (!day.materials?.length) return '';
  const items = day.materials.map((m) => `<li><strong>${esc(m.material)}</strong> — ${esc(m.slots.join(' ; '))}</li>`).join('');
  return `<section class="checklist team-item"><h3>${esc(L.materialsChecklist)} ${teamBadge(L)}</h3><ul>${items}</ul></section>`;
}

/** The training sheet, in the order a training organisation publishes it. */
export function trainingSheetHtml(v: ProgrammeView): string {
  const rows = trainingSheetRows(v);
  if (!rows.length) return '';
  const body = (value: SheetRow['value']) => (Array.isArray(value) ? list(value) : esc(value));
  return `<section class="block training-sheet"><h2>${esc(v.labels.trainingSheet)}</h2><dl class="sheet">${rows.map((r) => `<dt>${esc(r.label)}</dt><dd>${body(r.value)}</dd>`).join('')}</dl></section>`;
}
