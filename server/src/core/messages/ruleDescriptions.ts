/** One line per rule code, in both languages: SARIF rule help, hovers, settings. */
import type { Language, RuleCode } from '../types';

/** Where docs/rules.md is published; each code is an anchor of it. */
export const RULES_DOC_URL = 'https://deroule.dev/docs/rules.md';

export function ruleDocUrl(code: RuleCode): string {
  return `${RULES_DOC_URL}#${code}`;
}

const descriptions: Record<RuleCode, Record<Language, string>> = {
  'yaml-syntax': { en: 'The text is not valid YAML.', fr: 'Le texte n’est pas du YAML valide.' },
  'multi-document': { en: 'More than one YAML document in the file.', fr: 'Plus d’un document YAML dans le fichier.' },
  schema: {
    en: 'The data breaks the schema: unknown key, wrong type, missing key or bad value.',
    fr: 'Les données ne respectent pas le schéma : clé inconnue, mauvais type, clé manquante ou valeur invalide.',
  },
  'time-format': {
    en: 'A time, range, duration or date written in a notation Déroulé does not accept.',
    fr: 'Une heure, une plage, une durée ou une date dans une notation que Déroulé n’accepte pas.',
  },
  'time-order': { en: 'A slot that ends at or before its start.', fr: 'Une séance qui se termine avant ou au moment où elle commence.' },
  'time-overlap': {
    en: 'A slot that starts before the previous slot of the same day ends.',
    fr: 'Une séance qui commence avant la fin de la séance précédente du même jour.',
  },
  'time-gap': { en: 'Time between two consecutive slots that no slot covers.', fr: 'Du temps entre deux séances consécutives qu’aucune séance ne couvre.' },
  'time-unresolved': { en: 'A slot whose start cannot be computed.', fr: 'Une séance dont le début ne peut pas être calculé.' },
  'time-conflict': {
    en: 'The `time`, `start`, `end` and `duration` of a slot disagree.',
    fr: 'Les `time`, `start`, `end` et `duration` d’une séance ne concordent pas.',
  },
  'time-midnight': { en: 'A slot that runs past midnight.', fr: 'Une séance qui dépasse minuit.' },
  'day-too-long': { en: 'A day longer than the configured maximum.', fr: 'Une journée plus longue que le maximum réglé.' },
  'no-break': { en: 'Too long without a break.', fr: 'Trop longtemps sans pause.' },
  'per-group': {
    en: 'A per-group restitution that does not fit its slot.',
    fr: 'Une restitution par groupe qui ne correspond pas à la durée de sa séance.',
  },
  'day-order': { en: 'Days out of chronological order, or the same date twice.', fr: 'Des journées dans le désordre, ou la même date deux fois.' },
  'ref-unknown': { en: 'A reference to an id that does not exist.', fr: 'Une référence à un identifiant qui n’existe pas.' },
  'id-duplicate': { en: 'The same id twice in one namespace.', fr: 'Le même identifiant deux fois dans le même espace de noms.' },
  'double-booked': {
    en: 'A person booked in two places at the same time.',
    fr: 'Une personne retenue à deux endroits en même temps.',
  },
  'deliverable-unproduced': { en: 'A deliverable that no slot produces.', fr: 'Un livrable qu’aucune séance ne produit.' },
  unused: { en: 'A person or group that nothing references.', fr: 'Un intervenant ou un groupe cité nulle part.' },
  'training-fields': {
    en: 'A training programme lacks a field French law requires it to publish.',
    fr: 'Un programme de formation omet une mention que la loi impose de publier.',
  },
  'phase-order': { en: 'Mission phases that overlap or are out of order.', fr: 'Des phases de mission qui se chevauchent ou sont dans le désordre.' },
  'phase-outside-period': {
    en: 'A phase that starts before or ends after the mission period.',
    fr: 'Une phase qui commence avant ou se termine après la période de la mission.',
  },
  'programme-missing': { en: 'A linked programme file that does not exist.', fr: 'Un fichier de programme lié qui n’existe pas.' },
  'programme-outside-phase': {
    en: 'A linked programme dated outside its phase.',
    fr: 'Un programme lié daté hors de sa phase.',
  },
  'scheme-duration': {
    en: 'An Atelier des territoires mission whose period does not fit its format.',
    fr: 'Une mission Atelier des territoires dont la durée ne correspond pas à son format.',
  },
  'scheme-sessions': {
    en: 'An Atelier des territoires mission with the wrong number of on-site sessions.',
    fr: 'Une mission Atelier des territoires qui n’a pas le bon nombre de séances sur site.',
  },
};

export function ruleDescription(code: RuleCode, language: Language): string {
  return descriptions[code][language];
}
