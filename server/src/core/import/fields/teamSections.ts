/**
 * Sections that present the team (« INTERVENTION DES CONSEILS DE LA DDTM », « Équipe
 * d'animation », « Les intervenants »): their heading is recognised, and their paragraph
 * gives the roles it names (« Les architectes et paysagistes conseil… » → Architecte
 * conseil, Paysagiste conseil) for the people reader. The paragraph itself is public
 * context: participants are told who will accompany them, so the integrator puts it in
 * `context` under its heading, never in `notes`.
 */
import { capitalise, collapse, fold, undress } from './fieldText';

const TEAM_HEADING = new RegExp(
  '^(?:' +
    [
      "(?:l'|les |la )?intervention(?:s)? (?:des|du|de la|de l') .+",
      '(?:les |nos )?intervenant(?:e)?s?(?: .*)?',
      '(?:les |nos )?intervenant\\(e\\)s',
      "(?:l')?equipe (?:d'animation|pedagogique|d'encadrement|de formation|projet|mobilisee|d'intervention)(?: .*)?",
      "(?:les |nos )?(?:animateurs?|animatrices?|formateurs?|formatrices?)(?: et (?:intervenants|formateurs|animateurs))?(?: .*)?",
      '(?:les |nos )?conseils?(?: de la .+| de l.+| du .+)?',
      '(?:les |nos )?(?:architectes?|paysagistes?)(?: et paysagistes?)? conseils?(?: .*)?',
      'qui (?:anime|animera|intervient|interviendra)\\s*\\??',
      '(?:the )?(?:speakers|facilitators|facilitation team|teaching team|trainers|training team|team|our team)',
    ].join('|') +
    ')$',
);

/**
 * True when a heading introduces the people who run the event (see the file's comment).
 * « INTERVENTION DES CONSEILS DE LA DDTM : » and « Équipe d'animation » are; « Objectifs »,
 * « Intervention sur site » and « Déroulement de la journée » are not.
 */
export function isTeamHeading(heading: string): boolean {
  const f = fold(undress(heading)).replace(/[\s:.]+$/, '');
  if (!f || f.length > 120 || /^(?:l'|les |la )?interventions? (?:sur|en|a|au) /.test(f)) return false;
  return TEAM_HEADING.test(f);
}

/** Role nouns of the teams that run territorial workshops and trainings, with their singular. */
const ROLE_NOUNS: [RegExp, string][] = [
  [/^architectes?$/, 'Architecte'],
  [/^paysagistes?$/, 'Paysagiste'],
  [/^urbanistes?$/, 'Urbaniste'],
  [/^ingenieurs?$/, 'Ingénieur'],
  [/^juristes?$/, 'Juriste'],
  [/^ecologues?$/, 'Écologue'],
  [/^sociologues?$/, 'Sociologue'],
  [/^geographes?$/, 'Géographe'],
  [/^economistes?$/, 'Économiste'],
];
/** What a role noun is (« conseil » in « architectes et paysagistes conseil »). */
const ROLE_QUALIFIERS = /^(?:conseils?|consultants?|conseillers?)$/;

/**
 * The roles a team paragraph names, in the singular, each once: « Les architectes et
 * paysagistes conseil sont… » → [« Architecte conseil », « Paysagiste conseil »]. A
 * qualifier after a list of nouns joined by « et » or commas applies to each of them.
 */
export function rolesNamed(paragraph: string): string[] {
  const tokens = collapse(paragraph).split(/\s+/);
  const roles: string[] = [];
  let pending: string[] = [];
  const flush = (qualifier?: string) => {
    for (const noun of pending) {
      const role = qualifier ? `${noun} ${qualifier}` : noun;
      if (!roles.includes(role)) roles.push(role);
    }
    pending = [];
  };
  for (const token of tokens) {
    const word = fold(token).replace(/[,;.:]+$/, '');
    const noun = ROLE_NOUNS.find(([re]) => re.test(word))?.[1];
    if (noun) {
      pending.push(noun);
      if (/[;.:]$/.test(token)) flush();
      continue;
    }
    if (pending.length && ROLE_QUALIFIERS.test(word)) {
      flush(word.startsWith('conseill') ? 'conseiller' : word.startsWith('consultant') ? 'consultant' : 'conseil');
      continue;
    }
    if (pending.length && /^(?:et|and|ou|or|,)$/.test(word)) continue;
    if (pending.length) flush();
  }
  flush();
  return roles.map(capitalise);
}

export interface TeamSection {
  /** Roles the paragraph names, for the people reader. */
  roles: string[];
  /** The section's text, public: for `context` under the heading (never `notes`). */
  context: string;
}

/** A team section read: its roles and its text for `context`. */
export function readTeamSection(lines: readonly string[]): TeamSection {
  const text = collapse(lines.map(undress).filter(Boolean).join(' '));
  return { roles: rolesNamed(text), context: text };
}
