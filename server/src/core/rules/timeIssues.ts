/**
 * The five time rules report the problems the model met while resolving times
 * (model/slotTimes.ts): resolution happens once, each code is reported by its own module.
 */
import type { Model, TimeIssue, TimeMessage } from '../model/types';
import type { AnyRule, RuleContext } from './rule';
import type { RuleMeta } from './ruleMeta';

export function timeIssueRule(meta: RuleMeta<TimeIssue['code']>): AnyRule {
  const code = meta.code;
  return {
    code,
    kind: 'any',
    check(model: Model, ctx: RuleContext) {
      for (const issue of model.timeIssues) {
        if (issue.code !== code) continue;
        const options = issue.data ? { data: { ...issue.data } } : {};
        ctx.sink.report(code, ctx.range(issue.path), timeMessage(issue.message, ctx), options);
      }
    },
  };
}

function timeMessage(msg: TimeMessage, ctx: RuleContext): string {
  const { m } = ctx;
  switch (msg.key) {
    case 'badClock':
    case 'badRange':
    case 'badDuration':
    case 'durationTooLong':
    case 'badDate':
    case 'badMonthOrDate':
    case 'startAt24':
      return m[msg.key](msg.value);
    case 'noSuchDate':
      return m.noSuchDate(msg.value, msg.month, msg.days);
    case 'timeConflict':
      return m.timeConflict(msg.a, msg.av, msg.b, msg.bv);
    case 'noStart':
    case 'noTime':
    case 'afterUnknownEnd':
      return m[msg.key]();
    case 'timeOrder':
      return m.timeOrder(ctx.clock(msg.start), ctx.clock(msg.end));
    case 'timeMidnight':
      return m.timeMidnight(ctx.clock(msg.end));
    case 'periodReversed':
      return m.periodReversed(msg.start, msg.end);
  }
}
