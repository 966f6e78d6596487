/**
 * The rules that work on a model, in the order they run (every code's metadata is in
 * registry.ts). The three document checks (`yaml-syntax`, `multi-document`, `schema`) run
 * before the model is built; the cross-file part of `double-booked` runs over a set
 * (doubleBookedAcrossFiles.ts).
 */
import { dateOutsidePeriod } from './dateOutsidePeriod';
import { dateOutsidePhase } from './dateOutsidePhase';
import { dayOrder } from './dayOrder';
import { dayTooLong } from './dayTooLong';
import { deliverableUnproduced } from './deliverableUnproduced';
import { doubleBooked } from './doubleBooked';
import { durationMismatch } from './durationMismatch';
import { idDuplicate } from './idDuplicate';
import { noBreak } from './noBreak';
import { perGroup } from './perGroup';
import { phaseOrder } from './phaseOrder';
import { phaseOutsidePeriod } from './phaseOutsidePeriod';
import { programmeMissing } from './programmeMissing';
import { programmeOutsidePhase } from './programmeOutsidePhase';
import { refUnknown } from './refUnknown';
import type { Rule } from './rule';
import { schemeDuration } from './schemeDuration';
import { schemeSessions } from './schemeSessions';
import { stepsTooLong } from './stepsTooLong';
import { timeConflict } from './timeConflict';
import { timeFormat } from './timeFormat';
import { timeGap } from './timeGap';
import { timeMidnight } from './timeMidnight';
import { timeOrder } from './timeOrder';
import { timeOverlap } from './timeOverlap';
import { timeUnresolved } from './timeUnresolved';
import { trainingFields } from './trainingFields';
import { unused } from './unused';

export const rules: readonly Rule[] = [
  timeFormat,
  timeOrder,
  timeOverlap,
  timeGap,
  timeUnresolved,
  timeConflict,
  timeMidnight,
  dayTooLong,
  noBreak,
  perGroup,
  dayOrder,
  refUnknown,
  idDuplicate,
  doubleBooked,
  deliverableUnproduced,
  unused,
  trainingFields,
  phaseOrder,
  phaseOutsidePeriod,
  programmeMissing,
  programmeOutsidePhase,
  schemeDuration,
  schemeSessions,
  dateOutsidePeriod,
  dateOutsidePhase,
  durationMismatch,
  stepsTooLong,
];

export { appliesTo, ruleContext } from './rule';
export type { Rule, RuleContext, LinkedProgramme } from './rule';
export { checkYamlSyntax } from './yamlSyntax';
export { checkMultiDocument } from './multiDocument';
export { BookingIndex, checkBookingsAcrossFiles } from './doubleBookedAcrossFiles';
