/** `time-gap`: time between two consecutive slots that no slot covers. */
import type { ProgrammeRule } from './rule';
import { forEachConsecutiveTimedPair } from './slotPairs';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'time-gap',
  severity: 'information',
  files: 'programme',
  description: {
    en: 'Time between two consecutive slots that no slot covers.',
    fr: 'Du temps entre deux séances consécutives qu’aucune séance ne couvre.',
  },
});

export const timeGap: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    forEachConsecutiveTimedPair(model, (previous, slot, coveredUntil) => {
      if (slot.start <= coveredUntil) return;
      const minutes = slot.start - coveredUntil;
      ctx.sink.report('time-gap', ctx.range(slot.timePath), ctx.m.timeGap(ctx.m.duration(minutes), ctx.clock(coveredUntil), ctx.clock(slot.start)), {
        data: { gap: minutes, previousEnd: coveredUntil, start: slot.start, previousPath: previous.path, slotPath: slot.path },
      });
    });
  },
};
