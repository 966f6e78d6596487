/** `time-midnight`: see docs/rules.md#time-midnight. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'time-midnight',
  severity: 'error',
  files: 'programme',
  description: {
    en: 'A slot that runs past midnight.',
    fr: 'Une séance qui dépasse minuit.',
  },
});

export const timeMidnight = timeIssueRule(meta);
