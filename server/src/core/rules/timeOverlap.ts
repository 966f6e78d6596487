/** `time-overlap`: a slot that starts before the previous slot of the same day ends. */
import type { ProgrammeRule } from './rule';
import { consecutiveTimedSlots } from './slotPairs';

export const timeOverlap: ProgrammeRule = {
  code: 'time-overlap',
  kind: 'programme',
  check(model, ctx) {
    for (const [previous, slot] of consecutiveTimedSlots(model)) {
      if (slot.start >= previous.end) continue;
      const minutes = previous.end - slot.start;
      ctx.sink.report('time-overlap', ctx.range(slot.timePath), ctx.m.timeOverlap(ctx.m.duration(minutes), previous.title, ctx.clock(previous.end)), {
        data: { overlap: minutes, previousEnd: previous.end, start: slot.start, end: slot.end, slotPath: slot.path },
        related: [{ uri: ctx.doc.uri, range: ctx.range(previous.timePath), message: previous.title }],
      });
    }
  },
};
