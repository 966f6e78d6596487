/** `time-order`: see docs/rules.md#time-order. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';

export const timeOrder = timeIssueRule('time-order');
