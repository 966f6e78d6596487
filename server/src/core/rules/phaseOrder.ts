/** `phase-order`: mission phases that overlap, are out of order, or end before they start. */
import { formatDate } from '../time';
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'phase-order',
  severity: 'warning',
  files: 'mission',
  description: {
    en: 'Mission phases that overlap or are out of order.',
    fr: 'Des phases de mission qui se chevauchent ou sont dans le désordre.',
  },
});

export const phaseOrder: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    let previous: (typeof model.phases)[number] | undefined;
    for (const phase of model.phases) {
      if (phase.start !== undefined && phase.end !== undefined && phase.end < phase.start) {
        ctx.sink.report('phase-order', ctx.range(phase.endPath), ctx.m.phaseReversed(), { data: { phase: phase.id } });
        continue;
      }
      if (phase.start === undefined) continue;
      if (previous?.end !== undefined && phase.start <= previous.end) {
        ctx.sink.report('phase-order', ctx.range(phase.startPath), ctx.m.phaseOverlap(previous.title ?? previous.id, ctx.date(previous.end)), {
          data: { phase: phase.id, previous: previous.id, previousEnd: formatDate(previous.end) },
          related: [{ uri: ctx.doc.uri, range: ctx.range(previous.endPath), message: previous.title ?? previous.id }],
        });
      }
      if (phase.end !== undefined) previous = phase;
    }
  },
};
