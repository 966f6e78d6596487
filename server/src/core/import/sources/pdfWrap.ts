/**
 * Lines that print wrapped, joined back: a title or a session's line too long for the page
 * goes on at the next line, and a PDF's text layer only has the two lines. A reader joins
 * them on what the page shows; so does this, outside tables (a cell's wrapped lines are
 * joined by `pdfTable.ts`, which knows the cell's width).
 *
 * The next line goes on the previous one when all of these hold:
 * - it looks like the previous one: same font (a bold heading is a font of its own) and size;
 * - it starts where the previous line's text starts (after its bullet), not at a margin of
 *   its own, and is one run of text (no column gap in it);
 * - it is one line spacing below, the closest spacing between lines of that size on the
 *   page (a paragraph's gap is wider);
 * - the previous line reaches the right edge of the text: the next line's first word would
 *   not have fitted after it (a short line ended there: two speakers, one under the other);
 * - it does not open an item: no bullet, no list number, no clock (« 10h30 … »);
 * - the words agree (`goesOn`): the next line starts in lower case or is a bracket alone, or the previous one ends
 *   mid-sentence — inside a bracket, on a hyphen, a comma, a dash, an opening quote, an elision, a word like
 *   « de », « des », « et » (after such a word the line goes on even where it stopped short:
 *   a tab pushed the rest of the sentence down). Otherwise a line starting with a capital or
 *   a figure opens something of its own (« Modalités d'évaluation : … » under another
 *   field), and never follows a line ending a sentence (« . », « : », « ; »…) nor is a label
 *   (« OBJECTIFS DE LA JOURNÉE : » under the title); only a title in capitals going on in
 *   capitals, or a name cut after its first name (« …une intervention de Frédéric » /
 *   « Applincourt, RT… »), goes on with a capital.
 *
 * A hyphen at the end of a line is kept: word processors do not hyphenate by default, so a
 * hyphen there is the word's own — French compounds break after theirs (« CENTRES- » /
 * « BOURGS », « contre- » / « exemple », « au-delà »), and dropping it would misspell them,
 * while keeping a hyphen that hyphenation added leaves a word that still reads. Only a soft
 * hyphen (U+00AD), which marks a break the writer's software made, is dropped.
 */
import { clockAt } from '../clocks';
import { isAllCaps } from '../fields/sentenceCase';
import { BULLET_RE } from '../lines';
import type { PdfItem, PdfLine } from './pdfLines';
import { printedWidth } from './pdfTextWidth';

/** A glyph drawn alone before an item's text: the item's marker, not its text. */
const BULLET_GLYPH = /^[•●○◦▪■□►▸‣–—*-]$/u;
/** Sizes within this many points are one size (rounding in the text layer). */
const SAME_SIZE = 0.3;
/** Starts within this many points are one left edge (as `pdfColumns.ts` aligns cells). */
const ALIGN = 2;
/** Words after which a French or English line cannot end a title or a sentence. */
const CONNECTOR =
  /(?:^|[\s'’])(?:de|des|du|d|la|le|les|l|à|au|aux|et|ou|en|un|une|pour|par|sur|sous|dans|avec|sans|entre|chez|vers|que|qui|dont|of|the|and|or|to|in|for|with|a|an|on|at|by|from)$/iu;

/** The same words in lower case, French only: they end no sentence, whatever the line's length. */
const LOWER_CONNECTOR = /(?:^|[\s'’])(?:de|des|du|d|la|le|les|l|à|au|aux|et|ou|pour|par|sur|dans|avec|entre|chez)$/u;

/** What the joining needs to know of a page: where its text ends, how close its lines stand. */
export interface WrapContext {
  /** The right edge of the page's text. */
  edge: number;
  /** The closest spacing between consecutive lines, by size. */
  spacing: Map<number, number>;
}

/**
 * The page's right edge of text — its widest line, or the left margin mirrored when the
 * page box is known (pages keep equal side margins; a page of short lines reaches neither)
 * — and its line spacings.
 */
export function wrapContext(lines: PdfLine[], page?: { left: number; right: number }): WrapContext {
  let edge = -Infinity;
  let margin = Infinity;
  for (const line of lines) {
    const last = line.items.at(-1);
    if (last) edge = Math.max(edge, last.x + last.width);
    if (line.items[0]) margin = Math.min(margin, line.items[0].x);
  }
  if (page && margin < Infinity) edge = Math.max(edge, page.right - (margin - page.left));
  const spacing = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1]!, lines[i]!];
    const step = above.y - below.y;
    if (Math.abs(above.size - below.size) > SAME_SIZE || step < below.size * 0.8) continue;
    const size = sizeKey(below.size);
    spacing.set(size, Math.min(spacing.get(size) ?? Infinity, step));
  }
  return { edge, spacing };
}

/** Whether `next` is the rest of `previous`, wrapped (see the file's comment). */
export function continues(previous: PdfLine, next: PdfLine, context: WrapContext): boolean {
  const last = previous.items.at(-1);
  const first = next.items[0];
  if (!last || !first) return false;
  if (Math.abs(previous.size - next.size) > SAME_SIZE || (last.font ?? '') !== (first.font ?? '')) return false;
  if (!startsAtText(previous, first.x) || hasGap(next)) return false;
  const step = previous.y - next.y;
  const spacing = context.spacing.get(sizeKey(next.size)) ?? step;
  if (step <= 0 || step > next.size * 1.8 || step > spacing * 1.1 + 0.5) return false;
  const nextText = lineText(next.items);
  const previousText = lineText(textItems(previous));
  if (BULLET_GLYPH.test(first.text.trim()) || BULLET_RE.test(nextText) || clockAt(nextText, 0)) return false;
  // A line ending on « de », « la », « et »… goes on even where it stops short (a tab pushed
  // the rest of the sentence to the next line).
  if (!reachesEdge(previous, nextText, context.edge) && !LOWER_CONNECTOR.test(previousText)) return false;
  return goesOn(previousText, nextText);
}

/** The two lines' texts as one: a space between them, none after a hyphen (kept, see above). */
export function joinWrapped(previous: string, next: string): string {
  if (/\u00ad$/u.test(previous)) return previous.slice(0, -1) + next;
  if (/[\p{L}\p{N}][-‐]$/u.test(previous)) return previous + next;
  return `${previous} ${next}`;
}

/** Whether the words of two lines read as one sentence or title cut by the page's edge. */
export function goesOn(previous: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return true;
  // A bracket left open goes on (« … (DDTM » / « 62) »); a line that is only a bracket, or
  // opens one in lower case, is the end of the line above (« (Cerema Hauts-de-France) »).
  if (count(previous, '(') > count(previous, ')') || /^\((?:[^()]*\)[.,;]?$|\s*\p{Ll})/u.test(next)) return true;
  if (/[-‐\u00ad–—,«(“‘[/]$|\b(?:[dl]|qu)['’]$/iu.test(previous) || CONNECTOR.test(previous)) return true;
  if (/[.!?:;…][»”’)\]]?$/u.test(previous) || /:$/.test(next)) return false;
  // A title in capitals goes on in capitals; a name goes on from its first name.
  if (isAllCaps(previous)) return isAllCaps(next);
  return /(?:^|\s)\p{Lu}\S*$/u.test(previous) && /^\p{Lu}/u.test(next) && !isAllCaps(next);
}

/** The previous line's first word of text, past a bullet drawn apart, starts at `x`. */
function startsAtText(line: PdfLine, x: number): boolean {
  const text = textItems(line)[0];
  return text !== undefined && Math.abs(text.x - x) <= ALIGN;
}

/** The line's items past a bullet drawn as a glyph of its own. */
function textItems(line: PdfLine): PdfItem[] {
  return line.items.length > 1 && BULLET_GLYPH.test(line.items[0]!.text.trim()) ? line.items.slice(1) : line.items;
}

/** Whether the line's items stand apart somewhere (a column gap: not one run of text). */
function hasGap(line: PdfLine): boolean {
  for (let k = 1; k < line.items.length; k++) {
    const before = line.items[k - 1]!;
    if (line.items[k]!.x - (before.x + before.width) > line.size * 1.5) return true;
  }
  return false;
}

/** The next line's first word (and the space before it) would not have fitted after the previous line. */
function reachesEdge(previous: PdfLine, nextText: string, edge: number): boolean {
  const text = textItems(previous);
  const last = previous.items.at(-1)!;
  const end = last.x + last.width;
  // A quote or a dash standing apart goes with the word after it (« autonomes »).
  const word = /^\S*[\p{L}\p{N}]\S*/u.exec(nextText.replace(/^([^\p{L}\p{N}\s]+)\s+/u, '$1'))?.[0] ?? nextText;
  const width = printedWidth(` ${word}`, previous.size, lineText(text), end - text[0]!.x);
  return end + width > edge - previous.size * 0.2;
}

function lineText(items: PdfItem[]): string {
  return items
    .map((i) => i.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function sizeKey(size: number): number {
  return Math.round(size * 2) / 2;
}
