/** `phase-outside-period`: a phase that starts before or ends after the mission `period`. */
import { formatDate } from '../time';
import type { MissionRule } from './rule';

export const phaseOutsidePeriod: MissionRule = {
  code: 'phase-outside-period',
  kind: 'mission',
  check(model, ctx) {
    const period = model.period;
    if (!period) return;
    for (const phase of model.phases) {
      if (period.start !== undefined && phase.start !== undefined && phase.start < period.start) {
        ctx.sink.report('phase-outside-period', ctx.range(phase.startPath), ctx.m.phaseBeforePeriod(ctx.date(period.start)), {
          data: { phase: phase.id, bound: 'start', periodStart: formatDate(period.start) },
        });
      }
      if (period.end !== undefined && phase.end !== undefined && phase.end > period.end) {
        ctx.sink.report('phase-outside-period', ctx.range(phase.endPath), ctx.m.phaseAfterPeriod(ctx.date(period.end)), {
          data: { phase: phase.id, bound: 'end', periodEnd: formatDate(period.end) },
        });
      }
    }
  },
};
