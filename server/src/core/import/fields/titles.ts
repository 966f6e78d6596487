/**
 * A programme's title as e-mails and Word headers write it, cleaned: the e-mail subject's
 * prefixes (« Objet : », « TR : », « Fwd: », « RE : », tags such as « [EXT] ») dropped, a
 * bracketed organisation (« [CVRH Arras] ») and an organisation prefix (« DDTM 59 – »,
 * « Cerema Hauts-de-France : ») moved to the `organiser` candidate. `sentenceCase.ts` then
 * writes a title in capitals in sentence case. Every title, a programme's or a slot's, is
 * tidied the same way: spaces collapsed, one final full stop or colon removed.
 */
import { collapse, fold } from './fieldText';

export interface TitleParts {
  title: string;
  /** The organisation the title named before it (a candidate for `organiser`). */
  organiser?: string;
  /** What was removed and is not the organiser (`TR :`, `[EXT]`), as written. */
  dropped: string[];
}

/** Reply and forward markers of mail clients, French and English, and the subject label. */
const MAIL_PREFIX = /^(?:objet|subject|re|tr|fwd?|fw|transf|ref|aw|wg|sv|vs)\s*(?:\[\d+\])?\s*:\s*/iu;
/** Bracketed tags that are not organisations. */
const TAG = /^(?:ext|externe|external|interne|internal|spam|urgent|important|info|information|rappel|reminder|nouveau|new|diffusion|pour info|pour information|pj|suite|fyi|pour action|action|test|draft|brouillon)$/;

/**
 * Words that start the name of an organisation of the field (State services, Cerema,
 * training centres, local authorities), folded. An organisation prefix must start with one.
 */
const ORG_START = /^(?:ddt\(?m?\)?|ddtm|ddt|ddets|dreal|deal|driea|drieat|dgaln|dgcl|dhup|cerema|cvrh|cnfpt|ifore|entpe|enpc|caue|anct|anah|anru|ademe|epf|epfl|agence|prefecture|sous-prefecture|region|departement|conseil (?:departemental|regional|general)|metropole|communaute|cc|syndicat|pnr|parc naturel|ville de|commune de|mairie de|ministere|mte|mtect|mct|banque des territoires|cdc|ofb|onf|inrae|irev|sgar)(?![\p{L}])/u;

/** Separators between an organisation prefix and the title: dashes with spaces, a colon, a vertical bar. */
const ORG_SEPARATOR = /\s+[–—-]\s+|\s*:\s+|\s+\|\s+/;

/**
 * A title as written, tidied: spaces collapsed, one final full stop removed (not `etc.`,
 * `M.`), a final colon removed (« Point d'étape du diagnostic : » announces the steps
 * below it). With `prefixes` (the default: a programme's title, an e-mail subject), its
 * prefixes moved out too (see the file's comment): « [CVRH Arras] TR : Formation ZAN » →
 * title « Formation ZAN », organiser « CVRH Arras », dropped [« TR : »]. A slot's title
 * keeps them (« (Re)découvrir le bourg » is no organisation).
 */
export function cleanTitle(line: string, options: { prefixes?: boolean } = {}): TitleParts {
  const tidy = finalPunctuation(collapse(line));
  return options.prefixes === false ? { title: tidy, dropped: [] } : withoutPrefixes(tidy);
}

/** One final full stop or colon removed from a title. */
function finalPunctuation(title: string): string {
  let t = title;
  if (/[^.]\.$/.test(t) && !/\b(?:etc|ex|cf|env|min|max|St|Ste|M|Mme|Dr|Pr)\.$/i.test(t)) t = t.slice(0, -1).trimEnd();
  if (/\s:$/.test(t) || /[^:]:$/.test(t)) t = t.slice(0, -1).trimEnd();
  return t;
}

function withoutPrefixes(line: string): TitleParts {
  let title = line;
  const dropped: string[] = [];
  let organiser: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    const mail = MAIL_PREFIX.exec(title);
    if (mail) {
      dropped.push(mail[0].trim());
      title = title.slice(mail[0].length);
      continue;
    }
    const bracket = /^[[(]([^\])]{1,60})[\])]\s*/u.exec(title);
    if (bracket && title.length > bracket[0].length) {
      const inside = collapse(bracket[1]!);
      if (!organiser && !TAG.test(fold(inside)) && /\p{L}/u.test(inside)) organiser = inside;
      else dropped.push(bracket[0].trim());
      title = title.slice(bracket[0].length);
      continue;
    }
    break;
  }
  const prefix = organisationPrefix(title);
  if (prefix) {
    if (!organiser) organiser = prefix.organiser;
    else if (fold(prefix.organiser) !== fold(organiser)) dropped.push(prefix.organiser);
    title = prefix.rest;
  }
  return { title: title.trim(), ...(organiser ? { organiser } : {}), dropped };
}

/**
 * « DDTM 59 – Identifier… » → { organiser: « DDTM 59 », rest: « Identifier… » }: the text
 * before the first separator, when it is short (at most 6 words) and starts like an
 * organisation's name, and a title remains after it.
 */
export function organisationPrefix(title: string): { organiser: string; rest: string } | undefined {
  const sep = ORG_SEPARATOR.exec(title);
  if (!sep || sep.index === 0) return undefined;
  const head = title.slice(0, sep.index).trim();
  const rest = title.slice(sep.index + sep[0].length).trim();
  if (!rest || !/\p{L}{2}/u.test(rest) || head.split(/\s+/).length > 6) return undefined;
  return ORG_START.test(fold(head)) ? { organiser: head, rest } : undefined;
}
