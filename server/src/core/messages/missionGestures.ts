/**
 * What the mission gestures of the preview say (issue 19): dragging a phase bar or a
 * milestone on the Gantt. The refusals, and the sentence announced to screen readers when a
 * gesture is made. English, then French with the same shape.
 */
const quoteEn = (s: string) => `“${s}”`;
const quoteFr = (s: string) => `« ${s} »`;

export const missionGesturesEn = {
  /** The language the dates of these sentences are written in. */
  language: 'en' as 'en' | 'fr',
  noPhase: 'This phase is no longer in the document: the preview is being redrawn.',
  noMilestone: 'This milestone is no longer in the document: the preview is being redrawn.',
  notWholeMonths: 'A phase moves by a whole number of months.',
  noDates: (phase: string) => `${quoteEn(phase)} has no \`start\` or \`end\` to move: write them in the file first.`,
  noEdge: (phase: string, key: 'start' | 'end') => `${quoteEn(phase)} has no \`${key}\` to move: write it in the file first.`,
  unreadableEdge: (phase: string, key: 'start' | 'end', written: string) =>
    `The \`${key}\` of ${quoteEn(phase)} (${quoteEn(written)}) is not a month or a date: correct it in the file first.`,
  outOfCalendar: 'The new date would fall outside the years 0001 to 9999.',
  outsidePeriod: (phase: string, period: string) => `${quoteEn(phase)} would leave the mission period (${period}).`,
  endBeforeStart: (phase: string) => `${quoteEn(phase)} would end before it starts.`,
  badDate: (date: string) => `${quoteEn(date)} is not a date written YYYY-MM-DD.`,
  noMilestoneDate: (milestone: string) => `${quoteEn(milestone)} has no \`date\` to move: write it in the file first.`,
  unreadableMilestoneDate: (milestone: string, written: string) =>
    `The \`date\` of ${quoteEn(milestone)} (${quoteEn(written)}) is not a month or a date: correct it in the file first.`,
  /** A rule would report an error that was not there: the gesture is refused with the rule's message. */
  wouldBreak: (message: string) => `Not changed: ${message}`,
  phaseMoved: (phase: string, span: string) => `${quoteEn(phase)} moved: ${span}.`,
  phaseStretched: (phase: string, span: string) => `${quoteEn(phase)} now runs ${span}.`,
  phaseUnchanged: (phase: string, span: string) => `${quoteEn(phase)} does not move: ${span}.`,
  /** `isMonth`: the milestone is written as a month (« en décembre 2021 »). */
  milestoneMoved: (milestone: string, date: string, isMonth: boolean) => `${quoteEn(milestone)} moved to ${isMonth ? 'the month of ' : ''}${date}.`,
  milestoneUnchanged: (milestone: string, date: string, isMonth: boolean) => `${quoteEn(milestone)} stays ${isMonth ? 'in' : 'on'} ${date}.`,
  /** Warnings a gesture brings (it is made; the editor shows them too). */
  andWarns: (messages: string[]) => ` Warning: ${messages.join(' ')}`,
};

export type MissionGestureMessages = typeof missionGesturesEn;

export const missionGesturesFr: MissionGestureMessages = {
  language: 'fr',
  noPhase: 'Cette phase n’est plus dans le document : l’aperçu est en train d’être redessiné.',
  noMilestone: 'Ce jalon n’est plus dans le document : l’aperçu est en train d’être redessiné.',
  notWholeMonths: 'Une phase se déplace d’un nombre entier de mois.',
  noDates: (phase) => `${quoteFr(phase)} n’a ni \`start\` ni \`end\` à déplacer : écrivez-les d’abord dans le fichier.`,
  noEdge: (phase, key) => `${quoteFr(phase)} n’a pas de \`${key}\` à déplacer : écrivez-le d’abord dans le fichier.`,
  unreadableEdge: (phase, key, written) =>
    `Le \`${key}\` de ${quoteFr(phase)} (${quoteFr(written)}) n’est ni un mois ni une date : corrigez-le d’abord dans le fichier.`,
  outOfCalendar: 'La nouvelle date tomberait hors des années 0001 à 9999.',
  outsidePeriod: (phase, period) => `${quoteFr(phase)} sortirait de la période de la mission (${period}).`,
  endBeforeStart: (phase) => `${quoteFr(phase)} se terminerait avant de commencer.`,
  badDate: (date) => `${quoteFr(date)} n’est pas une date écrite AAAA-MM-JJ.`,
  noMilestoneDate: (milestone) => `${quoteFr(milestone)} n’a pas de \`date\` à déplacer : écrivez-la d’abord dans le fichier.`,
  unreadableMilestoneDate: (milestone, written) =>
    `La \`date\` de ${quoteFr(milestone)} (${quoteFr(written)}) n’est ni un mois ni une date : corrigez-la d’abord dans le fichier.`,
  wouldBreak: (message) => `Rien n’a changé : ${message}`,
  phaseMoved: (phase, span) => `${quoteFr(phase)} déplacée : ${span}.`,
  phaseStretched: (phase, span) => `${quoteFr(phase)} : désormais ${span}.`,
  phaseUnchanged: (phase, span) => `${quoteFr(phase)} ne bouge pas : ${span}.`,
  milestoneMoved: (milestone, date, isMonth) => `${quoteFr(milestone)} déplacé ${isMonth ? 'en' : 'au'} ${date}.`,
  milestoneUnchanged: (milestone, date, isMonth) => `${quoteFr(milestone)} reste ${isMonth ? 'en' : 'au'} ${date}.`,
  andWarns: (messages) => ` Attention : ${messages.join(' ')}`,
};
