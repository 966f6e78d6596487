/** `programme-missing`: a phase's `programmes` path that does not exist. */
import type { MissionRule } from './rule';

const PROGRAMME_FILE = /\.programme\.ya?ml$/;

export const programmeMissing: MissionRule = {
  code: 'programme-missing',
  kind: 'mission',
  check(model, ctx) {
    for (const phase of model.phases) {
      for (const link of phase.programmes) {
        // A path that does not name a programme file is a schema error already.
        if (!PROGRAMME_FILE.test(link.path) || ctx.programme(ctx.resolve(link.path))) continue;
        ctx.sink.report('programme-missing', ctx.range(link.valuePath), ctx.m.programmeMissing(link.path), {
          data: { path: link.path, phase: phase.id },
        });
      }
    }
  },
};
