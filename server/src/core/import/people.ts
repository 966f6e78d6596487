/**
 * Names of people and places, and the role and organisation written after a name:
 * `Mme Claire DUBOIS, DDTM 59`, `Frédéric Applincourt, RT sur ce secteur`,
 * `Claire Martin (architecte, CAUE)`, `Name — role — organisation`. `PeopleList` holds the
 * people a programme names, each once (matched without accents or case).
 */
import { MONTHS, WEEKDAYS } from './dates';
import { collapse, fold, slug, uniqueId, words } from './text';

const UPPER = 'A-ZÀ-ÖØ-Þ';
const LOWER = 'a-zß-öø-ÿ';
const NAME_WORD = `(?:[${UPPER}][${LOWER}'’]+(?:-[${UPPER}][${LOWER}'’]+)*|[${UPPER}]{2,}(?:-[${UPPER}]{2,})*)`;
const FIRST_NAME = `(?:[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?|[${UPPER}]\\.(?:-[${UPPER}]\\.)?)`;
const PARTICLE = `(?:de|du|des|de la|d'|d’|van|von|van der|le|la|di|da|del)`;
const HONORIFIC = `(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Pr\\.?|Monsieur|Madame)`;
const NAME_STICKY = new RegExp(`(?:${HONORIFIC}\\s+)?(${FIRST_NAME}(?:\\s+(?:${PARTICLE}\\s*)?${NAME_WORD}){1,2})(?![${LOWER}${UPPER}])`, 'uy');
const NAME_AT_START = new RegExp(`^(?:${HONORIFIC}\\s+)?(${FIRST_NAME}(?:\\s+(?:${PARTICLE}\\s*)?${NAME_WORD}){1,2})(?![${LOWER}${UPPER}])`, 'u');
/** A place name: `Poix du Nord`, `Saint-Pol-sur-Ternoise`, `Friville-Escarbotin`. */
const PLACE_WORD = `[${UPPER}][\\p{L}'’]*(?:-[\\p{L}'’]+){0,6}`;
export const PLACE = `${PLACE_WORD}(?:\\s(?:(?:du|de|des|la|le|les|sur|en|lès|lez)\\s|d['’]|l['’])?${PLACE_WORD}){0,5}`;
export const NOT_NAME = new Set(
  (
    'groupe group groupes atelier ateliers table salle commune ville mairie region departement conseil conseils direction service agence parc maison centre communaute metropole prefecture etat state france ' +
    'nord sud est ouest pays hauts grand grande val mont rue place avenue boulevard chemin route saint sainte lac port pont bois foret plaine vallee haute basse ' +
    'visite pause accueil restitution conclusion presentation seance sequence session jour journee day matin apres-midi programme atelier projet projets plan ' +
    'intervention temoignage expose conference table ronde echange echanges ouverture cloture ' +
    'ddtm ddt dreal cerema caue anct ademe epf scot plui plu crte nct pnr epci'
  ).split(' '),
);
for (const w of [...MONTHS.keys(), ...WEEKDAYS.keys()]) NOT_NAME.add(w);
const SPEAKER_BEFORE =
  /(?:(?:intervention|interventions|temoignage|temoignages|expose|conference|allocution|mot d'accueil|mot d'ouverture|mot de bienvenue|propos introductifs?)\s+(?:de|d'|du|par)|par|avec|animee? par|presentee? par|introduit par|introduite par|by|with|led by|presented by|chaired by|moderated by|hosted by|speakers?\s*:|intervenants?\s*:|intervenantes?\s*:|animateurs?\s*:|animatrices?\s*:|animation\s*:|avec la participation de|en presence de|featuring)\s*$/;
// Word edges as letters, not `\b`: « Communauté », « Université » end with a letter `\b` does not know.
const ORG_WORDS =
  /(?:(?<![\p{L}\d])(?:DDTM?|DREAL|DRAAF|DDPP|DDETS|Cerema|CAUE|ANCT|ADEME|ADIL|EPF|EPFL?|EPCI|PETR|PNR|SCoT|CCI|CMA|CA|CC|CD|ARS|OFB|ONF|Banque des Territoires|Agence|Région|Département|Conseil départemental|Conseil régional|Préfecture|Sous-préfecture|Mairie|Commune|Ville|Communauté|Agglo|Agglomération|Métropole|Syndicat|Université|Association|Cabinet|Bureau d'études|Office|Parc|CVRH|IFORE|CNFPT|Ministère|Ministry|Council|Agency|University|Department)(?![\p{L}\d]))/iu;

export interface PersonDraft {
  id: string;
  name: string;
  role?: string;
  organisation?: string;
}

export function isOrgLike(s: string): boolean {
  const t = s.trim();
  return ORG_WORDS.test(t) || /^[A-Z0-9][A-Z0-9 &'’.-]{1,14}$/.test(t);
}

export function isNameLike(s: string): boolean {
  const m = NAME_AT_START.exec(s.trim());
  if (!m || m[0].length !== s.trim().length) return false;
  return !fold(m[1]!)
    .split(/[\s-]+/)
    .some((w) => NOT_NAME.has(w.replace(/\.$/, '')));
}

/** Role and organisation written after a name: `, RT sur ce secteur`, `(DDTM)`, `— Architecte — DDTM 59`. */
export function roleAfter(rest: string): { role?: string; organisation?: string } {
  const out: { role?: string; organisation?: string } = {};
  const add = (part: string) => {
    const p = part.trim().replace(/[.;,]+$/, '');
    if (!p) return;
    if (!out.organisation && isOrgLike(p) && (out.role !== undefined || words(p) <= 4)) out.organisation = p;
    else if (!out.role) out.role = p;
    else out.role = `${out.role}, ${p}`;
  };
  const paren = /^\s*\(((?:[^()]|\([^()]*\))*)\)/.exec(rest);
  if (paren) {
    const inner = paren[1]!;
    const parts = inner.split(/\s*,\s*/);
    if (parts.length === 2 && isOrgLike(parts[1]!)) {
      add(parts[0]!);
      add(parts[1]!);
    } else add(inner);
    return out;
  }
  const comma = /^\s*(?:,|—|–|-|:)\s*([^;()]+?)(?=\s*(?:[;()]|$|\s(?:et|and|puis|then)\s))/.exec(rest);
  if (comma) {
    const text = comma[1]!.replace(/\s*,\s*$/, '');
    // ", juriste (DDT 60)": a role, then the organisation in brackets.
    const after = /^\s*\(([^()]*)\)/.exec(rest.slice(comma[0].length));
    if (after && !isNameLike(text) && words(text) <= 8) {
      add(text);
      if (isOrgLike(after[1]!)) out.organisation = after[1]!.trim();
      else out.role = `${out.role} (${after[1]!.trim()})`;
      return out;
    }
    if (!isNameLike(text.split(/\s*,\s*/)[0]!)) {
      const parts = text.split(/\s*(?:,|—|–)\s*/);
      if (parts.length >= 2 && isOrgLike(parts[parts.length - 1]!)) {
        add(parts.slice(0, -1).join(', '));
        add(parts[parts.length - 1]!);
      } else add(text.length > 80 ? text.slice(0, 80).replace(/\s\S*$/, '') : text);
    }
  }
  return out;
}

/**
 * « Accueil – Marc Hervé, Cerema Ouest »: a slot title whose last dash-separated part is a
 * person (a name, then a role or organisation): the title without it, and the person's text.
 */
export function speakerAfterTitle(title: string): { title: string; who: string } | undefined {
  const parts = title.split(/\s+[–—]\s+/);
  if (parts.length < 2) return undefined;
  const who = parts[parts.length - 1]!;
  const m = NAME_AT_START.exec(who);
  if (!m || !isNameLike(m[1]!) || !/^(?:\s*$|\s*[,(])/.test(who.slice(m[0].length))) return undefined;
  return { title: parts.slice(0, -1).join(' – '), who };
}

/** Vowels in capitals: a word of capitals without one is initials (« JM »), kept as written. */
const CAPITAL_VOWEL = /[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü]/u;
/** Particles written in lower case after a first name (« Jean DE LA FONTAINE » → « Jean de La Fontaine »). */
const LOWER_PARTICLES = new Set(['de', 'du', 'des']);
const LEADING_HONORIFIC = new RegExp(`^\\s*${HONORIFIC}\\s+`, 'u');

/**
 * « Claire DUBOIS » → « Claire Dubois »: words typed in capitals, written as a name. Each
 * part of a hyphenated or apostrophised word takes its capital (« JEAN-MARC » → « Jean-Marc »,
 * « O'NEILL » → « O'Neill », « MAC » → « Mac »); after the first name the particles « DE »,
 * « DU », « DES », « D' » are lower case (« GISCARD D'ESTAING » → « Giscard d'Estaing »;
 * « LE », « LA » keep their capital: « Le Gall »); initials stay (« J.-M. », « JM »). Mixed
 * case is the author's (« McDonald »). Only a text that is a name, as written or once cased
 * (« CLAIRE DUBOIS »), is changed, so « DDTM 59 » or « CEREMA OUEST » stay as they are;
 * `known` says the caller already knows it is one (a table's speakers cell).
 */
export function nameCase(name: string, known = false): string {
  const start = LEADING_HONORIFIC.exec(name)?.[0].length ?? 0;
  const cased = name.replace(/(?<![\p{L}])\p{Lu}+(?:[-'’]\p{Lu}+)*(?![\p{L}])/gu, (word: string, offset: number) => {
    if (!CAPITAL_VOWEL.test(word)) return word;
    const first = !/\p{L}/u.test(name.slice(start, offset));
    return word
      .split(/([-'’])/)
      .map((part, k, parts) => {
        if (k % 2) return part;
        const lower = part.toLowerCase();
        const particle = !first && k === 0 && (LOWER_PARTICLES.has(lower) && parts.length === 1 || (lower === 'd' && /['’]/.test(parts[1] ?? '')));
        return particle ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
      })
      .join('');
  });
  return cased === name || known || isNameLike(name) || isNameLike(cased) ? cased : name;
}

/** The people a programme names, each once: a name met again adds its role or organisation if missing. */
export class PeopleList {
  readonly list: PersonDraft[] = [];

  person(name: string, role?: string, organisation?: string): PersonDraft {
    const n = nameCase(collapse(name));
    let p = this.list.find((x) => fold(x.name) === fold(n));
    if (!p) {
      const taken = new Set(this.list.map((x) => x.id));
      p = { id: uniqueId(slug(n), taken), name: n };
      this.list.push(p);
    }
    if (role && !p.role) p.role = role;
    if (organisation && !p.organisation) p.organisation = organisation;
    return p;
  }

  /** `Claire Martin, architecte conseil (DDTM 59)`, `Frédéric Applincourt — RT — DDTM 59`. */
  personFromLine(text: string): PersonDraft | undefined {
    const t = collapse(text).replace(/[.;]$/, '');
    if (!t) return undefined;
    const dash = t.split(/\s+[—–]\s+|\s+-\s+/);
    if (dash.length >= 2) {
      const head = /^(.*?)\s*\(((?:[^()]|\([^()]*\))*)\)$/.exec(dash[0]!);
      const name = head ? head[1]! : dash[0]!;
      const info = roleAfter(head ? `(${head[2]})` : '');
      const parts = dash.slice(1);
      let role = info.role;
      let organisation = info.organisation;
      // "Name — role — organisation", as the exports list people.
      if (parts.length === 2 && !role && !organisation) return this.person(name, parts[0], parts[1]);
      // "Name — Role (Organisation)", "Role — (Organisation)": the exports' shape when a part is empty.
      const bracketed = parts.length === 1 && !role && !organisation ? /^(.*?)\s*\(([^()]+)\)$/u.exec(parts[0]!) : null;
      if (bracketed && isOrgLike(bracketed[2]!)) {
        const own = bracketed[1]!.trim() || (isNameLike(name) ? undefined : name);
        return this.person(name, own, bracketed[2]!.trim());
      }
      for (const part of parts) {
        if (!organisation && isOrgLike(part) && (role !== undefined || parts.length === 1)) organisation = part;
        else role = role ? `${role}, ${part}` : part;
      }
      return this.person(name, role, organisation);
    }
    const m = NAME_AT_START.exec(t);
    if (m && isNameLike(m[1]!)) {
      const info = roleAfter(t.slice(m[0].length));
      const rest = t.slice(m[0].length).trim();
      if (!info.role && !info.organisation && rest) return this.person(m[1]!, rest.replace(/^[,:(–—-]\s*|\)$/g, ''));
      return this.person(m[1]!, info.role, info.organisation);
    }
    const colon = /^(.+?)\s*:\s*(.+)$/.exec(t);
    if (colon) return this.person(colon[1]!, colon[2]!);
    const paren = /^(.*?)\s*\(((?:[^()]|\([^()]*\))*)\)$/.exec(t);
    if (paren && paren[1]) {
      const info = roleAfter(`(${paren[2]})`);
      return this.person(paren[1], info.role, info.organisation);
    }
    return this.person(t);
  }

  /** People named in a slot after "par", "intervention de", "with", "by"… */
  peopleIn(text: string): PersonDraft[] {
    const out: PersonDraft[] = [];
    // Try at every capitalised word: "Intervention de Frédéric Applincourt" names Frédéric Applincourt.
    for (const w of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])[${UPPER}]`, 'gu'))) {
      const at = w.index!;
      NAME_STICKY.lastIndex = at;
      const m = NAME_STICKY.exec(text);
      if (!m) continue;
      const before = fold(text.slice(Math.max(0, at - 40), at)).trimEnd();
      const honorific = m[0] !== m[1];
      if (!honorific && !SPEAKER_BEFORE.test(before)) continue;
      if (!isNameLike(m[1]!)) continue;
      const info = roleAfter(text.slice(at + m[0].length));
      out.push(this.person(m[1]!, info.role, info.organisation));
    }
    return out;
  }
}

/** `architecte, CAUE` in brackets after a name: its role and organisation. */
export function roleOrOrg(text: string): [string | undefined, string | undefined] {
  const info = roleAfter(`(${text})`);
  return [info.role, info.organisation];
}
