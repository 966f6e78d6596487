/**
 * What a cell's content looks like, for a table without a header (or a header word we do
 * not know): a room, a speakers cell, a day heading. Times and durations are in
 * `cellTime.ts`, people in `speakerCell.ts`.
 */
import { foldWords } from './headerWords';
import { isOrganisation, startsWithPerson } from './speakerCell';

const ROOM = /^(?:salle|salles|amphi|amphitheatre|auditorium|room|hall|batiment|bat|espace|visio|visioconference|en ligne|online|zoom|teams|rdc|etage|bureau)\b/;

/** `Salle Vauban`, `Amphi B`, `Room 2`, `Visio`. */
export function looksLikeRoom(text: string): boolean {
  return text.length <= 80 && ROOM.test(foldWords(text));
}

/** `Mme Claire DUBOIS (DDTM 59)`, `Paul Martin, Cerema`, `Cerema`, `DDTM 59`: who speaks. */
export function looksLikeSpeakers(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 300) return false;
  if (startsWithPerson(t)) return true;
  // An organisation alone (« Cerema », « DDTM 59 / CAUE ») speaks through its people.
  return t.split(/\s*[,;/]\s*/).every((part) => part.split(/\s+/).length <= 5 && isOrganisation(part));
}

const WEEKDAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS =
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|avr|juil|sept|oct|nov|dec|' +
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep';
const DAY_WORDS = new RegExp(
  String.raw`^(?:(?:${WEEKDAYS})\b|(?:jour|journee|day|j)\s*\d{1,2}\b|(?:premiere|deuxieme|troisieme|seconde|first|second|third)\s+(?:journee|jour|day)\b)` +
    String.raw`|\b\d{1,2}(?:er|st|nd|rd|th)?\s+(?:${MONTHS})\b|\b(?:${MONTHS})\s+\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`,
);

/**
 * A heading that names a day: a weekday, a date, « Jour 2 », « Day 1 ». The date itself is
 * read by the programme's date reader, which knows years and weekdays: here only the shape.
 */
export function looksLikeDayHeading(text: string): boolean {
  // foldWords removes `/` and `.`: dates are looked for in the accent-folded text as written.
  const f = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[*_#]/g, '').trim();
  return f.length <= 120 && DAY_WORDS.test(f);
}
