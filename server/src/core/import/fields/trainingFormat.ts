/**
 * Is the text a training (`format: training`)? A scorer over the whole text that gives its
 * evidence, so the summary can say why: the words found, as the text writes them.
 *
 * Strong words name a training by themselves (« stagiaires », « organisme de formation »,
 * « session de formation », Qualiopi, the State's and territorial training centres CVRH,
 * CNFPT, IFORE); weak words (« formation », « formateur », « training ») need a second word.
 * Each word counts once however often it appears, so a workshop that mentions « formation »
 * in passing stays a workshop.
 */
import { fold } from './fieldText';

interface Cue {
  /** Folded pattern, matched on whole words. */
  pattern: string;
  weight: 1 | 2;
}

const CUES: Cue[] = [
  { pattern: 'stagiaires?', weight: 2 },
  { pattern: 'organismes? de formation', weight: 2 },
  { pattern: 'sessions? de formation', weight: 2 },
  { pattern: 'actions? de formation', weight: 2 },
  { pattern: 'modules? de formation', weight: 2 },
  { pattern: 'parcours de formation', weight: 2 },
  { pattern: 'plan de formation', weight: 2 },
  { pattern: 'qualiopi', weight: 2 },
  { pattern: 'cvrh', weight: 2 },
  { pattern: 'cnfpt', weight: 2 },
  { pattern: 'ifore', weight: 2 },
  { pattern: 'trainees?', weight: 2 },
  { pattern: 'training (?:course|session|programme|program)s?', weight: 2 },
  { pattern: 'formations?', weight: 1 },
  { pattern: 'format(?:eur|rice)s?', weight: 1 },
  { pattern: 'apprenants?', weight: 1 },
  { pattern: 'trainings?', weight: 1 },
  { pattern: 'trainers?', weight: 1 },
  { pattern: 'learners?', weight: 1 },
];
const CUE_RES = CUES.map((c) => ({ ...c, re: new RegExp(`(?<![\\p{L}\\p{N}-])${c.pattern.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}-])`, 'u') }));

/** The score at which a text is a training: one strong word, or two weak ones. */
export const TRAINING_THRESHOLD = 2;

export interface TrainingEvidence {
  score: number;
  /** The words found, as written in the text (first occurrence of each cue). */
  words: string[];
}

/** Lower case without accents, one code unit for one: positions in it are positions in the text. */
function foldInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.length === 1 ? ch.normalize('NFD')[0]!.toLowerCase() : ch;
    out += base.length === ch.length ? base.replace(/[’‘ʼ]/, "'") : ch;
  }
  return out;
}

/** The training cues of a text, the evidence cut from the text as written. */
export function trainingEvidence(text: string): TrainingEvidence {
  const f = foldInPlace(text);
  let score = 0;
  const words: string[] = [];
  for (const cue of CUE_RES) {
    const m = cue.re.exec(f);
    if (!m) continue;
    // Strong and weak cues overlap (« session de formation » and « formation »): a word inside an already counted phrase does not count again.
    if (words.some((w) => fold(w).includes(m[0]))) continue;
    score += cue.weight;
    words.push(text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' '));
  }
  return { score, words };
}

/** True when the text speaks of a training (see `trainingEvidence`). */
export function isTraining(text: string): boolean {
  return trainingEvidence(text).score >= TRAINING_THRESHOLD;
}
