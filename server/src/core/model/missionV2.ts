/**
 * The mission keys of FORMAT.md 7.2: the team (`people`), workstreams, milestones, a
 * phase's `workstream` and `kind`, a deliverable's `owner`, `status` and `link`, and the
 * `pilot` / `owner` that name a person of the team. Enum values outside their list and
 * links that are not http(s) are left out (the schema reports them).
 */
import { entity, readEntities, readEnum, readRef, readRefs, readText, setIf, type Raw } from './read';
import {
  DELIVERABLE_STATUSES,
  MILESTONE_KINDS,
  PHASE_KINDS,
  WORKSTREAM_STATUSES,
  type Milestone,
  type MissionDeliverable,
  type MissionModel,
  type Path,
  type Person,
  type Phase,
  type Ref,
  type Value,
  type Workstream,
} from './types';

const MONTH = /^\d{4}-\d{2}$/;
/** http or https only: nothing else is ever rendered as a link (a `javascript:` URL, a file path). */
const WEB_LINK = /^https?:\/\/[^\s<>"]+$/i;


export function readPeople(data: Raw): Person[] {
  return readEntities(data.people, ['people']).map((p) => {
    const person: Person = entity(p);
    setIf(person, 'role', readText(p.raw, 'role', p.path));
    setIf(person, 'organisation', readText(p.raw, 'organisation', p.path));
    return person;
  });
}

export function readWorkstreams(data: Raw, refs: Ref[]): Workstream[] {
  return readEntities(data.workstreams, ['workstreams']).map((w) => {
    const stream: Workstream = { ...entity(w), territories: readRefs(w.raw.territories, 'territory', w.path, 'territories') };
    setIf(stream, 'lead', readRef(w.raw.lead, 'person', w.path, 'lead'));
    setIf(stream, 'status', readEnum(w.raw, 'status', w.path, WORKSTREAM_STATUSES));
    setIf(stream, 'method', readText(w.raw, 'method', w.path));
    setIf(stream, 'description', readText(w.raw, 'description', w.path));
    refs.push(...stream.territories);
    if (stream.lead) refs.push(stream.lead);
    return stream;
  });
}

export function readPhaseV2(phase: Phase, raw: Raw): void {
  setIf(phase, 'workstream', readRef(raw.workstream, 'workstream', phase.path, 'workstream'));
  setIf(phase, 'kind', readEnum(raw, 'kind', phase.path, PHASE_KINDS));
  if (typeof raw.start === 'string' && MONTH.test(raw.start)) phase.startIsMonth = true;
  if (typeof raw.end === 'string' && MONTH.test(raw.end)) phase.endIsMonth = true;
}

/** `readDay(value, path)` reads a date or a month as its first day, reporting a malformed one. */
export function readMilestones(data: Raw, refs: Ref[], readDay: (value: unknown, path: Path) => number | undefined): Milestone[] {
  return readEntities(data.milestones, ['milestones']).map((m) => {
    const milestone: Milestone = entity(m);
    const date = readText(m.raw, 'date', m.path);
    if (date) {
      milestone.date = date;
      const first = readDay(date.value, m.path.concat('date'));
      if (first !== undefined) {
        milestone.first = first;
        milestone.last = MONTH.test(date.value) ? lastDayOfMonth(first) : first;
      }
    }
    setIf(milestone, 'kind', readEnum(m.raw, 'kind', m.path, MILESTONE_KINDS));
    setIf(milestone, 'phase', readRef(m.raw.phase, 'phase', m.path, 'phase'));
    setIf(milestone, 'governance', readRef(m.raw.governance, 'governance', m.path, 'governance'));
    setIf(milestone, 'workstream', readRef(m.raw.workstream, 'workstream', m.path, 'workstream'));
    setIf(milestone, 'description', readText(m.raw, 'description', m.path));
    for (const ref of [milestone.phase, milestone.governance, milestone.workstream]) if (ref) refs.push(ref);
    return milestone;
  });
}

export function readDeliverableV2(deliverable: MissionDeliverable, raw: Raw): void {
  setIf(deliverable, 'owner', readText(raw, 'owner', deliverable.path));
  setIf(deliverable, 'status', readEnum(raw, 'status', deliverable.path, DELIVERABLE_STATUSES));
  const link = readText(raw, 'link', deliverable.path);
  if (link && WEB_LINK.test(link.value.trim())) deliverable.link = link;
}

/**
 * `pilot` and a deliverable's `owner` are references only when they equal a person id of
 * the team; otherwise they are free text (an organisation), never an unknown reference.
 */
export function resolveFreeRefs(model: MissionModel): void {
  const ids = new Set(model.people.map((p) => p.id));
  const asRef = (value: Value<string> | undefined, base: Path, key: string): Ref | undefined =>
    value && ids.has(value.value) ? readRef(value.value, 'person', base, key) : undefined;
  const pilot = asRef(model.pilot, [], 'pilot');
  if (pilot) {
    model.pilotRef = pilot;
    model.refs.push(pilot);
  }
  for (const d of model.deliverables) {
    const owner = asRef(d.owner, d.path, 'owner');
    if (owner) {
      d.ownerRef = owner;
      model.refs.push(owner);
    }
  }
}

function lastDayOfMonth(firstDay: number): number {
  const date = new Date(firstDay * 86_400_000);
  date.setUTCMonth(date.getUTCMonth() + 1, 0);
  return Math.round(date.getTime() / 86_400_000);
}
