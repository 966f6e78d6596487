/**
 * Text helpers shared by the field readers: folding for matching (never for output), and
 * the label of a `Label : value` line. The folding itself is the reader's (`../text.ts`).
 */
import { fold as foldWords } from '../text';

/**
 * The reader's `fold` (lower case, no accents, œ → oe, straight apostrophes), with its
 * spaces collapsed: one folding for the whole importer, for matching words, not for output.
 */
export function fold(text: string): string {
  return collapse(foldWords(text));
}

/**
 * The longest value these readers search for structure. A field's value is a line or two;
 * longer text is kept as written (or not read), so that no pattern runs over a whole
 * paragraph (some of them are quadratic in the length of what they scan).
 */
export const MAX_VALUE = 1000;

/** Spaces collapsed (no-break spaces included), ends trimmed. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2007]+/g, ' ').trim();
}

/** The first letter in upper case, the rest as written. */
export function capitalise(text: string): string {
  return text.replace(/^\P{L}*\p{L}/u, (m) => m.toUpperCase());
}

/**
 * A line's Markdown dressing removed: heading marks, bullet, bold or italic markers around
 * the whole line or around its label (`**Durée** : 2 jours`, `### Tarif`, `- Prérequis : aucun`).
 */
export function undress(line: string): string {
  return collapse(
    line
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*(?:[-–—•·◦▪■►➢✓*+]|\d{1,2}[.)])\s+/, '')
      .replace(/(\*\*|__)(.+?)\s*\1/g, '$2')
      .replace(/^[*_](.+?)[*_]\s*(:?)$/, '$1$2'),
  );
}

/**
 * `Label : value` split at its first colon (`Label:`, `Label :`, `Label :` with a no-break
 * space); the whole line as the label when it has no colon. A colon inside a clock (`9:30`)
 * or a URL (`https:`) is not a label's colon.
 */
export function splitLabel(line: string): { label: string; value: string } {
  const text = undress(line);
  const m = /^([^:]*?[^\d\s:/])\s*:(?!\/\/|\d)\s*(.*)$/u.exec(text);
  if (!m) return { label: text, value: '' };
  return { label: m[1]!, value: m[2]!.trim() };
}

/** The lines of a value with bullets and blank lines removed. */
export function valueLines(lines: readonly string[]): string[] {
  return lines.map(undress).filter(Boolean);
}
