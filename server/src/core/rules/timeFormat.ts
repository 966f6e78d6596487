/** `time-format`: see docs/rules.md#time-format. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';

export const timeFormat = timeIssueRule('time-format');
