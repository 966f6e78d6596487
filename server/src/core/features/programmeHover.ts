/**
 * What hover adds on a programme's v2 keys (FORMAT.md 7.3): on a training-sheet key of a
 * `format: training` programme, the item of the French training sheet it answers; on a
 * step's `duration`, the steps' total against the slot.
 */
import type { Messages, TrainingSheetKey } from '../messages';
import type { Path, ProgrammeModel } from '../model/types';
import { slotOfStep, stepsTotal } from './programmeDurations';

const TRAINING_SHEET_KEYS: ReadonlySet<string> = new Set<TrainingSheetKey>([
  'objectives',
  'audience',
  'prerequisites',
  'evaluation',
  'accessibility',
  'duration',
  'price',
  'access',
  'contact',
  'methods',
]);

/** On a top-level key of a training: which item of the training sheet it is. */
export function trainingSheetHover(model: ProgrammeModel, path: Path, onKey: boolean, m: Messages): string | undefined {
  if (!onKey || model.format !== 'training' || path.length !== 1 || !TRAINING_SHEET_KEYS.has(String(path[0]))) return undefined;
  return m.ui.trainingSheetItem(path[0] as TrainingSheetKey);
}

/** On a step's `duration` (its key or its value): the durations of the slot's steps added up, against the slot. */
export function stepDurationHover(model: ProgrammeModel, path: Path, m: Messages): string | undefined {
  const slot = path[path.length - 1] === 'duration' ? slotOfStep(model, path) : undefined;
  if (!slot || path.length !== slot.path.length + 3) return undefined;
  const steps = stepsTotal(slot);
  if (!steps) return undefined;
  const over = steps.slot !== undefined && steps.total > steps.slot ? m.duration(steps.total - steps.slot) : undefined;
  const slotLength = steps.slot === undefined ? undefined : m.duration(steps.slot);
  const timed = steps.timed < steps.steps ? m.ui.stepsTimed(steps.timed, steps.steps) : '';
  return `**${m.ui.steps}** ${m.ui.stepsAgainstSlot(m.duration(steps.total), slotLength, over)}${timed}`;
}
