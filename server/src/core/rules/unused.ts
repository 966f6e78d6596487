/**
 * `unused`: a person or group that nothing references. A slot with `groups: all`, or a
 * deliverable owned by `each-group`, uses every group.
 */
import type { ProgrammeRule } from './rule';

export const unused: ProgrammeRule = {
  code: 'unused',
  kind: 'programme',
  check(model, ctx) {
    const used = new Set(model.refs.map((r) => `${r.kind === 'owner' ? '*' : r.kind}:${r.id}`));
    const isUsed = (kind: 'person' | 'group', id: string) => used.has(`${kind}:${id}`) || used.has(`*:${id}`);
    const allGroupsUsed =
      model.slots.some((s) => s.groups === 'all') ||
      (Array.isArray(model.data.deliverables) && model.data.deliverables.some((d) => (d as { owner?: unknown })?.owner === 'each-group'));
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
  },
};
