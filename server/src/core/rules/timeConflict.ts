/** `time-conflict`: see docs/rules.md#time-conflict. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';

export const timeConflict = timeIssueRule('time-conflict');
