/**
 * The mission Gantt in HTML and CSS only (the preview runs under a strict CSP, the export
 * loads nothing): the axis (years, then months named in words on hover), a row per
 * workstream with its status, phases as labelled bars, milestones as diamonds, deliverable
 * dues as triangles, linked programme days as ticks, each with a hover text (`title`), and a
 * legend. Every bar, diamond and triangle carries the source line of what it draws
 * (`data-line`): in the preview a click reveals it.
 *
 * In the preview only (issue 19), bars and diamonds can be dragged (client/preview/ganttDrag.ts):
 * the Gantt carries its axis in days (`data-from`, `data-span`), each bar its phase's index
 * and bounds as written (`data-phase`, `data-start`, `data-end`, a month or a date) with a
 * handle on each edge, each diamond its milestone's index and date (`data-milestone`,
 * `data-date`); they take the keyboard focus. Exports carry none of it.
 */
import type { MilestoneView, MissionView, PhaseView } from '../render/viewModel';
import { formatDate } from '../time';
import { ganttLayout, type GanttRow } from './ganttLayout';
import { colon, esc, type HtmlOptions } from './htmlParts';

/** Heights in em of the track's font size: the strip of points, then one lane per overlapping phase. */
const POINTS = 1.4;
const LANE = 1.7;

export function ganttHtml(v: MissionView, options: HtmlOptions): string {
  const layout = ganttLayout(v);
  if (!layout) return '';
  const L = v.labels;
  const c = colon(v.language);
  const at = (left: number, width?: number) => `left:${left}%${width === undefined ? '' : `;width:${width}%`}`;
  const ticks = layout.months.map((m) => `<span class="g-tick${m.yearStart ? ' g-year-start' : ''}" style="${at(m.left)}"></span>`).join('');
  const axis = `<div class="g-row g-axis"><div class="g-label"></div><div class="g-track"><div class="g-years">${layout.years
    .map((y) => `<span class="g-year" style="${at(y.left, y.width)}">${esc(y.label)}</span>`)
    .join('')}</div><div class="g-months">${layout.months.map((m) => `<span class="g-month" style="${at(m.left, m.width)}" title="${esc(m.title)}">${esc(m.label)}</span>`).join('')}</div></div></div>`;

  const row = (r: GanttRow) => {
    const height = POINTS + Math.max(r.lanes, 1) * LANE;
    const bars = r.bars.map(({ phase, lane, left, width }) => {
      const hover = `${L.phase}${c}${phase.title} — ${phase.datesText}${phase.kindLabel ? ` (${phase.kindLabel})` : ''}`;
      const drag = options.preview ? phaseDrag(phase, hover) : { attributes: '', edges: '' };
      return `<span class="g-bar kind-${esc(phase.kind)}" style="${at(left, width)};top:${(POINTS + lane * LANE).toFixed(1)}em" title="${esc(hover)}" data-line="${phase.line}"${drag.attributes}>${esc(phase.title)}${drag.edges}</span>`;
    });
    const milestones = r.milestones.map(({ item: m, left }) => {
      const hover = [`${L.milestone}${c}${m.title}`, m.dateText, m.kindLabel, m.governance].filter(Boolean).join(' — ');
      const drag = options.preview ? milestoneDrag(m, hover) : '';
      return `<span class="g-milestone kind-${esc(m.kind ?? 'other')}" style="${at(left)}" title="${esc(hover)}" data-line="${m.line}"${drag}></span>`;
    });
    const dues = r.dues.map(({ item: d, left }) => {
      const hover = [`${L.deliverableDue}${c}${d.title}`, d.dueText, d.owner, d.statusLabel].filter(Boolean).join(' — ');
      return `<span class="g-due" style="${at(left)}" title="${esc(hover)}" data-line="${d.line}"></span>`;
    });
    const days = r.days.map(({ item, left }) => {
      const opens = options.preview && item.uri !== undefined;
      return `<span class="marker${opens ? ' link' : ''}" style="${at(left)}" title="${esc(`${L.programmeDay}${c}${item.title} — ${item.datesText}`)}"${opens ? ` data-open="${esc(item.uri)}"` : ''}></span>`;
    });
    const status = r.statusLabel ? ` <span class="g-status status-${esc(r.status)}">${esc(r.statusLabel)}</span>` : '';
    return `<div class="g-row${r.id === undefined ? ' g-first' : ''}"><div class="g-label"${r.line !== undefined ? ` data-line="${r.line}"` : ''}><strong>${esc(r.title)}</strong>${status}</div><div class="g-track" style="height:${height.toFixed(1)}em">${ticks}${bars.join('')}${days.join('')}${dues.join('')}${milestones.join('')}</div></div>`;
  };

  const has = (pick: (r: GanttRow) => unknown[]) => layout.rows.some((r) => pick(r).length > 0);
  const keys = [
    has((r) => r.bars) ? `<span class="g-key"><span class="g-key-bar"></span>${esc(L.phase)}</span>` : '',
    has((r) => r.milestones) ? `<span class="g-key"><span class="g-key-milestone"></span>${esc(L.milestone)}</span>` : '',
    has((r) => r.dues) ? `<span class="g-key"><span class="g-key-due"></span>${esc(L.deliverableDue)}</span>` : '',
    has((r) => r.days) ? `<span class="g-key"><span class="g-key-day"></span>${esc(L.programmeDay)}</span>` : '',
  ].join('');
  const legend = keys ? `<div class="g-legend"><strong>${esc(L.legend)}</strong>${keys}</div>` : '';
  const axisDays = options.preview ? ` data-from="${layout.from}" data-span="${layout.to - layout.from}"` : '';
  return `<div class="gantt${options.preview ? ' preview' : ''}"${axisDays}>${axis}${layout.rows.map(row).join('')}${legend}</div>`;
}

/** A day written as the value was: a month (`2021-09`) or a date (`2021-09-14`). */
const written = (day: number, asMonth: boolean | undefined) => (asMonth ? formatDate(day).slice(0, 7) : formatDate(day));
const KEYS = 'Alt+ArrowLeft Alt+ArrowRight Shift+Alt+ArrowLeft Shift+Alt+ArrowRight';

/** What the preview's drag of a phase bar needs; nothing for a phase without a dated bound. */
function phaseDrag(phase: PhaseView, hover: string): { attributes: string; edges: string } {
  if (phase.index === undefined || (phase.start === undefined && phase.end === undefined)) return { attributes: '', edges: '' };
  const start = phase.start !== undefined ? ` data-start="${written(phase.start, phase.startIsMonth)}"` : '';
  const end = phase.end !== undefined ? ` data-end="${written(phase.end, phase.endIsMonth)}"` : '';
  const edges = `${phase.start !== undefined ? '<span class="g-edge g-edge-start" data-edge="start"></span>' : ''}${phase.end !== undefined ? '<span class="g-edge g-edge-end" data-edge="end"></span>' : ''}`;
  return { attributes: ` data-phase="${phase.index}"${start}${end} tabindex="0" role="button" aria-label="${esc(hover)}" aria-keyshortcuts="${KEYS}"`, edges };
}

function milestoneDrag(m: MilestoneView, hover: string): string {
  if (m.index === undefined || m.first === undefined) return '';
  return ` data-milestone="${m.index}" data-date="${written(m.first, m.isMonth)}" tabindex="0" role="button" aria-label="${esc(hover)}" aria-keyshortcuts="${KEYS}"`;
}
