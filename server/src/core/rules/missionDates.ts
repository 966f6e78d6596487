/**
 * The dates of a mission that `date-outside-period` and `date-outside-phase` judge: each
 * milestone's `date` and each deliverable's `due`, as the span of days they cover (a month
 * counts as all its days), and which of them fall outside the phase they belong to.
 *
 * A date is outside a span only when none of its days is inside: a deliverable due
 * `2017-12` in a period that ends `2017-12` (or `2017-12-15`) is fine.
 */
import type { Milestone, MissionDeliverable, MissionModel, Path, Phase } from '../model/types';
import { formatDate, parseMonthOrDate } from '../time';

export interface MissionDate {
  kind: 'milestone' | 'deliverable';
  id: string;
  /** The path of the date value (`date` or `due`). */
  path: Path;
  first: number;
  last: number;
}

export type Side = 'before' | 'after';

/** `before` when the whole span ends before `start`, `after` when it starts after `end`. */
export function sideOutside(date: MissionDate, start: number | undefined, end: number | undefined): Side | undefined {
  if (start !== undefined && date.last < start) return 'before';
  if (end !== undefined && date.first > end) return 'after';
  return undefined;
}

export function milestoneDate(m: Milestone): MissionDate | undefined {
  if (!m.date || m.first === undefined || m.last === undefined) return undefined;
  return { kind: 'milestone', id: m.id, path: m.date.path, first: m.first, last: m.last };
}

export function dueDate(d: MissionDeliverable): MissionDate | undefined {
  if (!d.due || d.dueDay === undefined) return undefined;
  const first = parseMonthOrDate(d.due.value, 'start');
  if (first === undefined) return undefined;
  return { kind: 'deliverable', id: d.id, path: d.due.path, first, last: d.dueDay };
}

/** Every dated milestone and deliverable of the mission, milestones first. */
export function missionDates(model: MissionModel): MissionDate[] {
  const out: MissionDate[] = [];
  for (const m of model.milestones) {
    const date = milestoneDate(m);
    if (date) out.push(date);
  }
  for (const d of model.deliverables) {
    const date = dueDate(d);
    if (date) out.push(date);
  }
  return out;
}

export interface PhaseFinding {
  date: MissionDate;
  phase: Phase;
  side: Side;
}

const findingsOf = new WeakMap<MissionModel, PhaseFinding[]>();

/**
 * The milestones naming a `phase`, and the deliverables listed in phases' `deliverables`,
 * dated outside that phase. A deliverable listed by several phases is fine inside any of
 * them; otherwise it is judged against the last phase that lists it.
 */
export function phaseFindings(model: MissionModel): PhaseFinding[] {
  let findings = findingsOf.get(model);
  if (findings) return findings;
  findings = [];
  const phaseById = new Map<string, Phase>();
  for (const p of model.phases) if (!phaseById.has(p.id)) phaseById.set(p.id, p);
  const dated = (p: Phase | undefined): p is Phase => p !== undefined && (p.start !== undefined || p.end !== undefined) && !reversed(p);
  for (const m of model.milestones) {
    const phase = m.phase ? phaseById.get(m.phase.id) : undefined;
    const date = milestoneDate(m);
    if (!date || !dated(phase)) continue;
    const side = sideOutside(date, phase.start, phase.end);
    if (side) findings.push({ date, phase, side });
  }
  const listedBy = new Map<string, Phase[]>();
  for (const p of model.phases) {
    if (!dated(p)) continue;
    for (const ref of p.deliverables) {
      const list = listedBy.get(ref.id);
      if (list) {
        if (!list.includes(p)) list.push(p);
      } else listedBy.set(ref.id, [p]);
    }
  }
  for (const d of model.deliverables) {
    const phases = listedBy.get(d.id);
    const date = phases && dueDate(d);
    if (!phases || !date) continue;
    if (phases.some((p) => sideOutside(date, p.start, p.end) === undefined)) continue;
    const phase = phases[phases.length - 1]!;
    findings.push({ date, phase, side: sideOutside(date, phase.start, phase.end)! });
  }
  findingsOf.set(model, findings);
  return findings;
}

/** A phase that ends before it starts is `phase-order`'s; nothing is judged against it. */
function reversed(p: Phase): boolean {
  return p.start !== undefined && p.end !== undefined && p.end < p.start;
}

/** A phase's end as it is written: `2016-06` for a month, `2016-06-15` for a date. */
export function phaseEndText(phase: Phase): string | undefined {
  if (phase.end === undefined) return undefined;
  const date = formatDate(phase.end);
  return phase.endIsMonth ? date.slice(0, 7) : date;
}
