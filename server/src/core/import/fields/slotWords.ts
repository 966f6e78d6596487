/**
 * Words of a slot line that the slot-type vocabulary alone gets wrong:
 * - « 12h30 Clôture – déjeuner libre » closes the day: the lunch is not provided, so the
 *   slot is a `closing`, not a `meal`;
 * - « Animation : Mme Claire DUBOIS », « Animé par … », « Intervenant(s) : … » names the
 *   slot's speakers: it is not a step;
 * - « salle Vauban », « en salle 204 », « Amphithéâtre » is where the slot happens: a room.
 */
import { capitalise, collapse, fold, undress } from './fieldText';

/** A meal the participants take on their own: not a slot of the programme's meal. */
const FREE_MEAL = /(?<![\p{L}])(?:dejeuner|repas|lunch|diner|dinner)\s+(?:libre|libres|non (?:fourni|pris en charge|compris|inclus)|a la charge (?:des participants|de chacun)|not (?:provided|included)|on your own)(?![\p{L}])|(?<![\p{L}])(?:free|own)\s+lunch(?![\p{L}])/u;
const CLOSING = /(?<![\p{L}])(?:cloture|fin de (?:la )?(?:journee|matinee|session|formation|seance|atelier)|conclusion|conclusions|mot de la fin|closing|close|end of (?:the )?(?:day|session|morning)|wrap-?up)(?![\p{L}])/u;

/**
 * True when a slot's text closes the session and mentions a meal that is not provided
 * (« Clôture – déjeuner libre »): its type is `closing`. A free meal alone
 * (« Déjeuner libre ») stays a meal break.
 */
export function isClosingWithFreeMeal(text: string): boolean {
  const f = fold(text);
  return FREE_MEAL.test(f) && CLOSING.test(f);
}

/**
 * Labels of a line that names the slot's speakers. With a colon: « Animation : »,
 * « Intervenant(s) : », « Intervenants : », « Intervenante : », « Animateurs : »,
 * « Speakers: », « Facilitator: »; without: « Animé(e) par », « Présenté(e) par »,
 * « Avec la participation de », « Led by », « Presented by », « Facilitated by ».
 */
const SPEAKERS_WITH_COLON = /^(?:animation|animations|intervenant(?:\(e\))?(?:\(s\))?|intervenants?|intervenantes?|animat(?:eur|rice)(?:\(s\))?s?|formateurs?|formatrices?|conferenciers?|speakers?|facilitators?|facilitation|presenters?|trainers?|avec|with)\s*:\s*/;
const SPEAKERS_BY = /^(?:anime(?:e|es|s)?|presente(?:e|es|s)?|co-?anime(?:e|es|s)?|intervention|interventions|avec la participation|led|presented|facilitated|run|hosted)\s+(?:par|de|by)\s+/;

/**
 * The names of a speakers line (« Animation : Mme Claire DUBOIS » → « Mme Claire DUBOIS »),
 * as written, for the people reader; undefined for any other line. « Animation d'un temps
 * d'échange » and « Intervention de Frédéric Applincourt, RT sur ce secteur » written as a
 * step are not speakers lines: the first has no colon, the second is a sentence with more
 * than the names (only an « Intervention de » line that is nothing but names counts).
 */
export function speakersOf(line: string): string | undefined {
  const text = undress(line);
  const f = fold(text);
  const colon = SPEAKERS_WITH_COLON.exec(f);
  const by = colon ? undefined : SPEAKERS_BY.exec(f);
  const m = colon ?? by;
  if (!m) return undefined;
  // fold keeps one character per character of these labels (accents only are removed), so the cut is the same in the text.
  const names = collapse(text.slice(m[0].length));
  if (!names || !/^\p{Lu}|^(?:M\.|Mme|Mr|Dr)/u.test(names)) return undefined;
  if (by && /^intervention/.test(f) && !/^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:de |du |d'|le |la )?[\p{Lu}][\p{L}'’.-]*)+(?:\s*(?:,|et|and|&)\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)+)*$/u.test(names)) return undefined;
  return names;
}

export interface RoomHit {
  /** The room as a label: « Salle Vauban », « Salle 204 », « Amphithéâtre ». */
  room: string;
  /** The line without the room and the words that introduced it (`en`, `dans la`, brackets). */
  rest: string;
}

/**
 * A room named in a line: « salle » or « room » followed by a name or a number
 * (« salle Vauban », « en salle 204 », « salle du conseil »), an amphitheatre
 * (« Amphithéâtre », « amphi B »), or « Room: Vauban ». « travail en salle » names no
 * room: a room needs its name or number, except an amphitheatre.
 */
export function roomOf(line: string): RoomHit | undefined {
  const text = collapse(line);
  for (const m of text.matchAll(/(?<![\p{L}])(salle|room|amphith[ée][aâ]tre|amphi|auditorium)(?:\s*:)?(?![\p{L}])/giu)) {
    const kind = m[1]!;
    const name = nameAfter(text.slice(m.index! + m[0].length));
    const amphi = /^(?:amphi|auditorium)/i.test(foldWord(kind));
    if (name === undefined && !amphi) continue;
    const room = capitalise(`${kind}${name ? ` ${name.text}` : ''}`);
    let from = m.index!;
    let to = m.index! + m[0].length + (name?.length ?? 0);
    const before = /(?:\(\s*|(?<![\p{L}])(?:en|dans la|dans l['’]|dans|in the|in|at the|at)\s+)$/iu.exec(text.slice(0, from));
    if (before) from = before.index;
    if (text[from] === '(' && /^\s*\)/.test(text.slice(to))) to += /^\s*\)/.exec(text.slice(to))![0].length;
    const rest = collapse(`${text.slice(0, from)} ${text.slice(to)}`).replace(/^[\s,;–—-]+|[\s,;:–—-]+$/g, '');
    return { room, rest };
  }
  return undefined;
}

const foldWord = (w: string) => fold(w);
/** Words that end a room's name (« salle Vauban pour la restitution »). */
const NAME_STOP = /^(?:pour|avec|et|a|à|au|aux|puis|ou|for|with|and|then|or|le|la|les|the|de|du|des|en|sur)$/i;

/** The name or number after « salle »: « Vauban », « 204 », « B », « du conseil municipal »; undefined for none (« en salle »). */
function nameAfter(after: string): { text: string; length: number } | undefined {
  const number = /^\s+(\d{1,4}[A-Za-z]?|[A-Z]\d{0,3})(?![\p{L}\d])/u.exec(after);
  if (number) return { text: number[1]!, length: number[0].length };
  const article = /^\s+(du|de la|des|de l['’]|d['’])\s*/iu.exec(after);
  const words = /^\s*([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?(?:\s+([\p{L}'’-]+))?/u;
  if (article) {
    const m = words.exec(after.slice(article[0].length));
    if (!m) return undefined;
    const taken = [m[1]!, ...[m[2], m[3]].filter((w): w is string => !!w)];
    const kept: string[] = [taken[0]!];
    for (const w of taken.slice(1)) if (!NAME_STOP.test(w) && kept.length === 1) kept.push(w);
    const text = `${article[1]}${/['’]$/.test(article[1]!) ? '' : ' '}${kept.join(' ')}`;
    return { text, length: article[0].length + after.slice(article[0].length).indexOf(kept[kept.length - 1]!) + kept[kept.length - 1]!.length };
  }
  const proper = /^\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u.exec(after);
  return proper ? { text: proper[1]!, length: proper[0].length } : undefined;
}
