/**
 * `phase-order`: mission phases that overlap, are out of order, or end before they start.
 * Phases are compared within their line of work (FORMAT.md 7.4): the phases of one
 * workstream among themselves, the phases without `workstream` as one line. A phase may
 * start in the month the previous one ends when both bounds are written as months: that
 * hand-over month is not an overlap.
 */
import type { Phase } from '../model/types';
import { formatDate } from '../time';
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'phase-order',
  severity: 'warning',
  files: 'mission',
  description: {
    en: 'Mission phases of one workstream that overlap or are out of order.',
    fr: 'Des phases d’un même chantier qui se chevauchent ou sont dans le désordre.',
  },
});

export const phaseOrder: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    // The last dated phase of each line ('' for the phases without a workstream).
    const previousOf = new Map<string, Phase>();
    for (const phase of model.phases) {
      if (phase.start !== undefined && phase.end !== undefined && phase.end < phase.start) {
        ctx.sink.report('phase-order', ctx.range(phase.endPath), ctx.m.phaseReversed(), { data: { phase: phase.id } });
        continue;
      }
      if (phase.start === undefined) continue;
      const line = phase.workstream?.id ?? '';
      const previous = previousOf.get(line);
      if (previous?.end !== undefined && phase.start <= previous.end && !handOver(previous, phase)) {
        ctx.sink.report('phase-order', ctx.range(phase.startPath), ctx.m.phaseOverlap(previous.title ?? previous.id, ctx.date(previous.end)), {
          data: { phase: phase.id, previous: previous.id, previousEnd: formatDate(previous.end) },
          related: [{ uri: ctx.doc.uri, range: ctx.range(previous.endPath), message: previous.title ?? previous.id }],
        });
      }
      if (phase.end !== undefined) previousOf.set(line, phase);
    }
  },
};

/** `end: 2021-09` then `start: 2021-09`: the next phase starts in the month the previous one ends. */
function handOver(previous: Phase, next: Phase): boolean {
  if (!previous.endIsMonth || !next.startIsMonth || previous.end === undefined || next.start === undefined) return false;
  return formatDate(previous.end).slice(0, 7) === formatDate(next.start).slice(0, 7);
}
