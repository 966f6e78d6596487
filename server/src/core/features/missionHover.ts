/**
 * Hover on the ids of a mission (FORMAT.md 7.2), as a definition or a reference: who a
 * person of the team is, a territory's kind and population, a workstream's status,
 * territories and lead, a milestone's date in words and kind. On a milestone's `date`, the
 * date in words.
 */
import type { Messages } from '../messages';
import type { Entity, MissionModel, Path } from '../model/types';
import type { Language } from '../types';
import type { Namespace } from './references';
import { milestoneDate, milestoneKind, territoryDetail, weekday, isFullDate, workstreamStatus } from './missionWords';

/** The hover text of a mission entity, or undefined for the namespaces hover.ts describes. */
export function describeMissionEntity(namespace: Namespace, entity: Entity, model: MissionModel, m: Messages, language: Language): string | undefined {
  switch (namespace) {
    case 'person': {
      const person = model.people.find((p) => p.id === entity.id);
      const detail = [person?.role?.value, person?.organisation?.value].filter((v) => v !== undefined).join(', ');
      return `${m.ui.teamMember} **${entity.name ?? entity.id}**${detail ? ` — ${detail}` : ''}`;
    }
    case 'territory': {
      const territory = model.territories.find((t) => t.id === entity.id);
      const detail = territory ? territoryDetail(territory, m, language) : '';
      return `${m.ui.territory} **${entity.name ?? entity.id}**${detail ? ` — ${detail}` : ''}`;
    }
    case 'workstream': {
      const workstream = model.workstreams.find((w) => w.id === entity.id);
      if (!workstream) return undefined;
      const lines = [`${m.ui.workstream} **${entity.title ?? entity.id}** — ${workstreamStatus(workstream, m)}`];
      const names = workstream.territories.map((ref) => model.territories.find((t) => t.id === ref.id)?.name.value ?? ref.id);
      if (names.length) lines.push(`${m.ui.territories} ${names.join(', ')}`);
      const lead = workstream.lead && model.people.find((p) => p.id === workstream.lead!.id);
      if (lead) lines.push(`${m.ui.workstreamLead} ${lead.name ?? lead.id}`);
      return lines.join('\n\n');
    }
    case 'milestone': {
      const milestone = model.milestones.find((s) => s.id === entity.id);
      if (!milestone) return undefined;
      const detail = [milestoneDate(milestone, language), milestoneKind(milestone, m)].filter(Boolean).join(', ');
      return `${m.ui.milestone} **${entity.title ?? entity.id}**${detail ? ` — ${detail}` : ''}`;
    }
    default:
      return undefined;
  }
}

/** On a milestone's `date` value: `mercredi 15 décembre 2021`, or `décembre 2021` for a month. */
export function milestoneDateHover(model: MissionModel, path: Path, language: Language): string | undefined {
  if (path.length !== 3 || path[0] !== 'milestones' || path[2] !== 'date') return undefined;
  const milestone = model.milestones.find((s) => s.path[1] === path[1]);
  const words = milestone && milestoneDate(milestone, language);
  if (!milestone || !words) return undefined;
  return `**${isFullDate(milestone) ? `${weekday(milestone.first!, language)} ${words}` : words}**`;
}
