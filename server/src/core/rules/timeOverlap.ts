/** `time-overlap`: a slot that starts before the previous slot of the same day ends. */
import type { ProgrammeRule } from './rule';
import { forEachConsecutiveTimedPair } from './slotPairs';

export const timeOverlap: ProgrammeRule = {
  code: 'time-overlap',
  kind: 'programme',
  check(model, ctx) {
    forEachConsecutiveTimedPair(model, (previous, slot) => {
      if (slot.start >= previous.end) return;
      const minutes = previous.end - slot.start;
      ctx.sink.report('time-overlap', ctx.range(slot.timePath), ctx.m.timeOverlap(ctx.m.duration(minutes), previous.title, ctx.clock(previous.end)), {
        data: { overlap: minutes, previousEnd: previous.end, start: slot.start, end: slot.end, slotPath: slot.path },
        related: [{ uri: ctx.doc.uri, range: ctx.range(previous.timePath), message: previous.title }],
      });
    });
  },
};
