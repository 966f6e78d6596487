/**
 * The mission Gantt, laid out (FORMAT.md 7.5): a time axis of whole months (years above,
 * months below), one row per workstream after a first row for what belongs to none, phases
 * as bars packed into as few lanes as do not overlap, milestones, deliverable dues and
 * linked programme days as points. Positions are percentages of the axis; the renderer only
 * draws them.
 */
import type { MissionView, PhaseView } from '../render/viewModel';
import { monthText } from '../render/words';

const DAY_MS = 86_400_000;

export interface AxisCell {
  label: string;
  /** Hover text: the month in words. */
  title: string;
  left: number;
  width: number;
  /** A January after the first month: the axis marks the new year. */
  yearStart?: boolean;
}

export interface GanttBar {
  phase: PhaseView;
  lane: number;
  left: number;
  width: number;
}

export interface GanttPoint<T> {
  item: T;
  left: number;
}

export interface GanttRow {
  /** A workstream's id; undefined for the first row. */
  id?: string;
  title: string;
  statusLabel?: string;
  status?: string;
  /** Source line of the workstream (click-to-reveal). */
  line?: number;
  lanes: number;
  bars: GanttBar[];
  milestones: GanttPoint<MissionView['milestones'][number]>[];
  dues: GanttPoint<MissionView['deliverables'][number]>[];
  days: GanttPoint<{ title: string; datesText: string; uri?: string; date: number }>[];
}

export interface GanttLayout {
  /** The axis: its first day and the day after its last (days since 1970-01-01). */
  from: number;
  to: number;
  years: AxisCell[];
  months: AxisCell[];
  rows: GanttRow[];
}

function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
}

function nextMonth(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Undefined when nothing of the mission is dated. */
export function ganttLayout(v: MissionView): GanttLayout | undefined {
  const dated = [
    v.periodStart,
    v.periodEnd,
    ...v.phases.flatMap((p) => [p.start, p.end, ...p.programmes.flatMap((x) => x.dates)]),
    ...v.milestones.flatMap((m) => [m.first, m.last]),
    ...v.deliverables.map((d) => d.due),
  ].filter((d): d is number => d !== undefined);
  if (!dated.length) return undefined;
  const from = monthStart(Math.min(...dated));
  const to = nextMonth(Math.max(...dated)); // exclusive: the axis ends with a whole month
  const span = to - from;
  const pct = (day: number) => round(((day - from) / span) * 100);

  const months: AxisCell[] = [];
  const years: AxisCell[] = [];
  const count = Math.round(span / 30.44);
  for (let m = from; m < to; m = nextMonth(m)) {
    const date = new Date(m * DAY_MS);
    const month = date.getUTCMonth();
    // Every month is drawn; on a long mission only quarters (or Januaries) are named.
    const named = count <= 18 || (count <= 48 ? month % 3 === 0 : month === 0);
    months.push({ label: named ? v.labels.shortMonths[month]! : '', title: monthText(m, v.language), left: pct(m), width: round(pct(nextMonth(m)) - pct(m)), ...(month === 0 && m > from ? { yearStart: true } : {}) });
    const year = String(date.getUTCFullYear()).padStart(4, '0');
    const last = years[years.length - 1];
    if (last?.label === year) last.width = round(pct(nextMonth(m)) - last.left);
    else years.push({ label: year, title: year, left: pct(m), width: round(pct(nextMonth(m)) - pct(m)) });
  }

  const first: GanttRow = { title: v.labels.wholeMission, lanes: 0, bars: [], milestones: [], dues: [], days: [] };
  const rows = new Map<string, GanttRow>();
  for (const w of v.workstreams) {
    if (!rows.has(w.id)) rows.set(w.id, { id: w.id, title: w.title, status: w.status, statusLabel: w.statusLabel, line: w.line, lanes: 0, bars: [], milestones: [], dues: [], days: [] });
  }
  const rowOf = (workstream: string | undefined) => (workstream !== undefined ? rows.get(workstream) : undefined) ?? first;

  for (const phase of v.phases) {
    const row = rowOf(phase.workstream);
    if (phase.start !== undefined || phase.end !== undefined) {
      const s = phase.start ?? from;
      const e = (phase.end ?? to - 1) + 1;
      row.bars.push({ phase, lane: 0, left: pct(s), width: round(pct(Math.max(e, s + 1)) - pct(s)) });
    }
    for (const programme of phase.programmes) {
      for (const date of programme.dates) row.days.push({ item: { title: programme.title, datesText: programme.datesText, date, ...(programme.uri ? { uri: programme.uri } : {}) }, left: pct(date + 0.5) });
    }
  }
  for (const m of v.milestones) {
    if (m.first === undefined || m.last === undefined) continue;
    rowOf(m.workstream).milestones.push({ item: m, left: pct((m.first + m.last + 1) / 2) });
  }
  for (const d of v.deliverables) if (d.due !== undefined) rowOf(d.workstream).dues.push({ item: d, left: pct(d.due + 0.5) });

  const all = [first, ...rows.values()];
  for (const row of all) row.lanes = pack(row.bars);
  // The first row only when something is on it, or when there is no workstream at all.
  return { from, to, years, months, rows: all.filter((r) => r !== first || rows.size === 0 || r.bars.length + r.milestones.length + r.dues.length + r.days.length > 0) };
}

/** Greedy lanes: each bar, in order of start, goes to the first lane it does not overlap. */
function pack(bars: GanttBar[]): number {
  const ends: number[] = [];
  for (const bar of [...bars].sort((a, b) => a.left - b.left)) {
    const lane = ends.findIndex((end) => end <= bar.left + 0.001);
    bar.lane = lane === -1 ? ends.length : lane;
    ends[bar.lane] = bar.left + bar.width;
  }
  return ends.length;
}
