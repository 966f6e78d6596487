/**
 * How wide a word prints, for telling whether it would have fitted at the end of a line.
 *
 * A PDF's text layer gives each run's width, not each glyph's. The glyphs' proportions are
 * taken from Helvetica's published metrics (Adobe's AFM, in thousandths of the size), which
 * Arial, Liberation Sans and Arimo share; a run's measured width over its Helvetica width
 * then scales them to the document's own face (a serif or a condensed font is narrower).
 * Accented letters are as wide as their base letter; other characters as wide as a digit.
 */

/** Widths of the printable ASCII characters, from the space (32) to the tilde (126). */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
  722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const OTHERS: Record<string, number> = { '’': 222, '‘': 222, '«': 556, '»': 556, '–': 556, '—': 1000, '…': 1000, œ: 944, Œ: 1000, æ: 889, Æ: 1000, '\u00a0': 278, '\u202f': 278, '€': 556 };
const DEFAULT_WIDTH = 556;

/** The text's width in Helvetica at size 1. */
export function helveticaWidth(text: string): number {
  let width = 0;
  for (const character of text) width += glyphWidth(character);
  return width / 1000;
}

function glyphWidth(character: string): number {
  const other = OTHERS[character];
  if (other !== undefined) return other;
  const code = character.normalize('NFD').charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII[code - 32]!;
  return /\s/u.test(character) ? ASCII[0]! : DEFAULT_WIDTH;
}

/**
 * The width `word` prints at in the face of a run `measured` points wide holding `sample`
 * at `size` (the run's own proportions; Helvetica's when the run is too short to tell).
 */
export function printedWidth(word: string, size: number, sample: string, measured: number): number {
  const expected = helveticaWidth(sample) * size;
  const scale = sample.length >= 10 && expected > 0 && measured > 0 ? Math.min(1.5, Math.max(0.6, measured / expected)) : 1;
  return helveticaWidth(word) * size * scale;
}
