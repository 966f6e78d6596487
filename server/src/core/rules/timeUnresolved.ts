/** `time-unresolved`: see docs/rules.md#time-unresolved. Found while resolving times (model/slotTimes.ts). */
import { timeIssueRule } from './timeIssues';

export const timeUnresolved = timeIssueRule('time-unresolved');
