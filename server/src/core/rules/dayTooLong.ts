/** `day-too-long`: first start to last end longer than `maxDayMinutes`. */
import type { ProgrammeRule } from './rule';
import { isTimed } from './slotPairs';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'day-too-long',
  severity: 'warning',
  files: 'programme',
  description: {
    en: 'A day longer than the configured maximum.',
    fr: 'Une journée plus longue que le maximum réglé.',
  },
});

export const dayTooLong: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    const max = ctx.settings.maxDayMinutes;
    for (const day of model.days) {
      let first = Infinity;
      let last = -Infinity;
      let lastSlot;
      for (const slot of day.slots) {
        if (!isTimed(slot)) continue;
        first = Math.min(first, slot.start);
        last = Math.max(last, slot.end);
        lastSlot = slot;
      }
      if (!lastSlot || last - first <= max) continue;
      const at = day.datePath ?? lastSlot.timePath;
      ctx.sink.report('day-too-long', ctx.range(at), ctx.m.dayTooLong(ctx.m.duration(last - first), ctx.m.duration(max), ctx.clock(first), ctx.clock(last)), {
        data: { minutes: last - first, max, first, last },
      });
    }
  },
};
