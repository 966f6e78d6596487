/**
 * Builds the mission model: its header, team, period, territories, workstreams, governance,
 * phases with their linked programmes, milestones, deliverables and indicators (FORMAT.md 4
 * and 7.2). The v2 parts are read in missionV2.ts.
 */
import { parseMonthOrDate } from '../time';
import { MAX_POPULATION } from '../limits';
import { dateMessage } from './dateMessage';
import { ID_PATTERN } from './types';
import { asArray, asObject, asString, entity, readCount, readEntities, readNumber, readRefs, readText, readTexts, setIf, type Raw } from './read';
import { readDeliverableV2, readMilestones, readPeople, readPhaseV2, readWorkstreams, resolveFreeRefs } from './missionV2';
import type { GovernanceBody, Indicator, MissionDeliverable, MissionModel, Path, Phase, Territory, TimeIssue } from './types';

const ROOT: Path = [];

export function buildMission(data: Raw): MissionModel {
  const timeIssues: TimeIssue[] = [];
  const model: MissionModel = {
    kind: 'mission',
    people: [],
    territories: [],
    workstreams: [],
    phases: [],
    milestones: [],
    governance: [],
    deliverables: [],
    indicators: [],
    refs: [],
    timeIssues,
  };
  const title = asString(data.title);
  if (title !== undefined) model.title = title;
  const scheme = asString(data.scheme);
  if (scheme !== undefined) model.scheme = scheme;
  setIf(model, 'client', readText(data, 'client', ROOT));
  setIf(model, 'partners', readTexts(data, 'partners', ROOT));
  setIf(model, 'pilot', readText(data, 'pilot', ROOT));
  setIf(model, 'contact', readText(data, 'contact', ROOT));
  setIf(model, 'themes', readTexts(data, 'themes', ROOT));
  setIf(model, 'needs', readTexts(data, 'needs', ROOT));
  setIf(model, 'response', readText(data, 'response', ROOT));
  setIf(model, 'context', readText(data, 'context', ROOT));
  setIf(model, 'funding', readText(data, 'funding', ROOT));
  model.people = readPeople(data);
  asArray(data.territories).forEach((item, i) => {
    const raw = asObject(item);
    const path = ['territories', i];
    const name = raw && readText(raw, 'name', path);
    if (!raw || !name) return;
    const territory: Territory = { path, name };
    if (typeof raw.id === 'string' && ID_PATTERN.test(raw.id)) {
      territory.id = raw.id;
      territory.idPath = path.concat('id');
    }
    setIf(territory, 'kind', readText(raw, 'kind', path));
    setIf(territory, 'population', readCount(raw, 'population', path, MAX_POPULATION));
    model.territories.push(territory);
  });
  for (const g of readEntities(data.governance, ['governance'])) {
    const body: GovernanceBody = entity(g);
    setIf(body, 'members', readTexts(g.raw, 'members', g.path));
    model.governance.push(body);
  }

  const period = asObject(data.period);
  if (period) {
    model.period = { path: ['period'] };
    const start = readMonthOrDate(period.start, ['period', 'start'], 'start', timeIssues);
    const end = readMonthOrDate(period.end, ['period', 'end'], 'end', timeIssues);
    if (start !== undefined && end !== undefined && end < start) {
      // A reversed period is the cause; phases are not judged against it.
      timeIssues.push({ code: 'time-order', path: ['period', 'end'], message: { key: 'periodReversed', start: period.start as string, end: period.end as string } });
    } else {
      if (start !== undefined) model.period.start = start;
      if (end !== undefined) model.period.end = end;
    }
  }
  for (const d of readEntities(data.deliverables, ['deliverables'])) {
    const deliverable: MissionDeliverable = entity(d);
    const dueDay = readMonthOrDate(d.raw.due, d.path.concat('due'), 'end', timeIssues);
    if (dueDay !== undefined) deliverable.dueDay = dueDay;
    setIf(deliverable, 'due', readText(d.raw, 'due', d.path));
    setIf(deliverable, 'description', readText(d.raw, 'description', d.path));
    readDeliverableV2(deliverable, d.raw);
    model.deliverables.push(deliverable);
  }
  for (const p of readEntities(data.phases, ['phases'])) {
    const phase: Phase = {
      id: p.id,
      idPath: p.idPath,
      path: p.path,
      startPath: p.path.concat('start'),
      endPath: p.path.concat('end'),
      programmes: [],
      deliverables: readRefs(p.raw.deliverables, 'deliverable', p.path, 'deliverables'),
      governance: readRefs(p.raw.governance, 'governance', p.path, 'governance'),
    };
    if (p.title !== undefined) phase.title = p.title;
    setIf(phase, 'description', readText(p.raw, 'description', p.path));
    const start = readMonthOrDate(p.raw.start, phase.startPath, 'start', timeIssues);
    const end = readMonthOrDate(p.raw.end, phase.endPath, 'end', timeIssues);
    if (start !== undefined) phase.start = start;
    if (end !== undefined) phase.end = end;
    readPhaseV2(phase, p.raw);
    asArray(p.raw.programmes).forEach((value, i) => {
      if (typeof value === 'string' && value.trim() !== '') phase.programmes.push({ path: value, valuePath: p.path.concat('programmes', i) });
    });
    model.refs.push(...phase.deliverables, ...phase.governance);
    if (phase.workstream) model.refs.push(phase.workstream);
    model.phases.push(phase);
  }
  model.workstreams = readWorkstreams(data, model.refs);
  model.milestones = readMilestones(data, model.refs, (value, path) => readMonthOrDate(value, path, 'start', timeIssues));
  resolveFreeRefs(model);
  asArray(data.indicators).forEach((item, i) => {
    const raw = asObject(item);
    const path = ['indicators', i];
    const label = raw && readText(raw, 'label', path);
    if (!raw || !label) return;
    const indicator: Indicator = { path, label };
    setIf(indicator, 'value', readNumber(raw, 'value', path));
    setIf(indicator, 'target', readNumber(raw, 'target', path));
    setIf(indicator, 'unit', readText(raw, 'unit', path));
    model.indicators.push(indicator);
  });
  return model;
}


export function readMonthOrDate(value: unknown, path: Path, as: 'start' | 'end', issues: TimeIssue[]): number | undefined {
  if (typeof value !== 'string') return undefined;
  const day = parseMonthOrDate(value, as);
  if (day === undefined) issues.push({ code: 'time-format', path, message: dateMessage(value, 'badMonthOrDate'), data: { key: path[path.length - 1], value } });
  return day;
}
