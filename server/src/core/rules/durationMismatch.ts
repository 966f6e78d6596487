/**
 * `duration-mismatch`: a programme's declared `duration` (FORMAT.md 7.3) differs by more
 * than 15 minutes from its agenda's content time, over all days, pauses and travel
 * and the team's own slots excluded (the minutes the day summary counts). Reported on `duration`; nothing is said
 * when the agenda has no timed content slot (nothing to compare with), nor while a time
 * problem (`time-format`, `time-order`…) or a slot without a known time leaves the
 * content time uncertain.
 */
import { contentMinutes } from '../model/dayTime';
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

/** The difference the rule tolerates (rounding, a late start). */
export const DURATION_TOLERANCE_MINUTES = 15;

export const meta = defineRule({
  code: 'duration-mismatch',
  severity: 'warning',
  files: 'programme',
  description: {
    en: 'The declared duration differs from the agenda’s content time by more than 15 minutes.',
    fr: 'La durée déclarée diffère de plus de 15 minutes du temps de contenu du déroulé.',
  },
});

export const durationMismatch: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    const declared = model.duration;
    // A time that cannot be read or runs backwards is its own error; the content time is not judged until it is fixed.
    if (!declared || model.timeIssues.length > 0) return;
    // A slot whose time is unknown (a time of the wrong type, a day start the schema refuses) leaves it uncertain too.
    if (model.slots.some((s) => s.start === undefined || s.end === undefined)) return;
    const agenda = contentMinutes(model);
    if (!agenda || Math.abs(declared.value - agenda) <= DURATION_TOLERANCE_MINUTES) return;
    ctx.sink.report('duration-mismatch', ctx.range(declared.path), ctx.m.durationMismatch(ctx.m.duration(declared.value), ctx.m.duration(agenda)), {
      data: { declared: declared.value, agenda },
    });
  },
};
