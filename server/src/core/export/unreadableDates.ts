/**
 * An export refuses a document with a date it cannot read (`2023-02-29`, `2023-13`): the
 * calendar would miss that day (an empty calendar for a one-day programme), and the other
 * formats would print the day without its date, or a mission without a phase's dates. The
 * author fixes one typo; a partial file handed to participants goes unnoticed.
 */
import type { Analysis } from '../languageService';
import { messagesFor } from '../messages';
import type { TimeMessage } from '../model/types';
import { valueRangeAt } from '../parse';
import type { Language, Range } from '../types';

export interface UnreadableDate {
  range: Range;
  message: string;
}

const DATE_KEYS = new Set<TimeMessage['key']>(['badDate', 'badMonthOrDate', 'noSuchDate']);

export function unreadableDates(analysis: Analysis, language: Language): UnreadableDate[] {
  const m = messagesFor(language);
  const out: UnreadableDate[] = [];
  for (const issue of analysis.model?.timeIssues ?? []) {
    const msg = issue.message;
    if (issue.code !== 'time-format' || !DATE_KEYS.has(msg.key)) continue;
    const message =
      msg.key === 'noSuchDate' ? m.noSuchDate(msg.value, msg.month, msg.days) : msg.key === 'badDate' ? m.badDate(msg.value) : m.badMonthOrDate((msg as { value: string }).value);
    out.push({ range: valueRangeAt(analysis.doc, issue.path), message });
  }
  return out;
}
