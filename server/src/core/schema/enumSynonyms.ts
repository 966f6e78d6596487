/**
 * What authors type for an enum value besides its French or English label: `pause
 * déjeuner` or `déjeuner` for `meal`, `travail en sous-groupes` for `group-work`, `€` for
 * `EUR` (FORMAT.md 7.4). Compared without case, accents, hyphens or apostrophes; a synonym
 * counts only where its value is one of the enum's values.
 */
import { foldAccents } from './suggest';

const SYNONYMS: Record<string, string[]> = {
  // slot types
  meal: ['pause dejeuner', 'dejeuner', 'pause repas', 'pause meridienne', 'dejeuner libre', 'dejeuner sur place', 'buffet', 'lunch', 'diner', 'repas'],
  break: ['pause cafe', 'coffee break', 'pause'],
  welcome: ['accueil cafe', 'accueil des participants', 'cafe d accueil', 'emargement'],
  'site-visit': ['visite', 'visite de site', 'visite terrain', 'visite sur site', 'visite sur le terrain', 'sortie terrain', 'sortie de terrain', 'terrain'],
  'group-work': ['travail en sous groupes', 'travail en sous groupe', 'travail en groupes', 'travaux en groupes', 'travaux en sous groupes', 'travail de groupe', 'sous groupes', 'groupe de travail'],
  plenary: ['pleniere', 'seance pleniere', 'en pleniere'],
  presentation: ['expose', 'intervention', 'conference', 'apport', 'apports', 'apports theoriques'],
  discussion: ['echange', 'echanges', 'debat', 'questions reponses', 'table ronde', 'temps d echange'],
  'report-back': ['restitution', 'restitutions', 'mise en commun', 'restitution en pleniere'],
  travel: ['deplacement', 'trajet', 'transport', 'route'],
  closing: ['cloture', 'conclusion', 'mot de la fin', 'fin de la journee'],
  exercise: ['exercice', 'mise en situation', 'cas pratique', 'etude de cas', 'jeu de role'],
  // programme formats
  committee: ['comite de pilotage', 'copil', 'comite technique', 'cotech', 'comite de suivi'],
  training: ['formation', 'stage'],
  // slot visibility
  team: ['equipe', 'equipe d animation', 'animation', 'interne', 'prive', 'private', 'staff'],
  public: ['tous', 'participants', 'tout public'],
  // price
  EUR: ['€', 'euro', 'euros'],
  USD: ['$', 'dollar', 'dollars'],
  GBP: ['£', 'livre', 'livres'],
  XPF: ['cfp', 'franc cfp', 'francs cfp', 'f cfp'],
  participant: ['personne', 'par personne', 'stagiaire', 'par stagiaire', 'par participant', 'agent', 'par agent'],
  group: ['groupe', 'par groupe', 'session', 'par session', 'intra'],
  day: ['jour', 'journee', 'par jour', 'par journee'],
};

/** Lower case, no accents, words separated by one space: `Pause-déjeuner` → `pause dejeuner`. */
export function foldWords(text: string): string {
  return foldAccents(text)
    .replace(/[\s\-_'’]+/g, ' ')
    .trim();
}

const BY_WORDS = new Map<string, string[]>();
for (const [value, words] of Object.entries(SYNONYMS)) {
  for (const w of words) BY_WORDS.set(w, [...(BY_WORDS.get(w) ?? []), value]);
}

/** The enum value `typed` is a usual synonym of, among `values`. */
export function enumSynonym(typed: string, values: readonly string[]): string | undefined {
  return BY_WORDS.get(foldWords(typed))?.find((v) => values.includes(v));
}
