/** `time-overlap`: a slot that starts before the previous slot of the same day ends. */
import type { ProgrammeRule } from './rule';
import { forEachConsecutiveTimedPair } from './slotPairs';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'time-overlap',
  severity: 'error',
  files: 'programme',
  description: {
    en: 'A slot that starts before the previous slot of the same day ends.',
    fr: 'Une séance qui commence avant la fin de la séance précédente du même jour.',
  },
});

export const timeOverlap: ProgrammeRule = {
  code: meta.code,
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
