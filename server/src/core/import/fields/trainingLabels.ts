/**
 * The labels of the French training sheet (FORMAT.md 7.3, Code du travail L6353-1, Qualiopi
 * indicator 1) as e-mails, catalogues and sheets write them, in French and English, and the
 * one question the importer asks of a line outside the agenda: is it a training field's
 * label, and is its value on the same line or on the next ones?
 *
 * A label must be the whole text before the colon: « Durée de la visite : 1h » inside a slot
 * is not the programme's duration, because « durée de la visite » is not a label here.
 */
import { fold, splitLabel, undress } from './fieldText';

/** The programme keys of the training sheet this reader fills. */
export type TrainingKey = 'duration' | 'price' | 'access' | 'contact' | 'methods' | 'participants' | 'evaluation' | 'accessibility' | 'prerequisites';

/**
 * Folded label → key. Order matters where labels could overlap: accessibility before
 * contact (« Référent handicap »), access before prerequisites (« Conditions d'accès »).
 */
const LABELS: [TrainingKey, RegExp][] = [
  ['duration', /^(?:duree|duree (?:totale|de la formation|du stage|de la session|du module|de l'action|du parcours|pedagogique)|durees?|nombre d'heures|volume horaire|duration|length|total duration|course length|training length)$/],
  ['price', /^(?:tarifs?|tarif (?:de la formation|par stagiaire|par participant|inter|intra)|prix|couts?|cout (?:de la formation|pedagogique|par stagiaire|par participant)|frais (?:d'inscription|pedagogiques|de participation)|participation financiere|conditions financieres|prices?|costs?|fees?|course fee|tuition)$/],
  ['accessibility', /^(?:accessibilite|accessibilite (?:handicap|aux personnes handicapees|aux personnes en situation de handicap|pmr)|handicap|situation de handicap|personnes en situation de handicap|accueil des personnes (?:en situation de )?handicapees?|accueil des personnes en situation de handicap|referent(?:e)? handicap|accessibility|disability|disabilities|disability access)$/],
  ['access', /^(?:modalites d'acces|modalites et delais d'acces|delais? d'acces|conditions d'acces|conditions et delais d'acces|modalites d'inscription|inscriptions?|comment s'inscrire|acces|registration|how to register|access|admission|enrolment|enrollment)$/],
  ['contact', /^(?:contacts?|contact (?:pedagogique|administratif|formation|inscription|inscriptions)|renseignements?|pour tout renseignement|pour tous renseignements|informations? et inscriptions?|interlocut(?:eur|rice)|referent(?:e)?(?: (?:pedagogique|administratif|formation))?|contact person|enquiries|inquiries|information)$/],
  ['methods', /^(?:methodes?(?: pedagogiques?| mobilisees| et outils(?: pedagogiques)?| d'animation)?|moyens? pedagogiques?(?: et techniques| et d'encadrement)?|moyens techniques|modalites pedagogiques|demarche pedagogique|pedagogie|approche pedagogique|methodes et moyens pedagogiques|teaching methods|training methods|learning methods|methods|methodology|approach)$/],
  ['participants', /^(?:nombre de places|nombre de places disponibles|places(?: disponibles)?|nombre de participants|nombre de stagiaires|effectifs?|effectif (?:maximum|max|du groupe)|capacite(?: d'accueil)?|participants?|number of places|places available|group size|number of participants|capacity)$/],
  ['evaluation', /^(?:evaluation|evaluations|modalites d'evaluation|methodes d'evaluation|evaluation des acquis|modalites de suivi et d'evaluation|suivi et evaluation|modalites d'evaluation des acquis|assessment|assessment methods|evaluation methods)$/],
  ['prerequisites', /^(?:pre-?requis|pre requis|prerequis necessaires|niveau requis|connaissances requises|prerequisites?|pre-?requisites?|requirements)$/],
];

/** The key a label names (`Durée`, `MODALITÉS D'ÉVALUATION`, `Nombre de places`), or undefined. */
export function trainingKeyOf(label: string): TrainingKey | undefined {
  const f = fold(label).replace(/[:.\s]+$/, '');
  if (!f || f.length > 80) return undefined;
  return LABELS.find(([, re]) => re.test(f))?.[0];
}

/** A line that gives a training field: its key and the value written after the label ('' when the value follows on the next lines). */
export interface TrainingFieldLine {
  key: TrainingKey;
  value: string;
}

/**
 * Lines that are a field's value with no label: « Inscription avant le 1er mars »,
 * « Inscriptions jusqu'au 15 février », « 16 places », « Gratuit pour les agents de l'État »,
 * « Formation gratuite ». The value is the whole line.
 */
const UNLABELLED: [TrainingKey, RegExp][] = [
  ['access', /^(?:inscriptions?|registration|register)\s+(?:avant|jusqu'(?:au|a)|au plus tard|before|by|until)\b/],
  ['participants', /^(?:\d{1,4}\s+places(?:\s+(?:maximum|max|disponibles))?|limite a \d{1,4} (?:participants|stagiaires|personnes|places)|\d{1,4} (?:participants|stagiaires|trainees) maximum)\.?$/],
  ['price', /^(?:gratuit|gratuite|formation gratuite|acces gratuit|entree libre et gratuite|free of charge|free)\b/],
];

/**
 * Says whether a line outside the agenda gives a training field, and which: `Label : value`,
 * `Label :` or a label alone (`**Méthodes pédagogiques**`, `## Accessibilité`: the value is on
 * the next lines), or one of the unlabelled value lines above. Undefined otherwise.
 */
export function trainingFieldLine(line: string): TrainingFieldLine | undefined {
  const { label, value } = splitLabel(line);
  const key = trainingKeyOf(label);
  if (key) return { key, value };
  const whole = undress(line);
  const f = fold(whole);
  if (!f || f.length > 300) return undefined;
  const hit = UNLABELLED.find(([, re]) => re.test(f));
  return hit ? { key: hit[0], value: whole } : undefined;
}
