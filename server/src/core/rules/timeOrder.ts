/** `time-order`: see docs/rules.md#time-order. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'time-order',
  severity: 'error',
  files: 'programme',
  description: {
    en: 'A slot that ends at or before its start.',
    fr: 'Une séance qui se termine avant ou au moment où elle commence.',
  },
});

export const timeOrder = timeIssueRule(meta);
