/**
 * `unused`: a person or group that nothing references. A slot with `groups: all`, or a
 * deliverable owned by `each-group`, uses every group.
 */
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'unused',
  severity: 'hint',
  files: 'programme',
  description: {
    en: 'A person or group that nothing references.',
    fr: 'Un intervenant ou un groupe cité nulle part.',
  },
});

export const unused: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
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
  },
};
