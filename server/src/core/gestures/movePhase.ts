/**
 * `movePhase`: a phase bar dragged on the mission Gantt by whole months. `both` moves its
 * `start` and `end` together, `start` or `end` stretches that edge alone. Each value keeps
 * the form it was written in (a month stays a month, a date keeps its day, clamped to the
 * month's end) and its quotes; nothing else of the text changes.
 *
 * Refused, changing nothing: a phase that ends before it starts, a bound moved out of the
 * mission's `period` when it declares one (what `phase-outside-period` reports, and a start
 * after the period's end, which it does not), and any other error the mission rules would
 * report that they do not report now. The warnings it brings (`phase-order`: it now overlaps its
 * neighbour; `date-outside-phase`: a milestone of the phase is now outside it) are said in
 * the announcement, and the editor shows them.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { replaceValue } from '../codeActions/edits';
import { parseMonthOrDate } from '../time';
import { spanText } from '../render/words';
import { newFindings } from './missionFindings';
import { findPhase, writtenAt } from './missionRefs';
import { shiftWritten, writtenAsMonth } from './monthShift';
import type { Gesture, GestureHandler } from './types';

type MovePhase = Extract<Gesture, { kind: 'movePhase' }>;

export const movePhase: GestureHandler<MovePhase> = (analysis, gesture, messages) => {
  const m = messages.missionGestures;
  const model = analysis.model?.kind === 'mission' ? analysis.model : undefined;
  const phase = model && findPhase(model, gesture.phase);
  if (!model || !phase) return { refused: m.noPhase };
  if (!Number.isSafeInteger(gesture.months)) return { refused: m.notWholeMonths };
  const name = phase.title ?? phase.id;
  const edges: ('start' | 'end')[] = gesture.edge === 'both' ? ['start', 'end'] : [gesture.edge];
  const written = { start: writtenAt(analysis.doc.data, phase.path, 'start'), end: writtenAt(analysis.doc.data, phase.path, 'end') };
  const moved = { ...written };
  const edits: TextEdit[] = [];
  for (const edge of edges) {
    const before = written[edge];
    // `both` on a phase with one edge written moves that edge; a stretch needs its edge.
    if (before === undefined) {
      if (gesture.edge !== 'both') return { refused: m.noEdge(name, edge) };
      continue;
    }
    if (parseMonthOrDate(before.trim(), edge) === undefined) return { refused: m.unreadableEdge(name, edge, before) };
    const after = shiftWritten(before, gesture.months);
    if (after === undefined) return { refused: m.outOfCalendar };
    moved[edge] = after;
    if (after === before.trim()) continue;
    const edit = replaceValue(analysis.doc, phase.path.concat(edge), after);
    if (!edit) return { refused: m.noPhase };
    edits.push(edit);
  }
  if (moved.start === undefined && moved.end === undefined) return { refused: m.noDates(name) };
  const start = moved.start === undefined ? undefined : parseMonthOrDate(moved.start, 'start');
  const end = moved.end === undefined ? undefined : parseMonthOrDate(moved.end, 'end');
  if (start !== undefined && end !== undefined && end < start) return { refused: m.endBeforeStart(name) };

  // A bound moved out of the period is refused, even where `phase-outside-period` says nothing
  // (a phase that would start after the period's end).
  const period = model.period;
  const out = (day: number | undefined) => day !== undefined && ((period?.start !== undefined && day < period.start) || (period?.end !== undefined && day > period.end));
  if (period && ((moved.start !== written.start && out(start)) || (moved.end !== written.end && out(end)))) {
    const [from, to] = [writtenAt(analysis.doc.data, ['period'], 'start'), writtenAt(analysis.doc.data, ['period'], 'end')];
    return { refused: m.outsidePeriod(name, spanText(period.start, period.end, m.language, from !== undefined && writtenAsMonth(from), to !== undefined && writtenAsMonth(to))) };
  }
  const span = spanText(start, end, m.language, moved.start !== undefined && writtenAsMonth(moved.start), moved.end !== undefined && writtenAsMonth(moved.end));
  if (edits.length === 0) return { edits, announce: m.phaseUnchanged(name, span) };
  const found = newFindings(analysis, edits, m.language);
  if (found.errors.length) return { refused: m.wouldBreak(found.errors[0]!) };
  const announce = gesture.edge === 'both' ? m.phaseMoved(name, span) : m.phaseStretched(name, span);
  return { edits, announce: found.warnings.length ? announce + m.andWarns(found.warnings) : announce };
};
