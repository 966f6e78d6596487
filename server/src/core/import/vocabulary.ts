/**
 * The words the import readers recognise: slot types (`Accueil` → welcome, `déjeuner` →
 * meal), event formats (`formation` → training), group counts (`3 groupes`, `20 min par
 * groupe`), field labels (`Public visé :` → audience) and the language of the source.
 * Everything is matched on folded text (no accents, lower case).
 */
import { enumValues, schemaAt } from '../schema/schemaLookup';
import { collapse, fold, kwRegex, words } from './text';

export type Lang = 'fr' | 'en';

export type SlotType = 'welcome' | 'plenary' | 'presentation' | 'discussion' | 'workshop' | 'group-work' | 'exercise' | 'site-visit' | 'report-back' | 'break' | 'meal' | 'travel' | 'closing' | 'evaluation' | 'other';

const MEAL = kwRegex(['dejeuner', 'dejeuners', 'repas', 'lunch', 'buffet', 'diner', 'dinner', 'pause meridienne', 'plateau-repas', 'plateaux-repas', 'cocktail dejeunatoire']);
const TYPE_WORDS: [SlotType, RegExp][] = [
  ['welcome', kwRegex(['accueil', 'emargement', 'welcome', 'registration', 'arrivee', 'arrivees', 'arrival', 'check-in'])],
  ['break', kwRegex(['pause', 'pauses', 'break', 'coffee break', 'pause-cafe', 'pause cafe'])],
  ['report-back', kwRegex(['restitution', 'restitutions', 'report back', 'report-back', 'reporting back', 'mise en commun', 'retour des groupes', 'retours des groupes', 'retour des ateliers', 'feedback from groups', 'feedback from the groups'])],
  ['closing', kwRegex(['conclusion', 'conclusions', 'cloture', 'fin', 'wrap-up', 'wrap up', 'closing', 'close of the day', 'end of the day', 'end of day', 'mot de la fin', 'conclure'])],
  ['evaluation', kwRegex(['evaluation', 'evaluations', 'questionnaire', 'questionnaires', 'assessment', 'quiz', 'bilan de la formation', 'bilan de formation', 'satisfaction'])],
  ['site-visit', kwRegex(['visite', 'visites', 'site visit', 'visit', 'field trip', 'balade', 'arpentage', 'sortie terrain', 'sortie sur le terrain', 'sortie sur site', 'walking tour', 'parcours commente'])],
  ['workshop', kwRegex(['atelier', 'ateliers', 'workshop', 'workshops'])],
  ['group-work', kwRegex(['travail en groupe', 'travail en groupes', 'travail en sous-groupe', 'travail en sous-groupes', 'travaux en groupe', 'travaux en groupes', 'travaux en sous-groupes', 'en sous-groupes', 'en groupes', 'en groupe', 'par groupe', 'par groupes', 'par sous-groupe', 'par sous-groupes', 'sous-groupes', 'group work', 'groupwork', 'breakout', 'break-out', 'breakout groups', 'in groups', 'in small groups', 'small groups'])],
  ['plenary', kwRegex(['pleniere', 'en pleniere', 'seance pleniere', 'plenary', 'ouverture', 'opening', 'introduction', 'mot d\'introduction', 'allocution', 'mot d\'accueil', 'mots d\'accueil', 'mot de bienvenue', 'mot d\'ouverture', 'discours', 'opening remarks', 'welcome address'])],
  ['group-work', /(?<![\p{L}])(?:travail|travaux|work(?:ing)?)\s+(?:en|in)\s+(?:\d+|deux|trois|quatre|cinq|six|two|three|four|five|petits)\s+(?:sous-)?(?:groupes|groups)(?![\p{L}])/gu],
  ['presentation', kwRegex(['presentation', 'presentations', 'expose', 'exposes', 'intervention', 'interventions', 'conference', 'keynote', 'talk', 'talks', 'lecture', 'temoignage', 'temoignages', 'point d\'information', 'apports', 'apport theorique', 'apports theoriques'])],
  ['discussion', kwRegex(['echange', 'echanges', 'table ronde', 'table-ronde', 'tables rondes', 'debat', 'debats', 'discussion', 'discussions', 'panel', 'questions', 'q&a', 'questions-reponses', 'questions/reponses', 'tour de table', 'dialogue', 'forum'])],
  ['exercise', kwRegex(['exercice', 'exercices', 'exercise', 'exercises', 'cas pratique', 'cas pratiques', 'mise en situation', 'jeu de role', 'jeu de roles', 'serious game', 'case study', 'etude de cas', 'simulation', 'hands-on'])],
  ['travel', kwRegex(['deplacement', 'deplacements', 'trajet', 'transfert', 'travel', 'transfer', 'navette', 'shuttle', 'depart en car', 'departure', 'retour en car'])],
];
/** "Préparation de la visite": what is prepared is not what happens. */
const PREPARED = /(?<![\p{L}])(?:preparation|preparer|prepare|preparing)\s+(?:de la |du |des |de l'|d'|de |for the |of the |the |for |of )?[\p{L}-]+/gu;

/** The slot type that the words of a text name: a meal wins, else the earliest word. */
export function typeFromText(text: string): SlotType | undefined {
  const f = fold(text).replace(PREPARED, (m) => m.replace(/\S+$/, (w) => ' '.repeat(w.length)));
  MEAL.lastIndex = 0;
  if (MEAL.test(f)) return 'meal';
  let best: { type: SlotType; index: number; length: number } | undefined;
  for (const [type, re] of TYPE_WORDS) {
    re.lastIndex = 0;
    const m = re.exec(f);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) best = { type, index: m.index, length: m[0].length };
  }
  // « Étude de cas en sous-groupes »: the work is done in groups, whatever the exercise.
  if (best?.type === 'exercise' && /(?<![\p{L}])en (?:sous-)?groupes?(?![\p{L}])/u.test(f)) return 'group-work';
  return best?.type;
}

/** Slot type labels as the preview and the exports write them (`(accueil)`, `(group work)`). */
let typeLabels: Map<string, SlotType> | undefined;
export function typeFromLabel(label: string): SlotType | undefined {
  if (!typeLabels) {
    typeLabels = new Map();
    const node = schemaAt('programme', ['agenda', 0, 'type']);
    for (const language of ['fr', 'en'] as const) for (const v of enumValues(node, language)) typeLabels.set(fold(v.label), v.value as SlotType);
    for (const v of enumValues(node, 'en')) typeLabels.set(fold(v.value), v.value as SlotType);
  }
  return typeLabels.get(fold(label).trim());
}

const FORMAT_WORDS: [string, RegExp][] = [
  ['seminar', kwRegex(['seminaire', 'seminar', 'journee d\'etude', 'journee d\'etudes', 'colloque', 'study day', 'conference'])],
  ['committee', kwRegex(['comite', 'copil', 'cotech', 'comite de pilotage', 'comite technique', 'steering committee', 'committee'])],
  ['training', kwRegex(['formation', 'training', 'stage', 'module de formation'])],
  ['site-visit', kwRegex(['visite de terrain', 'site visit', 'voyage d\'etude', 'study tour'])],
  ['meeting', kwRegex(['reunion', 'meeting'])],
  ['workshop', kwRegex(['atelier', 'workshop', 'ateliers'])],
];
export const FORMAT_LABELS = new Map<string, string>([
  ['atelier', 'workshop'], ['workshop', 'workshop'], ['formation', 'training'], ['training', 'training'], ['seminaire', 'seminar'], ['seminar', 'seminar'],
  ['comite', 'committee'], ['committee', 'committee'], ['reunion', 'meeting'], ['meeting', 'meeting'], ['visite de terrain', 'site-visit'], ['site visit', 'site-visit'],
  ['autre', 'other'], ['other', 'other'],
]);

export function formatFromText(text: string): string | undefined {
  const f = fold(text);
  let best: { format: string; index: number } | undefined;
  for (const [format, re] of FORMAT_WORDS) {
    re.lastIndex = 0;
    const m = re.exec(f);
    if (m && (!best || m.index < best.index)) best = { format, index: m.index };
  }
  return best?.format;
}

export const NUMBER_WORDS = new Map<string, number>([
  ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10],
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);
export const GROUP_COUNT = /(?<![\p{L}\d])(\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)\s+(?:sous-groupes|groupes|sub-?groups|groups|equipes|teams)(?![\p{L}])/u;
export const PER_GROUP = /(\d{1,3})\s*(?:min(?:utes?)?|mn|')\.?\s*(?:\/|par|per|pour chaque|pour|each|for each|a chaque|by)\s*(?:sous-|sub-?)?(?:groupe|group|equipe|team|atelier)s?(?![\p{L}])/u;
export const BY_GROUP = /(?<![\p{L}])(?:par|en|by|in|per|each|chaque|pour chaque|for each)\s+(?:petits?\s+|small\s+)?(?:sous-|sub-?)?(?:groupe|group)s?(?![\p{L}])/u;

export type Field =
  | 'title' | 'subtitle' | 'subject' | 'date' | 'location' | 'address' | 'audience' | 'participants' | 'organiser' | 'format'
  | 'objectives' | 'context' | 'prerequisites' | 'evaluation' | 'accessibility' | 'people' | 'deliverables' | 'notes' | 'agenda';

const FIELD_LABELS: [RegExp, Field][] = [
  [/^(?:titre|intitule|intitule de l'action|title|nom de l'evenement|event)$/, 'title'],
  [/^(?:sous-titre|subtitle)$/, 'subtitle'],
  [/^(?:objet|subject|re|tr|fwd?)$/, 'subject'],
  [/^(?:dates?|date de la journee|date et horaires|dates et horaires|date et lieu|dates et lieux?|when|quand)$/, 'date'],
  [/^(?:lieu|lieux|lieu de la journee|lieu de l'atelier|lieu de la formation|venue|location|place|ou|where|rendez-vous|rdv)$/, 'location'],
  [/^(?:adresse|address)$/, 'address'],
  [/^(?:public|publics|public vise|public concerne|public cible|audience|target audience|destinataires|pour qui \??|cible|who should attend)$/, 'audience'],
  [/^(?:participants|nombre de participants|effectif|effectifs|number of participants|participants attendus)$/, 'participants'],
  [/^(?:organisateur|organisatrice|organisateurs|organisation|organise par|organisee par|organiser|organizer|organised by|organized by|porteur|pilotage|host|hosted by)$/, 'organiser'],
  [/^(?:format|type|nature|type d'evenement|type de session|event type)$/, 'format'],
  [/^(?:(?:les\s+)?objectifs?(?:\s+(?:de la journee|de l'atelier|de la formation|du seminaire|pedagogiques|operationnels|de la session|generaux))?|objectives?|learning objectives|aims?|goals?|buts?|finalites?)$/, 'objectives'],
  [/^(?:(?:le\s+)?contexte(?:\s+.*)?|context|background|site et contexte(?:\s+.*)?|site and context|presentation du site|le site)$/, 'context'],
  [/^(?:pre-?requis|prerequisites?|conditions d'acces)$/, 'prerequisites'],
  [/^(?:(?:modalites d'|methodes d')?evaluation|modalites d'evaluation|assessment|evaluation methods)$/, 'evaluation'],
  [/^(?:accessibilite|accessibility|handicap|accueil des personnes en situation de handicap)$/, 'accessibility'],
  [/^(?:intervenants?|intervenantes?|intervenant\(e\)s|speakers?|animation|animateurs?|animatrices?|animateurs et intervenants|facilitators?|facilitation|equipe d'animation|equipe pedagogique|formateurs?|formatrices?|trainers?|anime par|animee par)$/, 'people'],
  [/^(?:livrables?|deliverables?|productions? attendues?|outputs?)$/, 'deliverables'],
  [/^(?:notes?|notes d'animation|facilitator notes|notes pour l'animation)$/, 'notes'],
  [/^(?:(?:le\s+)?programme(?:\s+(?:de la journee|previsionnel|detaille|de l'atelier|de la formation|du seminaire))?|(?:le\s+)?deroule(?:ment)?(?:\s+(?:de la journee|de l'atelier|de la formation|previsionnel|detaille))?|ordre du jour|agenda|planning|schedule|timetable|programme (?:de la matinee|de l'apres-midi|du matin|de l'apres-midi)|programme of the day)$/, 'agenda'],
];

export function fieldOf(label: string): Field | undefined {
  const f = collapse(fold(label).replace(/[:.]+$/, ''));
  if (!f || words(f) > 12) return undefined;
  return FIELD_LABELS.find(([re]) => re.test(f))?.[1];
}

export function detectLanguage(text: string): Lang {
  const f = ` ${fold(text)} `;
  const count = (re: RegExp) => (f.match(re) ?? []).length;
  const fr = count(/\s(?:le|la|les|des|du|et|pour|avec|sur|une|journee|accueil|dejeuner|pause|groupe|groupes|objectifs?)\s/g);
  const en = count(/\s(?:the|and|of|for|with|on|to|day|welcome|lunch|break|group|groups|objectives?)\s/g);
  return en > fr * 1.2 ? 'en' : 'fr';
}
