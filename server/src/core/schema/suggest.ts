/** "Did you mean…?": the nearest candidate by edit distance, when it is near enough. */
import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to `word`, or undefined when none is plausibly a typo of it
 * (at most a third of the word's letters differ, and never more than 3).
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = distance(lower, candidate.toLowerCase());
    const prefix = candidate.startsWith(lower) && lower.length >= 2 ? candidate.length - lower.length : Infinity;
    const score = Math.min(d, prefix <= 4 ? 1 : Infinity);
    if (score < bestDistance || (score === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = score;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** A valid id made from free text: `Groupe 1` → `groupe-1`, `Équipe Nord` → `equipe-nord`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  return slug || 'id';
}
