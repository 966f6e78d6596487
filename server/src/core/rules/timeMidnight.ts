/** `time-midnight`: see docs/rules.md#time-midnight. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';

export const timeMidnight = timeIssueRule('time-midnight');
