/** `time-gap`: time between two consecutive slots that no slot covers. */
import type { ProgrammeRule } from './rule';
import { consecutiveTimedSlots } from './slotPairs';

export const timeGap: ProgrammeRule = {
  code: 'time-gap',
  kind: 'programme',
  check(model, ctx) {
    for (const [previous, slot] of consecutiveTimedSlots(model)) {
      if (slot.start <= previous.end) continue;
      const minutes = slot.start - previous.end;
      ctx.sink.report('time-gap', ctx.range(slot.timePath), ctx.m.timeGap(ctx.m.duration(minutes), ctx.clock(previous.end), ctx.clock(slot.start)), {
        data: { gap: minutes, previousEnd: previous.end, start: slot.start, previousPath: previous.path, slotPath: slot.path },
      });
    }
  },
};
