/**
 * `moveMilestone`: a milestone dragged on the mission Gantt to another day. Its `date`
 * keeps the form it was written in: a month stays a month (the day dropped on gives the
 * month), a date takes the new day; quotes and everything else of the text stay.
 *
 * Refused, changing nothing: a target that is not a day of the calendar, a milestone
 * without a readable `date`, and any error the mission rules would report that they do not
 * report now. The warnings it brings (`date-outside-period`, `date-outside-phase`) are said
 * in the announcement.
 */
import { replaceValue } from '../codeActions/edits';
import { parseMonthOrDate } from '../time';
import { writtenDayText } from '../render/words';
import { newFindings } from './missionFindings';
import { findMilestone, writtenAt } from './missionRefs';
import { isCalendarDate, writtenAsMonth } from './monthShift';
import type { Gesture, GestureHandler } from './types';

type MoveMilestone = Extract<Gesture, { kind: 'moveMilestone' }>;

export const moveMilestone: GestureHandler<MoveMilestone> = (analysis, gesture, messages) => {
  const m = messages.missionGestures;
  const model = analysis.model?.kind === 'mission' ? analysis.model : undefined;
  const milestone = model && findMilestone(model, gesture.milestone);
  if (!model || !milestone) return { refused: m.noMilestone };
  if (typeof gesture.date !== 'string' || !isCalendarDate(gesture.date)) return { refused: m.badDate(String(gesture.date).slice(0, 40)) };
  const name = milestone.title ?? milestone.id;
  const before = writtenAt(analysis.doc.data, milestone.path, 'date');
  if (before === undefined) return { refused: m.noMilestoneDate(name) };
  if (parseMonthOrDate(before.trim(), 'start') === undefined) return { refused: m.unreadableMilestoneDate(name, before) };
  const asMonth = writtenAsMonth(before);
  const after = asMonth ? gesture.date.slice(0, 7) : gesture.date;
  const day = parseMonthOrDate(after, 'start')!;
  const text = writtenDayText(after, day, m.language);
  if (after === before.trim()) return { edits: [], announce: m.milestoneUnchanged(name, text, asMonth) };
  const edit = replaceValue(analysis.doc, milestone.path.concat('date'), after);
  if (!edit) return { refused: m.noMilestone };
  const found = newFindings(analysis, [edit], m.language);
  if (found.errors.length) return { refused: m.wouldBreak(found.errors[0]!) };
  const announce = m.milestoneMoved(name, text, asMonth);
  return { edits: [edit], announce: found.warnings.length ? announce + m.andWarns(found.warnings) : announce };
};
