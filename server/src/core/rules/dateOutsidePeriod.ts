/**
 * `date-outside-period` (FORMAT.md 7.4): a milestone's `date`, or a mission deliverable's
 * `due`, outside the mission `period`. A date that `date-outside-phase` reports (it is
 * outside its phase too) is left to that rule, which names the phase and offers a fix.
 */
import { formatDate } from '../time';
import { missionDates, phaseFindings, sideOutside } from './missionDates';
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'date-outside-period',
  severity: 'warning',
  files: 'mission',
  description: {
    en: 'A milestone or a deliverable due date outside the mission period.',
    fr: 'Un jalon ou une échéance de livrable en dehors de la période de la mission.',
  },
});

export const dateOutsidePeriod: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    const period = model.period;
    if (!period || (period.start === undefined && period.end === undefined)) return;
    const byPhase = ctx.sink.isEnabled('date-outside-phase') ? new Set(phaseFindings(model).map((f) => f.date.path.join('.'))) : new Set<string>();
    for (const date of missionDates(model)) {
      const side = sideOutside(date, period.start, period.end);
      if (!side || byPhase.has(date.path.join('.'))) continue;
      const what = date.kind === 'milestone' ? 'milestone' : 'due';
      const bound = side === 'before' ? period.start! : period.end!;
      const message = side === 'before' ? ctx.m.dateBeforePeriod(what, ctx.date(bound)) : ctx.m.dateAfterPeriod(what, ctx.date(bound));
      ctx.sink.report('date-outside-period', ctx.range(date.path), message, {
        data: { kind: date.kind, id: date.id, side, [side === 'before' ? 'periodStart' : 'periodEnd']: formatDate(bound) },
      });
    }
  },
};
