/**
 * `steps-too-long`: the durations of a slot's steps (FORMAT.md 7.3) add up to more than the
 * slot. Steps without a duration count for nothing; a slot without a known length is not
 * judged. Reported on the slot's time.
 */
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'steps-too-long',
  severity: 'warning',
  files: 'programme',
  description: {
    en: 'The steps of a slot last longer than the slot.',
    fr: 'Les étapes d’une séance durent plus longtemps que la séance.',
  },
});

export const stepsTooLong: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    for (const slot of model.slots) {
      if (!slot.stepDetails || slot.start === undefined || slot.end === undefined || slot.end <= slot.start) continue;
      const steps = slot.stepDetails.reduce((total, step) => total + (step.duration?.value ?? 0), 0);
      const length = slot.end - slot.start;
      if (steps <= length) continue;
      ctx.sink.report('steps-too-long', ctx.range(slot.timePath), ctx.m.stepsTooLong(ctx.m.duration(steps), ctx.m.duration(length)), {
        data: { steps, length, slotPath: slot.path },
      });
    }
  },
};
