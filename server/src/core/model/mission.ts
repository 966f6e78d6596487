/** Builds the mission model: period, phases with their linked programmes, governance, deliverables. */
import { parseMonthOrDate } from '../time';
import { dateMessage } from './dateMessage';
import { asArray, asObject, asString, readEntities, readRefs, type Raw } from './read';
import type { MissionModel, Path, Phase, TimeIssue } from './types';

export function buildMission(data: Raw): MissionModel {
  const timeIssues: TimeIssue[] = [];
  const model: MissionModel = {
    kind: 'mission',
    data,
    phases: [],
    governance: readEntities(data.governance, ['governance']),
    deliverables: readEntities(data.deliverables, ['deliverables']),
    refs: [],
    timeIssues,
  };
  const title = asString(data.title);
  if (title !== undefined) model.title = title;
  const scheme = asString(data.scheme);
  if (scheme !== undefined) model.scheme = scheme;

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
    readMonthOrDate(d.raw.due, d.path.concat('due'), 'end', timeIssues);
  }
  for (const p of readEntities(data.phases, ['phases'])) {
    const phase: Phase = {
      id: p.id,
      idPath: p.idPath,
      path: p.path,
      startPath: p.path.concat('start'),
      endPath: p.path.concat('end'),
      programmes: [],
    };
    if (p.title !== undefined) phase.title = p.title;
    const start = readMonthOrDate(p.raw.start, phase.startPath, 'start', timeIssues);
    const end = readMonthOrDate(p.raw.end, phase.endPath, 'end', timeIssues);
    if (start !== undefined) phase.start = start;
    if (end !== undefined) phase.end = end;
    asArray(p.raw.programmes).forEach((value, i) => {
      if (typeof value === 'string' && value.trim() !== '') phase.programmes.push({ path: value, valuePath: p.path.concat('programmes', i) });
    });
    model.refs.push(
      ...readRefs(p.raw.deliverables, 'deliverable', p.path, 'deliverables'),
      ...readRefs(p.raw.governance, 'governance', p.path, 'governance'),
    );
    model.phases.push(phase);
  }
  return model;
}

function readMonthOrDate(value: unknown, path: Path, as: 'start' | 'end', issues: TimeIssue[]): number | undefined {
  if (typeof value !== 'string') return undefined;
  const day = parseMonthOrDate(value, as);
  if (day === undefined) issues.push({ code: 'time-format', path, message: dateMessage(value, 'badMonthOrDate'), data: { key: path[path.length - 1], value } });
  return day;
}
