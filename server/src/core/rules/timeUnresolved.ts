/** `time-unresolved`: see docs/rules.md#time-unresolved. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'time-unresolved',
  severity: 'error',
  files: 'programme',
  description: {
    en: 'A slot whose start cannot be computed.',
    fr: 'Une séance dont le début ne peut pas être calculé.',
  },
});

export const timeUnresolved = timeIssueRule(meta);
