/**
 * What the gestures of the preview say (issue 19): why one is refused, and the sentence a
 * screen reader announces once it is made. English, then French with the same shape.
 * A slot's title is quoted; French speaks of « la séance » so the agreement is always right
 * (« Séance « Accueil » déplacée à 10h00 », whatever the title's gender).
 */
import { formatClock } from '../time';

const quoteEn = (s: string) => `“${s}”`;
const quoteFr = (s: string) => `« ${s} »`;
const minutesEn = (n: number) => `${n} min`;
const minutesFr = (n: number) => `${n} min`;

export const gesturesEn = {
  notProgramme: 'Only the slots of a programme can be edited from the preview.',
  noSlot: 'This slot is no longer in the document: the preview was out of date.',
  noPlace: 'There is no such place in the programme: the preview was out of date.',
  flowAgenda: 'This day’s agenda is written on one line (`[…]`): edit it in the text.',
  unknownTimes: (day: string) => `The times of ${day} are not all known: fix its time problems first.`,
  pastMidnight: (title: string) => `${quoteEn(title)} would end after midnight.`,
  pinnedInTheWay: (title: string, pinned: string, at: string) => `${quoteEn(title)} does not fit: ${quoteEn(pinned)} is pinned at ${at}.`,
  noStart: (title: string) => `${quoteEn(title)} would start the day without a start time: give the day a \`start\` or the slot a \`time\`.`,
  tooShort: 'A slot lasts at least 5 minutes.',
  fiveMinutes: 'A slot’s length changes by 5-minute steps.',
  unknownType: (type: string, types: string) => `${quoteEn(type)} is not a slot type (${types}).`,
  lastSlot: 'The last slot of a day cannot be deleted from the preview: a day has at least one slot.',
  noTrack: 'This slot has no such track: the preview was out of date.',
  noGroup: (group: string) => `The group ${quoteEn(group)} is not in that track.`,
  emptyTitle: 'A slot needs a title.',
  wouldCreate: (problem: string) => `Not applied, it would create a problem: ${problem}`,
  staleVersion: 'The preview was out of date: it has been redrawn, try again.',
  notAvailable: 'This gesture is not available yet.',
  dayName: (n: number) => `day ${n}`,
  moved: (title: string, at: string) => `${quoteEn(title)} moved to ${at}`,
  movedToDay: (title: string, at: string, day: string) => `${quoteEn(title)} moved to ${day} at ${at}`,
  resized: (title: string, minutes: number, longer: boolean) => `${quoteEn(title)} ${longer ? 'lengthened' : 'shortened'} to ${minutesEn(minutes)}`,
  renamed: (title: string) => `Slot renamed ${quoteEn(title)}`,
  typeSet: (title: string, type: string) => `${quoteEn(title)} is now a ${type}`,
  duplicated: (title: string, at: string) => `${quoteEn(title)} duplicated at ${at}`,
  deleted: (title: string) => `${quoteEn(title)} deleted`,
  visibility: (title: string, team: boolean) => (team ? `${quoteEn(title)} is now for the team only` : `${quoteEn(title)} is now shown to everyone`),
  inserted: (type: string, at: string) => `New ${type} slot at ${at}`,
  groupMoved: (group: string, track: string) => `Group ${quoteEn(group)} moved to ${quoteEn(track)}`,
  newTitle: (type: string) => `New ${type}`,
  trackName: (n: number) => `track ${n}`,
  clock: (minutes: number) => formatClock(minutes, 'colon'),
  flowSlot: 'This slot is written on one line (`{…}`): edit it in the text.',
  language: 'en' as 'en' | 'fr',
  lastGroup: (group: string) => `${quoteEn(group)} is the only group of its track, which would be left empty: edit it in the text.`,
};

export const gesturesFr: typeof gesturesEn = {
  notProgramme: 'Seules les séances d’un programme se modifient depuis l’aperçu.',
  noSlot: 'Cette séance n’est plus dans le document : l’aperçu n’était pas à jour.',
  noPlace: 'Cet emplacement n’existe pas dans le programme : l’aperçu n’était pas à jour.',
  flowAgenda: 'Le déroulé de cette journée est écrit sur une ligne (`[…]`) : modifiez-le dans le texte.',
  unknownTimes: (day: string) => `Les horaires de ${day} ne sont pas tous connus : corrigez d’abord ses problèmes d’horaires.`,
  pastMidnight: (title: string) => `La séance ${quoteFr(title)} finirait après minuit.`,
  pinnedInTheWay: (title: string, pinned: string, at: string) => `La séance ${quoteFr(title)} ne tient pas : la séance ${quoteFr(pinned)} est épinglée à ${at}.`,
  noStart: (title: string) => `La séance ${quoteFr(title)} ouvrirait la journée sans heure de début : donnez à la journée un \`start\` ou à la séance un \`time\`.`,
  tooShort: 'Une séance dure au moins 5 minutes.',
  fiveMinutes: 'La durée d’une séance change par pas de 5 minutes.',
  unknownType: (type: string, types: string) => `${quoteFr(type)} n’est pas un type de séance (${types}).`,
  lastSlot: 'La dernière séance d’une journée ne se supprime pas depuis l’aperçu : une journée a au moins une séance.',
  noTrack: 'Cette séance n’a pas ce parcours : l’aperçu n’était pas à jour.',
  noGroup: (group: string) => `Le groupe ${quoteFr(group)} n’est pas dans ce parcours.`,
  emptyTitle: 'Une séance a besoin d’un intitulé.',
  wouldCreate: (problem: string) => `Non appliqué, cela créerait un problème : ${problem}`,
  staleVersion: 'L’aperçu n’était pas à jour : il vient d’être redessiné, recommencez.',
  notAvailable: 'Ce geste n’est pas encore disponible.',
  dayName: (n: number) => `la journée ${n}`,
  moved: (title: string, at: string) => `Séance ${quoteFr(title)} déplacée à ${at}`,
  movedToDay: (title: string, at: string, day: string) => `Séance ${quoteFr(title)} déplacée dans ${day} à ${at}`,
  resized: (title: string, minutes: number, longer: boolean) => `Séance ${quoteFr(title)} ${longer ? 'allongée' : 'raccourcie'} à ${minutesFr(minutes)}`,
  renamed: (title: string) => `Séance renommée ${quoteFr(title)}`,
  typeSet: (title: string, type: string) => `Séance ${quoteFr(title)} de type ${type}`,
  duplicated: (title: string, at: string) => `Séance ${quoteFr(title)} dupliquée à ${at}`,
  deleted: (title: string) => `Séance ${quoteFr(title)} supprimée`,
  visibility: (title: string, team: boolean) => (team ? `Séance ${quoteFr(title)} réservée à l’équipe` : `Séance ${quoteFr(title)} visible de tous`),
  inserted: (type: string, at: string) => `Nouvelle séance (${type}) à ${at}`,
  groupMoved: (group: string, track: string) => `Groupe ${quoteFr(group)} déplacé dans ${quoteFr(track)}`,
  newTitle: (type: string) => `Nouvelle séance (${type})`,
  trackName: (n: number) => `parcours ${n}`,
  clock: (minutes: number) => formatClock(minutes, 'h'),
  flowSlot: 'Cette séance est écrite sur une ligne (`{…}`) : modifiez-la dans le texte.',
  language: 'fr',
  lastGroup: (group: string) => `${quoteFr(group)} est le seul groupe de son parcours, qui resterait vide : modifiez-le dans le texte.`,
};
