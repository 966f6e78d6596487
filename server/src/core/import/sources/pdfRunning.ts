/**
 * Running headers and footers: what a word processor prints in the margin of every page —
 * the title again at the top, « Programme établi avec Déroulé · Page 2 / 4 » at the bottom.
 * Read as text, they land in the middle of the programme: the title repeated above
 * « ATELIER » makes the kind line look like a subtitle, a footer between two rows of a table
 * cuts it, « Page 2 / 4 » becomes a line of the agenda.
 *
 * A running line is a line in the page's top or bottom margin band (`BAND` of the page's
 * height), written at the same height on at least two pages and on at least half of them,
 * with the same words once its figures are set aside (« Page 1 / 4 », « Page 2 / 4 »). A
 * page number alone in the band (« 3 », « Page 3 », « 3 / 4 », « Page 3 sur 4 ») is dropped
 * on any page. Nothing else is dropped: a running line whose words (page numbers aside) are
 * not written anywhere in the body — an organisation or a service in the header — is kept
 * once, at the end of the document, so the rule that nothing is dropped holds; one the body
 * already says (the title) is not repeated. At the end, not at the top, because a line put
 * above the title would be read as the title.
 */
import { groupLines, joinItems, type PdfItem, type PdfLine } from './pdfLines';

/** The margin bands: this share of the page's height from its top and from its bottom. */
const BAND = 0.1;
/** Baselines within this many points are the same height on two pages. */
const SAME_Y = 2;
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:\/|sur|of|de)\s*\d{1,4})?$/iu;

export interface PrintedPage {
  items: PdfItem[];
  /** The page box's bottom and top (pdf.js's `view`, y upwards). */
  bottom: number;
  top: number;
}

export interface RunningLines {
  /** Items of running lines and page numbers, left out of the pages' text. */
  dropped: Set<PdfItem>;
  /** Running lines the body does not say, each once (page numbers cut off), in page order. */
  kept: string[];
}

export function runningLines(pages: readonly PrintedPage[]): RunningLines {
  const dropped = new Set<PdfItem>();
  const margins = pages.map(marginLines);
  // Words (figures masked) and height → the pages that print them.
  const seen = new Map<string, { pages: Set<number>; lines: PdfLine[] }>();
  margins.forEach((lines, page) => {
    for (const line of lines) {
      const text = joinItems(line.items, false);
      if (PAGE_NUMBER.test(text)) {
        for (const item of line.items) dropped.add(item);
        continue;
      }
      const key = `${Math.round(line.y / SAME_Y)}|${masked(text)}`;
      const entry = seen.get(key) ?? { pages: new Set<number>(), lines: [] };
      entry.pages.add(page);
      entry.lines.push(line);
      seen.set(key, entry);
    }
  });
  const running: string[] = [];
  for (const { pages: on, lines } of seen.values()) {
    if (on.size < 2 || on.size * 2 < pages.length) continue;
    for (const line of lines) for (const item of line.items) dropped.add(item);
    running.push(withoutPageNumber(lines[0]!));
  }
  const body = pages
    .flatMap((p) => p.items)
    .filter((i) => !dropped.has(i))
    .map((i) => i.text)
    .join(' ');
  const bodyWords = plain(body);
  const kept = running.filter((text) => text && !bodyWords.includes(plain(text)));
  return { dropped, kept };
}

/** The lines of a page that stand wholly in its top or bottom band. */
function marginLines(page: PrintedPage): PdfLine[] {
  const band = (page.top - page.bottom) * BAND;
  return groupLines(page.items).filter((line) => line.y - line.size * 0.3 <= page.bottom + band || line.y + line.size >= page.top - band);
}

/** The line's text without the page number standing apart at its end or start (« … \t Page 2 / 4 »). */
function withoutPageNumber(line: PdfLine): string {
  return joinItems(line.items)
    .split('\t')
    .filter((part) => !PAGE_NUMBER.test(part.trim()))
    .join(' — ')
    .trim();
}

function masked(text: string): string {
  return plain(text).replace(/\d+/g, '#');
}

function plain(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
