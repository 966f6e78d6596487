/**
 * `scheme-sessions`: an atelier flash with other than 1 on-site session, an atelier local
 * with other than 3. A session is a programme linked from a phase.
 */
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'scheme-sessions',
  severity: 'warning',
  files: 'mission',
  description: {
    en: 'An Atelier des territoires mission with the wrong number of on-site sessions.',
    fr: 'Une mission Atelier des territoires qui n’a pas le bon nombre de séances sur site.',
  },
});

export const schemeSessions: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    const limits = ctx.settings.schemes;
    const expected =
      model.scheme === 'atelier-flash' ? limits.atelierFlashSessions : model.scheme === 'atelier-local' ? limits.atelierLocalSessions : undefined;
    if (expected === undefined) return;
    const count = model.phases.reduce((n, p) => n + p.programmes.length, 0);
    if (count === expected) return;
    ctx.sink.report('scheme-sessions', ctx.range(['scheme']), ctx.m.sessions(model.scheme!, count, expected), {
      data: { count, expected, scheme: model.scheme },
    });
  },
};
