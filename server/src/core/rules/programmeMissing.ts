/** `programme-missing`: a phase's `programmes` path that does not exist. */
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

const PROGRAMME_FILE = /\.programme\.ya?ml$/;

export const meta = defineRule({
  code: 'programme-missing',
  severity: 'error',
  files: 'mission',
  description: {
    en: 'A linked programme file that does not exist.',
    fr: 'Un fichier de programme lié qui n’existe pas.',
  },
});

export const programmeMissing: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    for (const phase of model.phases) {
      for (const link of phase.programmes) {
        // A path that does not name a programme file is a schema error already.
        if (!PROGRAMME_FILE.test(link.path)) continue;
        const target = ctx.link(link.path);
        // Absolute paths, URLs and paths that leave the workspace are never read.
        if (!target) {
          ctx.sink.report('programme-missing', ctx.range(link.valuePath), ctx.m.programmeOutside(link.path), {
            data: { path: link.path, phase: phase.id, outside: true },
          });
          continue;
        }
        if (ctx.programme(target)) continue;
        ctx.sink.report('programme-missing', ctx.range(link.valuePath), ctx.m.programmeMissing(link.path), {
          data: { path: link.path, phase: phase.id },
        });
      }
    }
  },
};
