/**
 * The gestures of a mission's Gantt (issue 19): a phase bar or one of its edges dragged by
 * months, a milestone dragged to another day. The request's dispatch (gestures/index.ts)
 * hands these two kinds here.
 */
import type { Analysis } from '../languageService';
import type { Messages } from '../messages';
import { moveMilestone } from './moveMilestone';
import { movePhase } from './movePhase';
import type { Gesture, GestureOutcome } from './types';

export function missionGesture(analysis: Analysis, gesture: Extract<Gesture, { kind: 'movePhase' | 'moveMilestone' }>, m: Messages): GestureOutcome {
  if (analysis.doc.kind !== 'mission') return { refused: gesture.kind === 'movePhase' ? m.missionGestures.noPhase : m.missionGestures.noMilestone };
  return gesture.kind === 'movePhase' ? movePhase(analysis, gesture, m) : moveMilestone(analysis, gesture, m);
}
