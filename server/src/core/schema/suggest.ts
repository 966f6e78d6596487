/** "Did you mean…?": the nearest candidate by edit distance, when it is near enough. */
import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to `word`, or undefined when none is plausibly a typo of it (at
 * most a third of the word's letters differ, never more than 3) or a part of it.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    const d = distance(lower, other);
    // `rapport` for `rapport-final`, `groupe-nord` for `nord`: one is part of the other.
    const contained = Math.min(lower.length, other.length) >= 3 && (other.includes(lower) || lower.includes(other));
    const score = contained ? Math.min(d, 1) : d;
    if (score < bestDistance || (score === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = score;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Lower case without accents (`Équipe` → `equipe`, `cœur` → `coeur`): for comparing words, never for output. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** A valid id made from free text: `Groupe 1` → `groupe-1`, `Équipe Nord` → `equipe-nord`. */
export function slugify(text: string): string {
  const slug = foldAccents(text)
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  return slug || 'id';
}
