/** `day-too-long`: first start to last end longer than `maxDayMinutes`. */
import type { ProgrammeRule } from './rule';
import { isTimed } from './slotPairs';

export const dayTooLong: ProgrammeRule = {
  code: 'day-too-long',
  kind: 'programme',
  check(model, ctx) {
    const max = ctx.settings.maxDayMinutes;
    for (const day of model.days) {
      const timed = day.slots.filter(isTimed);
      if (timed.length === 0) continue;
      const first = Math.min(...timed.map((s) => s.start));
      const last = Math.max(...timed.map((s) => s.end));
      if (last - first <= max) continue;
      const at = day.datePath ?? timed[timed.length - 1]!.timePath;
      ctx.sink.report('day-too-long', ctx.range(at), ctx.m.dayTooLong(ctx.m.duration(last - first), ctx.m.duration(max)), {
        data: { minutes: last - first, max, first, last },
      });
    }
  },
};
