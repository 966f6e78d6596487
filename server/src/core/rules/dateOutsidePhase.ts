/**
 * `date-outside-phase` (FORMAT.md 7.4): a deliverable listed in a phase's `deliverables`,
 * or a milestone that names a `phase`, dated outside that phase. The `data` of a
 * deliverable's finding carries the phase's end as written (`phaseEnd`), for the quick fix
 * that moves its `due` there.
 */
import { formatDate } from '../time';
import { phaseEndText, phaseFindings } from './missionDates';
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'date-outside-phase',
  severity: 'warning',
  files: 'mission',
  description: {
    en: 'A deliverable or a milestone dated outside the phase it belongs to.',
    fr: 'Un livrable ou un jalon daté en dehors de la phase à laquelle il appartient.',
  },
});

export const dateOutsidePhase: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    for (const { date, phase, side } of phaseFindings(model)) {
      const what = date.kind === 'milestone' ? 'milestone' : 'due';
      const name = phase.title ?? phase.id;
      const message =
        side === 'before' ? ctx.m.dateBeforePhase(what, name, ctx.date(phase.start!)) : ctx.m.dateAfterPhase(what, name, ctx.date(phase.end!));
      const data: Record<string, unknown> = { kind: date.kind, id: date.id, side, phaseId: phase.id, path: date.path };
      if (phase.start !== undefined) data.phaseStart = formatDate(phase.start);
      const end = phaseEndText(phase);
      if (end !== undefined) data.phaseEnd = end;
      ctx.sink.report('date-outside-phase', ctx.range(date.path), message, {
        data,
        related: [{ uri: ctx.doc.uri, range: ctx.range(side === 'before' ? phase.startPath : phase.endPath), message: name }],
      });
    }
  },
};
