/** `day-order`: days out of chronological order, or the same date twice. */
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'day-order',
  severity: 'error',
  files: 'programme',
  description: {
    en: 'Days out of chronological order, or the same date twice.',
    fr: 'Des journées dans le désordre, ou la même date deux fois.',
  },
});

export const dayOrder: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    const seen = new Set<number>();
    let latest: { date: number; text: string } | undefined;
    for (const day of model.days) {
      if (day.date === undefined || !day.datePath) continue;
      const text = day.dateText ?? '';
      if (seen.has(day.date)) {
        ctx.sink.report('day-order', ctx.range(day.datePath), ctx.m.dayRepeated(text), { data: { date: text, dayIndex: day.index } });
      } else if (latest && day.date < latest.date) {
        ctx.sink.report('day-order', ctx.range(day.datePath), ctx.m.dayOutOfOrder(text, latest.text), {
          data: { date: text, previous: latest.text, dayIndex: day.index },
        });
      }
      seen.add(day.date);
      if (!latest || day.date > latest.date) latest = { date: day.date, text };
    }
  },
};
