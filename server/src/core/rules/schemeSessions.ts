/**
 * `scheme-sessions`: an atelier flash with other than 1 on-site session, an atelier local
 * with other than 3. A session is a programme linked from a `core` phase (FORMAT.md 7.4):
 * a programme of a preparation or follow-up phase (a request's instruction meeting, a
 * follow-up committee) is not one of the atelier's sessions. Nothing is counted while a
 * phase cannot be read (its programmes or its kind would be miscounted).
 */
import { phaseKind } from '../model/types';
import type { MissionRule } from './rule';
import { defineRule } from './ruleMeta';
import { phasesUnreadable } from './schemeDuration';

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
    if (expected === undefined || phasesUnreadable(model, ctx)) return;
    let count = 0;
    let others = 0;
    for (const phase of model.phases) {
      if (phaseKind(phase) === 'core') count += phase.programmes.length;
      else others += phase.programmes.length;
    }
    if (count === expected) return;
    const message = others > 0 ? ctx.m.sessionsCore(model.scheme!, count, expected) : ctx.m.sessions(model.scheme!, count, expected);
    ctx.sink.report('scheme-sessions', ctx.range(['scheme']), message, {
      data: { count, expected, scheme: model.scheme },
    });
  },
};
