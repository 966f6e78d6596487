/**
 * The readers of a programme's fields and vocabulary that the text reader calls (issue 17),
 * each pure and host-agnostic: the training sheet (FORMAT.md 7.3), the training scorer,
 * titles, the slot words that the type vocabulary alone gets wrong, times inside a session
 * and team sections. Input is a label and its value, a title line or a list of lines; output
 * is the value for a model key, or undefined when the text does not say it.
 */
export { trainingFieldLine, trainingKeyOf, type TrainingFieldLine, type TrainingKey } from './trainingLabels';
export { durationOf, methodsOf, placesOf, prerequisitesOf, stringOrList, textOf } from './trainingValues';
export { priceOf, type PriceAmount, type PricePer, type PriceValue } from './price';
export { contactOf, type ContactDetails } from './contact';
export { isTraining, trainingEvidence, TRAINING_THRESHOLD, type TrainingEvidence } from './trainingFormat';
export { cleanTitle, organisationPrefix, type TitleParts } from './titles';
export { isAllCaps, namesIn, sentenceCase } from './sentenceCase';
export { isClosingWithFreeMeal, roomOf, speakersOf, type RoomHit } from './slotWords';
export { isInside, stepInside, timedLine, type TimedLine } from './timeInside';
export { isTeamHeading, readTeamSection, rolesNamed, type TeamSection } from './teamSections';
export { MAX_VALUE } from './fieldText';
