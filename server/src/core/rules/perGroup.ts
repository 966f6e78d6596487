/**
 * `per-group`: `per_group` × number of groups longer than the slot (warning), or shorter
 * (information). The groups are the slot's `groups`, or all groups when it says `all` or
 * names none.
 */
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'per-group',
  severity: 'warning',
  severityNote: 'information when shorter',
  files: 'programme',
  description: {
    en: 'A per-group restitution that does not fit its slot.',
    fr: 'Une restitution par groupe qui ne correspond pas à la durée de sa séance.',
  },
});

export const perGroup: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    for (const slot of model.slots) {
      if (!slot.perGroup || slot.start === undefined || slot.end === undefined) continue;
      const groups = Array.isArray(slot.groups) ? slot.groups.length : model.groups.length;
      if (groups === 0) continue;
      const needed = slot.perGroup.minutes * groups;
      const length = slot.end - slot.start;
      if (needed === length || length <= 0) continue;
      const d = ctx.m.duration;
      const args = [d(slot.perGroup.minutes), groups, d(needed), d(length)] as const;
      const message = needed > length ? ctx.m.perGroupLong(...args) : ctx.m.perGroupShort(...args, d(length - needed));
      ctx.sink.report('per-group', ctx.range(slot.perGroup.path), message, {
        severity: needed > length ? 'warning' : 'information',
        data: { perGroup: slot.perGroup.minutes, groups, needed, length, start: slot.start, slotPath: slot.path },
      });
    }
  },
};
