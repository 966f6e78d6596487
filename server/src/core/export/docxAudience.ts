/**
 * The Word pieces of audiences and of the training sheet (FORMAT.md 7.3): the « équipe »
 * mark on team items (a bold word, not only a colour), the team form's banner, a day's
 * materials checklist, and the sheet that opens a training's export.
 */
import { Paragraph, TextRun } from 'docx';
import { trainingSheetRows } from '../render/trainingSheetView';
import type { DayView, Labels, ProgrammeView } from '../render/viewModel';
import { bulletOptions, bullets, heading, labelled, para, runs } from './docxBlocks';
import { S } from './docxStyles';

const TEAM_COLOUR = '5B2D86';

/** `[ÉQUIPE] ` before a team item. */
export function teamMark(L: Labels): TextRun[] {
  return [...runs(`[${L.teamBadge.toLocaleUpperCase()}]`, { bold: true, color: TEAM_COLOUR }), ...runs(' ')];
}

export function teamBanner(v: ProgrammeView): Paragraph[] {
  return v.form === 'team' ? [para([...teamMark(v.labels), ...runs(v.labels.teamForm)], { style: S.notes })] : [];
}

/** Every material of the day once, with the slots that need it. */
export function checklist(v: ProgrammeView, day: DayView): Paragraph[] {
  if (!day.materials?.length) return [];
  const L = v.labels;
  return [
    para([...teamMark(L), ...runs(L.materialsChecklist)], { style: S.meta, keepNext: true }),
    ...day.materials.map((m, i) =>
      para([...runs(m.material, { bold: true }), ...runs(` — ${m.slots.join(' ; ')}`)], { ...bulletOptions(false), ...(i < day.materials!.length - 1 ? { keepNext: true } : {}) }),
    ),
  ];
}

/** The training sheet, in the order a training organisation publishes it: a label and its value, lists as bullets. */
export function trainingSheet(v: ProgrammeView): Paragraph[] {
  const rows = trainingSheetRows(v);
  if (!rows.length) return [];
  const out: Paragraph[] = [heading(v.labels.trainingSheet)];
  for (const { label, value } of rows) {
    if (Array.isArray(value)) out.push(labelled(label, [], v, S.meta, true), ...bullets(value));
    else out.push(labelled(label, runs(value), v));
  }
  return out;
}
