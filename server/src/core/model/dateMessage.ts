import { calendarProblem } from '../time';
import type { TimeMessage } from './types';

/** The message for an unreadable date: the day that does not exist (`2023-02-29`), else the notation to write. */
export function dateMessage(value: string, fallback: 'badDate' | 'badMonthOrDate'): TimeMessage {
  const problem = calendarProblem(value);
  if (!problem) return { key: fallback, value };
  return { key: 'noSuchDate', value, ...(problem.month !== undefined ? { month: problem.month, days: problem.days! } : {}) };
}
