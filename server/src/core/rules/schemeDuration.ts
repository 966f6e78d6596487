/** `scheme-duration`: an atelier flash longer than 3 months, an atelier local outside 8–12 months. */
import { monthsBetween } from '../time';
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'scheme-duration',
  severity: 'warning',
  files: 'mission',
  description: {
    en: 'An Atelier des territoires mission whose period does not fit its format.',
    fr: 'Une mission Atelier des territoires dont la durée ne correspond pas à son format.',
  },
});

export const schemeDuration: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    const period = model.period;
    if (!period || period.start === undefined || period.end === undefined || period.end < period.start) return;
    const months = monthsBetween(period.start, period.end);
    const limits = ctx.settings.schemes;
    const shown = ctx.m.months(Math.round(months * 10) / 10);
    let message: string | undefined;
    if (model.scheme === 'atelier-flash' && months > limits.atelierFlashMaxMonths + 1e-9) {
      message = ctx.m.flashTooLong(shown, limits.atelierFlashMaxMonths);
    } else if (model.scheme === 'atelier-local' && (months < limits.atelierLocalMinMonths - 1e-9 || months > limits.atelierLocalMaxMonths + 1e-9)) {
      message = ctx.m.localOutside(shown, limits.atelierLocalMinMonths, limits.atelierLocalMaxMonths);
    }
    if (message) ctx.sink.report('scheme-duration', ctx.range(['period', 'end']), message, { data: { months, scheme: model.scheme } });
  },
};
