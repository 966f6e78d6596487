/**
 * Random choices for the generators, on top of `fc.gen()`: every time and duration notation
 * of FORMAT.md §2, French titles, identifiers, quoting styles.
 */
import fc from 'fast-check';
import { raw, scalar, type Quote, type Y } from './yamlText';

export type G = fc.GeneratorValue;

export const int = (g: G, min: number, max: number): number => g(fc.integer, { min, max });
export const pick = <T>(g: G, items: readonly T[]): T => items[int(g, 0, items.length - 1)]!;
/** True with probability `p` (0–1). */
export const chance = (g: G, p: number): boolean => int(g, 0, 999) < p * 1000;
export const quote = (g: G): Quote => pick(g, ['plain', 'plain', 'double', 'single'] as const);

/** A clock time in one of the notations: `08:30`, `8:30`, `08h30`, `8h30`, `14h`, `8h`, `13H00`. */
export function clock(g: G, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hh = String(h).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const forms = [`${hh}:${mm}`, `${h}:${mm}`, `${hh}h${mm}`, `${h}h${mm}`, `${hh}H${mm}`];
  if (m === 0) forms.push(`${hh}h`, `${h}h`);
  return pick(g, forms);
}

/** A range: two clock times joined by `-`, `–`, `/` or ` à `, with or without spaces. */
export function range(g: G, start: number, end: number): string {
  const sep = pick(g, ['-', ' - ', '–', ' – ', '/', ' / ', ' à ']);
  return `${clock(g, start)}${sep}${clock(g, end)}`;
}

/** A duration as a YAML value: an integer, or `45min`, `45 min`, `90mn`, `1h`, `1h30`, `1 h 30`, `1:30`, `PT1H30M`. */
export function duration(g: G, minutes: number): Y {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const forms: string[] = [`${minutes}min`, `${minutes} min`, `${minutes}mn`, `${h}:${String(m).padStart(2, '0')}`, `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`];
  if (h > 0) forms.push(m ? `${h}h${String(m).padStart(2, '0')}` : `${h}h`, m ? `${h} h ${m}` : `${h} h`);
  if (chance(g, 0.25)) return raw(String(minutes));
  return timeValue(g, pick(g, forms));
}

/** A time-like string as plain, double- or single-quoted scalar (all plain-safe by construction). */
export function timeValue(g: G, text: string): Y {
  const q = pick(g, ['plain', 'plain', 'double', 'single'] as const);
  return raw(q === 'plain' ? text : q === 'double' ? `"${text}"` : `'${text}'`);
}

export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const TITLES = [
  'Accueil des participants',
  'Accueil café',
  'Présentation du diagnostic « à première vue »',
  "Retour d'expérience des communes",
  'Atelier : lecture de paysage',
  'Travail en sous-groupes',
  'Visite du centre-bourg',
  'Déjeuner sur place',
  'Pause',
  'Restitution par groupe',
  'Échanges avec la salle',
  'Synthèse et suites à donner',
  'Clôture de la journée',
  'Tour de table — attentes',
  'Évaluation à chaud',
  'Déplacement en car vers la friche',
  'Identifier et mettre en œuvre les outils d’accompagnement',
  'Séquence 2 / cas pratiques',
  'Œuvrer pour la sobriété foncière',
  'Zéro artificialisation nette (ZAN) : où en est-on ?',
];

/** A title in French from the pool, sometimes a random string (any graphemes, quoted). */
export function title(g: G): string {
  if (chance(g, 0.12)) {
    const s = g(fc.string, { unit: 'grapheme', minLength: 1, maxLength: 24 });
    if (s.trim().length > 0 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(s)) return s.trim();
  }
  return pick(g, TITLES);
}

/** A free-text scalar in a random quoting (for flow collections, plain only when it has no `,[]{}`). */
export function text(g: G, value: string, inFlow = false): Y {
  return scalar(value, quote(g), inFlow);
}

const COMMENTS = ['à vérifier', 'TODO confirmer la salle', 'voir avec la DDTM', 'horaire indicatif', 'café offert', 'cf. note du 12/03', 'œ « » — ok'];

/** A comment text, or nothing (most lines have none). */
export function comment(g: G, p = 0.15): string | undefined {
  return chance(g, p) ? pick(g, COMMENTS) : undefined;
}

/** Distinct identifiers matching `^[a-z0-9][a-z0-9_-]*$`. */
export function ids(g: G, pool: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (const id of pool) {
    if (out.length >= n) break;
    if (chance(g, 0.7)) out.push(id);
  }
  return out;
}
