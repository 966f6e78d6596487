/**
 * `no-break`: more than `maxMinutesWithoutBreak` of content time since the day's start or
 * the last pause slot, reported once per stretch on the slot where the limit is passed.
 * Content time is clock time covered by content slots: a slot inside another (a press
 * point during a site visit) is not counted twice. A gap is neither content nor pause.
 * Travel (FORMAT.md 7.3) ends a stretch, as a pause does: people are out of session.
 */
import { timeKind } from '../model/dayTime';
import type { ProgrammeRule } from './rule';
import { isTimed } from './slotPairs';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'no-break',
  severity: 'warning',
  files: 'programme',
  description: {
    en: 'Too long without a break.',
    fr: 'Trop longtemps sans pause.',
  },
});

export const noBreak: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    const max = ctx.settings.maxMinutesWithoutBreak;
    for (const day of model.days) {
      let content = 0;
      let coveredUntil = -Infinity;
      let reported = false;
      for (const slot of day.slots) {
        const kind = timeKind(slot);
        // The team's own slot is not the participants' time: it neither adds to their run nor rests them.
        if (kind === 'team') continue;
        if (kind !== 'content') {
          content = 0;
          reported = false;
          continue;
        }
        if (!isTimed(slot) || slot.end <= slot.start) continue;
        content += Math.max(0, slot.end - Math.max(slot.start, coveredUntil));
        coveredUntil = Math.max(coveredUntil, slot.end);
        if (content > max && !reported) {
          reported = true;
          ctx.sink.report('no-break', ctx.range(slot.timePath), ctx.m.noBreak(ctx.m.duration(content), ctx.m.duration(max)), {
            data: { minutes: content, max, slotPath: slot.path, overBy: content - max },
          });
        }
      }
    }
  },
};
