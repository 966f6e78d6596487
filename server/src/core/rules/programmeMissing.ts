/** `programme-missing`: a phase's `programmes` path that does not exist. */
import type { MissionRule } from './rule';

export const programmeMissing: MissionRule = {
  code: 'programme-missing',
  kind: 'mission',
  check(model, ctx) {
    for (const phase of model.phases) {
      for (const link of phase.programmes) {
        if (ctx.programme(ctx.resolve(link.path))) continue;
        ctx.sink.report('programme-missing', ctx.range(link.valuePath), ctx.m.programmeMissing(link.path), {
          data: { path: link.path, phase: phase.id },
        });
      }
    }
  },
};
