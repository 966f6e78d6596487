/** `programme-outside-phase`: a linked programme whose dates fall outside its phase. */
import { formatDate } from '../time';
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'programme-outside-phase',
  severity: 'warning',
  files: 'mission',
  description: {
    en: 'A linked programme dated outside its phase.',
    fr: 'Un programme lié daté hors de sa phase.',
  },
});

export const programmeOutsidePhase: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    for (const phase of model.phases) {
      if (phase.start === undefined && phase.end === undefined) continue;
      for (const link of phase.programmes) {
        const target = ctx.link(link.path);
        const dates = ((target && ctx.programme(target)?.model?.days) || []).flatMap((d) => (d.date === undefined ? [] : [d.date]));
        if (dates.length === 0) continue;
        const first = dates.reduce((a, b) => Math.min(a, b));
        const last = dates.reduce((a, b) => Math.max(a, b));
        const before = phase.start !== undefined && first < phase.start;
        const after = phase.end !== undefined && last > phase.end;
        if (!before && !after) continue;
        const [from, to] = [phase.start, phase.end].map((d) => (d === undefined ? undefined : ctx.date(d)));
        const message = ctx.m.programmeOutsidePhase(link.path, ctx.date(first), ctx.date(last), from, to);
        ctx.sink.report('programme-outside-phase', ctx.range(link.valuePath), message, {
          data: { path: link.path, phase: phase.id, first: formatDate(first), last: formatDate(last) },
        });
      }
    }
  },
};
