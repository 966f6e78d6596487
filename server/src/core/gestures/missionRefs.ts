/**
 * Finding the phase or milestone a gesture names. Phases and milestones are flat lists of
 * the mission (FORMAT.md 7.2: a phase names its workstream with a key), so `index` is the
 * index in `phases` / `milestones`; with `workstream` (an index in `workstreams`), it is
 * the index among the items whose `workstream` key names that workstream, in document order.
 */
import type { Milestone, MissionModel, Phase } from '../model/types';
import type { MilestoneRef, PhaseRef } from './types';

export function findPhase(model: MissionModel, ref: PhaseRef): Phase | undefined {
  return pick(model, model.phases, ref);
}

export function findMilestone(model: MissionModel, ref: MilestoneRef): Milestone | undefined {
  return pick(model, model.milestones, ref);
}

function pick<T extends Phase | Milestone>(model: MissionModel, items: T[], ref: PhaseRef | MilestoneRef): T | undefined {
  if (!Number.isSafeInteger(ref.index) || ref.index < 0) return undefined;
  if (ref.workstream === undefined) return items.find((item) => item.path[1] === ref.index);
  const stream = model.workstreams.find((w) => w.path[1] === ref.workstream);
  if (!stream) return undefined;
  return items.filter((item) => item.workstream?.id === stream.id)[ref.index];
}

/** The value written at `key` of the item at `path` of the document's data, when it is a string. */
export function writtenAt(data: unknown, path: readonly (string | number)[], key: string): string | undefined {
  let node: unknown = data;
  for (const segment of [...path, key]) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return typeof node === 'string' ? node : undefined;
}
