/**
 * The markup of audiences and of the training sheet (FORMAT.md 7.3): the « équipe » badge on
 * team items (a word, not only a colour), the team form's banner, a day's materials
 * checklist, and the sheet that opens a training's export. User text goes through `esc`.
 */
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

type Row = [label: string, body: string];

/** The training sheet, in the order a training organisation publishes it. */
export function trainingSheetHtml(v: ProgrammeView): string {
  const sheet = v.sheet;
  if (!sheet) return '';
  const L = v.labels;
  const text = (value: string | number | undefined) => (value === undefined || value === '' ? '' : esc(value));
  const items = (values: string[]) => (values.length > 1 ? list(values) : text(values[0]));
  const rows: Row[] = [
    [L.objectives, items(v.objectives)],
    [L.audience, items(v.audience)],
    [L.places, text(v.participants)],
    [L.prerequisites, items(v.prerequisites)],
    [L.duration, text(sheet.durationText)],
    [v.days.length > 1 ? L.dates : L.date, text(v.datesText)],
    [L.location, text(v.location)],
    [L.price, text(sheet.priceText)],
    [L.access, text(sheet.access)],
    [L.contact, text(sheet.contactText)],
    [L.methods, items(sheet.methods)],
    [L.evaluation, items(v.evaluation)],
    [L.accessibility, text(v.accessibility)],
  ];
  const present = rows.filter(([, body]) => body !== '');
  if (!present.length) return '';
  return `<section class="block training-sheet"><h2>${esc(L.trainingSheet)}</h2><dl class="sheet">${present.map(([label, body]) => `<dt>${esc(label)}</dt><dd>${body}</dd>`).join('')}</dl></section>`;
}
