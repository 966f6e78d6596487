/** `time-conflict`: see docs/rules.md#time-conflict. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'time-conflict',
  severity: 'error',
  files: 'programme',
  description: {
    en: 'The `time`, `start`, `end` and `duration` of a slot disagree.',
    fr: 'Les `time`, `start`, `end` et `duration` d’une séance ne concordent pas.',
  },
});

export const timeConflict = timeIssueRule(meta);
