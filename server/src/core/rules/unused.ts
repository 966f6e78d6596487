/**
 * `unused`: a person or group that nothing references. A slot with `groups: all`, or a
 * deliverable owned by `each-group`, uses every group.
 *
 * In a mission (FORMAT.md 7.4) only a territory `id` is judged, and only when the mission
 * has workstreams: the id is optional and written for a workstream's `territories`, so a
 * territory that none of the workstreams names may have been forgotten. The team
 * (`people`), the workstreams and the milestones are never "unused": a person of the team
 * is part of the mission whether or not a key names them, a workstream is a line of work
 * in itself, and a milestone is an event, not something to reference.
 */
import type { MissionModel, ProgrammeModel } from '../model/types';
import { nearest } from '../schema/suggest';
import type { AnyRule, RuleContext } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'unused',
  severity: 'hint',
  files: 'both',
  description: {
    en: 'A person or group that nothing references, or a mission territory id that no workstream uses.',
    fr: 'Un intervenant ou un groupe cité nulle part, ou un identifiant de territoire qu’aucun chantier ne reprend.',
  },
});

export const unused: AnyRule = {
  code: meta.code,
  kind: 'any',
  check(model, ctx) {
    if (model.kind === 'mission') checkMission(model, ctx);
    else checkProgramme(model, ctx);
  },
};

function checkMission(model: MissionModel, ctx: RuleContext): void {
  if (model.workstreams.length === 0 || workstreamsUnreadable(ctx)) return;
  const ids = new Set<string>();
  for (const t of model.territories) if (t.id !== undefined) ids.add(t.id);
  const used = new Set<string>();
  for (const ref of model.refs) {
    if (ref.kind !== 'territory') continue;
    // `pont-audemr` for `pont-audemer`: the typo is ref-unknown's, the territory is meant.
    const meant = ids.has(ref.id) ? ref.id : nearest(ref.id, ids);
    if (meant !== undefined) used.add(meant);
  }
  for (const t of model.territories) {
    if (t.id !== undefined && t.idPath && !used.has(t.id)) {
      ctx.sink.report('unused', ctx.range(t.idPath), ctx.m.unusedTerritory(t.id), { data: { id: t.id, entity: 'territory' } });
    }
  }
}

/**
 * A schema problem in the workstreams (`territories: texte`, a typo'd `territoires:`) hides
 * the territories they name: a territory would look unused only because of it.
 */
function workstreamsUnreadable(ctx: RuleContext): boolean {
  return ctx.sink.items.some((d) => d.code === 'schema' && Array.isArray(d.data?.path) && d.data!.path[0] === 'workstreams');
}

function checkProgramme(model: ProgrammeModel, ctx: RuleContext): void {
  // Sets of ids per kind (an owner may be a person or a group): no string per reference.
  const people = new Set<string>();
  const groups = new Set<string>();
  const refs = model.refs;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i]!;
    if (r.kind === 'person' || r.kind === 'owner') people.add(r.id);
    if (r.kind === 'group' || r.kind === 'owner') groups.add(r.id);
  }
  const isUsed = (kind: 'person' | 'group', id: string) => (kind === 'person' ? people : groups).has(id);
  const allGroupsUsed = model.slots.some((s) => s.groups === 'all') || model.deliverables.some((d) => d.eachGroup);
  for (const person of model.people) {
    if (!isUsed('person', person.id)) {
      ctx.sink.report('unused', ctx.range(person.idPath), ctx.m.unusedPerson(person.id), { data: { id: person.id, entity: 'person' } });
    }
  }
  if (allGroupsUsed) return;
  for (const group of model.groups) {
    if (!isUsed('group', group.id)) {
      ctx.sink.report('unused', ctx.range(group.idPath), ctx.m.unusedGroup(group.id), { data: { id: group.id, entity: 'group' } });
    }
  }
}
