/** `phase-outside-period`: a phase that starts before or ends after the mission `period`. */
import { formatDate } from '../time';
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'phase-outside-period',
  severity: 'error',
  files: 'mission',
  description: {
    en: 'A phase that starts before or ends after the mission period.',
    fr: 'Une phase qui commence avant ou se termine après la période de la mission.',
  },
});

export const phaseOutsidePeriod: MissionRule = {
  code: meta.code,
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
