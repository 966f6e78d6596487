/**
 * A speakers cell split into people: « Mme Claire DUBOIS (DDTM 59), M. Paul MARTIN –
 * Cerema » → Claire DUBOIS of DDTM 59 and Paul MARTIN of Cerema. Each person keeps the text
 * it was read from, so the programme's people reader may read it again its own way.
 *
 * People are separated by lines, `;`, ` / `, and by `,`, ` et `, ` and `, `&` when what
 * follows starts like a person (a civility, or a first name and a name). What follows a
 * name is its role and organisation: in brackets, or after a comma or a dash; a part that
 * reads as an organisation (an acronym, « Cerema », « Agence… », « Mairie de… ») is the
 * organisation, the rest the role.
 */
import { type TablePerson } from './tableReading';

const UPPER = 'A-ZÀ-ÖØ-Þ';
const LOWER = 'a-zß-öø-ÿ';
const CIVILITY = String.raw`(?:M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me|Monsieur|Madame|Mademoiselle)`;
const FIRST_NAME = `(?:[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?|[${UPPER}]\\.(?:-[${UPPER}]\\.)?)`;
const NAME_WORD = `(?:[${UPPER}][${LOWER}'’]+(?:-[${UPPER}][${LOWER}'’]+)*|[${UPPER}]{2,}(?:[-'’][${UPPER}]{2,})*)`;
const PARTICLE = `(?:de la|de|du|des|d'|d’|van der|van|von|le|la|di|da|del)`;
const SURNAME = `(?:${PARTICLE}\\s*)?${NAME_WORD}`;
/** A first name and one or two names (`Claire DUBOIS`, `Anne de la Tour`, `C. Martin`). */
const FULL_NAME = `${FIRST_NAME}(?:\\s+${SURNAME}){1,2}`;
const CIVILITY_AT_START = new RegExp(`^(${CIVILITY})\\s+`, 'u');
const NAME_AT_START = new RegExp(`^(${FULL_NAME})(?![\\p{L}])`, 'u');
/** After a civility one name is enough (`M. MARTIN`). */
const SURNAME_AT_START = new RegExp(`^(${SURNAME}(?:\\s+${NAME_WORD})?)(?![\\p{L}])`, 'u');
/** Where a new person starts after a separator. */
const PERSON_START = new RegExp(`^(?:${CIVILITY}\\s|${FULL_NAME}(?![\\p{L}]))`, 'u');

const ORG_WORDS =
  /\b(?:DDTM?|DREAL|DRAAF|DDPP|DDETS|DRIEAT|DGALN|DHUP|Cerema|CAUE|ANCT|ADEME|ADIL|EPF|EPFL?|EPCI|PETR|PNR|SCoT|CCI|CMA|ARS|OFB|ONF|CNFPT|CVRH|IFORE|ENTPE|Banque des Territoires|Agence|Région|Département|Conseil départemental|Conseil régional|Préfecture|Sous-préfecture|Mairie|Commune|Ville|Communauté|Agglo|Agglomération|Métropole|Syndicat|Université|Association|Cabinet|Bureau d'études|Office|Parc|Ministère|Ministry|Council|Agency|University|Department|Service)\b/i;
/** `DDTM 59`, `CAUE`, `EPF N-PdC`: an acronym is an organisation. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9 &'’.-]{1,14}$/;

const LEAD_LABEL = /^(?:animation|animateurs?|animatrices?|intervenants?|intervenantes?|speakers?|avec|with|par|by|anim[ée]e? par|pr[ée]sent[ée]e? par|led by)\s*:?\s+(?=\S)/iu;

const MAX_CELL = 2000;
const MAX_PEOPLE = 50;

export function isOrganisation(text: string): boolean {
  const t = text.trim();
  return ORG_WORDS.test(t) || ACRONYM.test(t);
}

/** True when a text starts with a civility or a person's full name. */
export function startsWithPerson(text: string): boolean {
  return PERSON_START.test(text.trim());
}

/** The people of a speakers cell, in the order written; an empty cell gives none. */
export function peopleOfCell(lines: string[]): TablePerson[] {
  const people: TablePerson[] = [];
  for (const line of lines) {
    // « Animation : Mme Claire DUBOIS », « Animé par Paul Martin »: the label is the column's.
    const text = line.replace(/^\s*(?:[-–•·*]\s+)/, '').replace(LEAD_LABEL, '').trim().slice(0, MAX_CELL);
    for (const part of splitPeople(text)) if (people.length < MAX_PEOPLE) people.push(personOf(part));
  }
  return people;
}

/** Splits at separators outside brackets; `,` and `et` only where a person starts next. */
function splitPeople(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    const sep = /^(?:\s*;\s*|\s+\/\s+|\s*,\s*(?:et\s+|and\s+)?|\s+(?:et|and|&)\s+)/.exec(text.slice(i, i + 8));
    if (!sep) continue;
    const next = text.slice(i + sep[0].length);
    const always = /;|\//.test(sep[0]);
    if (always || (startsWithPerson(next) && !isOrganisation(next.split(/[,(–—]/)[0]!))) {
      parts.push(text.slice(from, i));
      from = i + sep[0].length;
      i = from - 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function personOf(text: string): TablePerson {
  const person: TablePerson = { text };
  let rest = text;
  const civility = CIVILITY_AT_START.exec(rest);
  if (civility) {
    person.civility = civility[1]!;
    rest = rest.slice(civility[0].length);
  }
  const name = NAME_AT_START.exec(rest) ?? (civility ? SURNAME_AT_START.exec(rest) : null);
  if (name && (civility || !isOrganisation(name[1]!.split(/\s+/)[0]!))) {
    person.name = name[1]!;
    rest = rest.slice(name[0].length);
  } else if (!civility) {
    // No one named: « Cerema », « Les conseils de la DDTM ». The text is the person.
    if (isOrganisation(text)) person.organisation = text;
    return person;
  }
  Object.assign(person, roleAndOrganisation(rest));
  return person;
}

/** `(DDTM 59)`, `(chargée de mission, DDTM 59)`, `– Cerema`, `, architecte conseil, DDTM`. */
function roleAndOrganisation(rest: string): { role?: string; organisation?: string } {
  const parts: string[] = [];
  const text = rest.trim();
  const paren = /^\(([^()]*)\)\s*(.*)$/.exec(text);
  if (paren) {
    parts.push(...paren[1]!.split(/\s*(?:,|–|—|\s-\s)\s*/));
    if (paren[2]) parts.push(...paren[2].replace(/^[,–—:-]\s*/, '').split(/\s*(?:,|–|—|\s-\s)\s*/));
  } else {
    const body = text.replace(/^(?:,|–|—|-|:)\s*/, '');
    // A role followed by its organisation in brackets: `, juriste (DDT 60)`.
    const trailing = /^(.*?)\s*\(([^()]*)\)$/.exec(body);
    if (trailing) parts.push(...trailing[1]!.split(/\s*(?:,|–|—|\s-\s)\s*/), trailing[2]!);
    else parts.push(...body.split(/\s*(?:,|–|—|\s-\s)\s*/));
  }
  const clean = parts.map((p) => p.trim().replace(/[.;,]+$/, '')).filter(Boolean);
  const out: { role?: string; organisation?: string } = {};
  const orgAt = findLastIndex(clean, isOrganisation);
  if (orgAt >= 0) out.organisation = clean[orgAt]!;
  const role = clean.filter((_, i) => i !== orgAt).join(', ');
  if (role) out.role = role;
  return out;
}

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
