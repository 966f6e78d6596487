/**
 * The words of a header cell (French and English) and the role they give their column:
 * « Horaire » → time, « Séquence » → title, « Intervenant(s) » → speakers, « Salle » →
 * room, « Durée » → duration, « Contenu » → details… A header cell is short: a long cell is
 * content, whatever words it holds.
 */
import { foldAccents } from '../../schema/suggest';
import { type ColumnRole } from './tableReading';

/** Lower case, no accents, straight apostrophes, `Intervenant(e)s`/`·e·s` marks removed. */
export function foldWords(text: string): string {
  return foldAccents(text)
    .replace(/[’‘ʼ´`]/g, "'")
    .replace(/\((?:e|es|s|x|trice|rice)\)|[·.](?:e|es)(?:[·.]s)?\b/g, '')
    .replace(/[*_#|:;,.!?()[\]«»"]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Header words, most specific first. A cell's role is the one of its first word found
 * (« Horaire / Durée » is a time column; « Durée » alone a duration column).
 */
const HEADER_WORDS: [ColumnRole, RegExp][] = [
  ['start', /^(?:debut|start|starts|from|de)$/],
  ['end', /^(?:fin|end|ends|to|jusqu'a|a)$/],
  ['time', /\b(?:horaires?|heures?|heure de debut|creneaux?|plage horaire|time|times|timing|schedule|when|quand|hour)\b/],
  ['duration', /\b(?:duree|durees|duration|length|temps(?! forts?))\b/],
  ['speakers', /\b(?:intervenants?|intervenantes?|animateurs?|animatrices?|animation|anime par|animee par|presente par|qui|speakers?|presenters?|facilitators?|facilitation|who|led by|pilotes?|responsables?|formateurs?|formatrices?|trainers?|orateurs?)\b/],
  ['room', /\b(?:salles?|lieux?|lieu|rooms?|location|venue|where|emplacement)\b|^ou$/],
  ['title', /\b(?:sequences?|seances?|sessions?|intitules?|themes?|titres?|titles?|sujets?|subjects?|topics?|activites?|activity|activities|ateliers?|workshops?|modules?|programme|agenda|items?|etapes?|temps forts?)\b/],
  ['details', /\b(?:contenus?|content|contents|deroules?|deroulement|descriptions?|descriptifs?|details?|objectifs?|objectives?|goals?|methodes?|methods?|modalites?|pedagogie|public|publics|audience|supports?|materials?|observations?|commentaires?|comments?|notes?|remarques?)\b/],
];

/** Detail headers whose text is a list of content, not a labelled field (no « Label : » prefix). */
const PLAIN_DETAILS = /^(?:contenus?|content|contents|deroules?|deroulement|descriptions?|descriptifs?|details?)$/;

/** A header cell: at most this many words. */
const MAX_HEADER_WORDS = 6;

/** The role a header cell gives its column, or undefined when its words name none. */
export function headerRole(text: string): ColumnRole | undefined {
  const f = foldWords(text);
  if (!f || f.split(' ').length > MAX_HEADER_WORDS || /\d{1,2}\s*[h:]\s*\d{0,2}/.test(f)) return undefined;
  let best: { role: ColumnRole; index: number } | undefined;
  for (const [role, re] of HEADER_WORDS) {
    const m = re.exec(f);
    if (m && (!best || m.index < best.index)) best = { role, index: m.index };
  }
  return best?.role;
}

/** True for a details header whose cells are content as such (« Contenu », « Déroulé »). */
export function isPlainDetails(label: string): boolean {
  return PLAIN_DETAILS.test(foldWords(label));
}
