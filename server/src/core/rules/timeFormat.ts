/** `time-format`: see docs/rules.md#time-format. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'time-format',
  severity: 'error',
  files: 'both',
  description: {
    en: 'A time, range, duration or date written in a notation Déroulé does not accept.',
    fr: 'Une heure, une plage, une durée ou une date dans une notation que Déroulé n’accepte pas.',
  },
});

export const timeFormat = timeIssueRule(meta);
