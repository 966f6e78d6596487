/**
 * `scheme-duration`: an atelier flash longer than 3 months, an atelier local outside 8–12
 * months. What is measured (FORMAT.md 7.4) is the `core` phases, from the first start to
 * the last end, when the mission has dated core phases: the instruction of the request
 * (`preparation`) and the follow-up are not the team's atelier. Otherwise, the `period`.
 */
import type { MissionModel, Path } from '../model/types';
import { phaseKind } from '../model/types';
import { monthsBetween } from '../time';
import type { MissionRule, RuleContext } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'scheme-duration',
  severity: 'warning',
  files: 'mission',
  description: {
    en: 'An Atelier des territoires mission whose duration does not fit its format.',
    fr: 'Une mission Atelier des territoires dont la durée ne correspond pas à son format.',
  },
});

interface Span {
  start: number;
  end: number;
  /** Where a finding is shown: the period's end, or the end of the last core phase. */
  endPath: Path;
  measured: 'period' | 'core';
}

/**
 * Whether a phase's value could not be read (a schema error under `phases`, a malformed
 * date): a phase is then missing from the model, or its dates are, and what is measured
 * or counted from the phases would be a consequence of that error, not a finding.
 */
export function phasesUnreadable(model: MissionModel, ctx: RuleContext): boolean {
  if (model.timeIssues.some((i) => i.path[0] === 'phases')) return true;
  return ctx.sink.items.some((d) => d.code === 'schema' && Array.isArray(d.data?.path) && (d.data!.path as Path)[0] === 'phases');
}

/** The core phases' span when some have a start and some an end; else the period's. */
function measuredSpan(model: MissionModel): Span | undefined {
  let start: number | undefined;
  let end: number | undefined;
  let endPath: Path | undefined;
  for (const phase of model.phases) {
    if (phaseKind(phase) !== 'core') continue;
    if (phase.start !== undefined && (start === undefined || phase.start < start)) start = phase.start;
    if (phase.end !== undefined && (end === undefined || phase.end >= end)) {
      end = phase.end;
      endPath = phase.endPath;
    }
  }
  if (start !== undefined && end !== undefined && endPath && end >= start) return { start, end, endPath, measured: 'core' };
  const period = model.period;
  if (!period || period.start === undefined || period.end === undefined || period.end < period.start) return undefined;
  return { start: period.start, end: period.end, endPath: ['period', 'end'], measured: 'period' };
}

export const schemeDuration: MissionRule = {
  code: meta.code,
  kind: 'mission',
  check(model, ctx) {
    if (model.scheme !== 'atelier-flash' && model.scheme !== 'atelier-local') return;
    if (phasesUnreadable(model, ctx)) return;
    const span = measuredSpan(model);
    if (!span) return;
    const months = monthsBetween(span.start, span.end);
    const limits = ctx.settings.schemes;
    const shown = ctx.m.months(Math.round(months * 10) / 10);
    const core = span.measured === 'core';
    let message: string | undefined;
    if (model.scheme === 'atelier-flash' && months > limits.atelierFlashMaxMonths + 1e-9) {
      message = core ? ctx.m.flashCoreTooLong(shown, limits.atelierFlashMaxMonths) : ctx.m.flashTooLong(shown, limits.atelierFlashMaxMonths);
    } else if (model.scheme === 'atelier-local' && (months < limits.atelierLocalMinMonths - 1e-9 || months > limits.atelierLocalMaxMonths + 1e-9)) {
      const { atelierLocalMinMonths: min, atelierLocalMaxMonths: max } = limits;
      message = core ? ctx.m.localCoreOutside(shown, min, max) : ctx.m.localOutside(shown, min, max);
    }
    if (message) ctx.sink.report('scheme-duration', ctx.range(span.endPath), message, { data: { months, scheme: model.scheme, measured: span.measured } });
  },
};
