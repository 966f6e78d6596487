/**
 * Slot cards printed from an HTML page — Déroulé's own export and preview (`export/html.ts`):
 * each slot is a box with a time column at its left (start, end and duration stacked, one
 * under the other) and a content column at its right (title and type badge, speakers,
 * steps, description, tracks side by side). Read as lines of a table, the stacked times
 * land beside the title, the speakers and a step, and the title's wrapped lines go apart.
 *
 * Here a card is read as what it says: one line « 09h00 – 09h15 (15 min) », as the HTML
 * export's hidden separators say it to a screen reader, then the content column's
 * paragraphs — a line wrapped in print joined back, an indented line (a step) as a list
 * item, the smaller badge after the title as « (type : plénière) », track boxes side by
 * side one after the other — and an empty line after each card. What stands above the
 * first card and below the last is read as any page is (`pdfPage.ts`).
 *
 * A card is recognised by its time stack: at one x, a clock, then a clock or a duration
 * right under it; a page has cards only if one stack holds all three (start, end,
 * duration), which no table cell of times does (a table writes its duration in a column
 * beside). A table of several columns is not cards: cells starting at a shared x right of
 * the content column, on the first line of two cards, are a table's column.
 */
import type { PdfItem, PdfLine } from './pdfLines';
import { groupLines, segmentsOf } from './pdfLines';
import { pageBlocks, type PageBlock } from './pdfPage';
import { cardParagraphs } from './pdfCardText';

const CLOCK = /^\d{1,2}(?:[hH]\d{0,2}|:\d{2})$/;
const DURATION = /^\d+\s?(?:h(?:\s?\d{1,2})?|min)$/;
/** Items of a column start within this many points. */
const ALIGN = 1.5;
/** Stacked times stand at most this many sizes apart (their line spacing). */
const STACK_STEP = 1.9;

interface Stack {
  x: number;
  /** Baseline of the start clock, and the lowest baseline of the stack. */
  top: number;
  bottom: number;
  size: number;
  items: PdfItem[];
  clocks: string[];
  duration?: string;
}

export interface Card {
  time: string;
  /** Left edge of the content column. */
  left: number;
  items: PdfItem[];
}

/** A page's blocks: its slot cards as lines, the rest as `pageBlocks` reads it. */
export function cardPageBlocks(items: PdfItem[], page: { left: number; right: number }): PageBlock[] {
  const pageWidth = page.right - page.left;
  const found = slotCards(items);
  if (!found) return pageBlocks(items, page);
  const { cards, above, below } = found;
  const contentEnds = cards.flatMap((c) => c.items.map((i) => i.x + i.width));
  // The content column ends at the card's padding, as far from the page's right edge as
  // the time column starts from its left (the print margins and the card's padding are
  // symmetric): its longest line may stop short of it, and a wrap is measured to it.
  const stackX = found.stackX;
  const reach = Math.max(...contentEnds, pageWidth - stackX);
  const blocks: PageBlock[] = pageBlocks(above, page);
  if (blocks.length && blocks.at(-1)!.kind === 'line' && (blocks.at(-1) as { text: string }).text !== '') blocks.push({ kind: 'line', text: '' });
  for (const card of cards) {
    blocks.push({ kind: 'line', text: card.time });
    for (const text of cardParagraphs(card, reach)) blocks.push({ kind: 'line', text });
    blocks.push({ kind: 'line', text: '' });
  }
  blocks.push(...pageBlocks(below, page));
  return blocks;
}

/** The page's cards, with the items above the first and below the last; undefined when it has none. */
export function slotCards(items: PdfItem[]): { cards: Card[]; above: PdfItem[]; below: PdfItem[]; stackX: number } | undefined {
  const visible = items.filter((i) => i.text.trim());
  const stacks = timeStacks(visible);
  const full = stacks.find((s) => s.clocks.length === 2 && s.duration);
  if (!full) return undefined;
  const column = stacks.filter((s) => Math.abs(s.x - full.x) <= ALIGN).sort((a, b) => b.top - a.top);
  const inStack = new Set(column.flatMap((s) => s.items));
  const rest = visible.filter((i) => !inStack.has(i));
  const cards: Card[] = [];
  let lastBottom = Infinity;
  for (let k = 0; k < column.length; k++) {
    const stack = column[k]!;
    const upper = stack.top + stack.size * 0.9;
    // Something left of the time column beside the stack: not a card's time, a table's cell.
    if (rest.some((i) => i.x < stack.x - ALIGN && i.y <= upper && i.y >= stack.bottom - stack.size * 0.5)) return undefined;
    const next = column[k + 1];
    const lower = next ? next.top + next.size * 0.9 : -Infinity;
    let band = rest.filter((i) => i.y <= upper && i.y > lower && i.y < lastBottom);
    if (!next) band = lastCardItems(band, stack);
    const first = band.filter((i) => i.x > stack.x && Math.abs(i.y - stack.top) < stack.size * 0.8);
    if (!first.length) return undefined;
    const left = Math.min(...first.map((i) => i.x));
    cards.push({ time: timeText(stack), left, items: band });
    lastBottom = Math.min(...band.map((i) => i.y), stack.bottom);
  }
  if (sharedColumns(cards)) return undefined;
  const taken = new Set(cards.flatMap((c) => c.items));
  const top = column[0]!.top + column[0]!.size * 0.9;
  return {
    cards,
    above: rest.filter((i) => !taken.has(i) && i.y > top),
    below: rest.filter((i) => !taken.has(i) && i.y <= top),
    stackX: full.x,
  };
}

/** Stacks of times: at one x, a clock, then a clock and/or a duration right under it. */
function timeStacks(items: PdfItem[]): Stack[] {
  const times = items.filter((i) => CLOCK.test(i.text.trim()) || DURATION.test(i.text.trim())).sort((p, q) => p.x - q.x || q.y - p.y);
  const stacks: Stack[] = [];
  let open: Stack | undefined;
  for (const item of times) {
    const text = item.text.trim();
    const below = open && Math.abs(item.x - open.x) <= ALIGN && open.bottom - item.y > 0 && open.bottom - item.y <= Math.max(open.size, item.size) * STACK_STEP;
    if (open && below && !open.duration && (DURATION.test(text) || (CLOCK.test(text) && open.clocks.length === 1))) {
      if (CLOCK.test(text)) open.clocks.push(text);
      else open.duration = text;
      open.items.push(item);
      open.bottom = item.y;
      continue;
    }
    if (open && open.items.length >= 2) stacks.push(open);
    open = CLOCK.test(text) ? { x: item.x, top: item.y, bottom: item.y, size: item.size, items: [item], clocks: [text] } : undefined;
  }
  if (open && open.items.length >= 2) stacks.push(open);
  return stacks;
}

/** « 09h00 – 09h15 (15 min) », as the export's hidden separators read. */
function timeText(stack: Stack): string {
  const range = stack.clocks.join(' – ');
  return stack.duration ? `${range} (${stack.duration})` : range;
}

/**
 * The last card of the page ends where its content column does: at a line starting left of
 * it, or after a gap wider than a card's lines have.
 */
function lastCardItems(band: PdfItem[], stack: Stack): PdfItem[] {
  const lines = groupLines(band);
  const kept: PdfLine[] = [];
  let left: number | undefined;
  for (const line of lines) {
    const x = line.items[0]!.x;
    const previous = kept.at(-1);
    if (!previous) {
      if (Math.abs(line.y - stack.top) >= stack.size * 0.8 || x <= stack.x) break;
      left = x;
    } else if (x < left! - ALIGN || (previous.y - line.y > Math.max(previous.size, line.size) * 2.2 && line.y < stack.bottom)) break;
    kept.push(line);
  }
  return kept.flatMap((l) => l.items);
}

/** Two cards whose first line has a cell starting at one x right of the content: a table. */
function sharedColumns(cards: Card[]): boolean {
  const starts: number[][] = cards.map((card) => {
    const first = groupLines(card.items)[0];
    if (!first) return [];
    // Cells stand well apart; the type badge, smaller, is not a cell.
    const segments = segmentsOf({ ...first, items: first.items.filter((i) => i.size >= first.size * 0.9) });
    return segments.filter((s) => s.x > card.left + first.size * 3).map((s) => s.x);
  });
  return starts.some((xs, k) => xs.some((x) => starts.some((other, j) => j !== k && other.some((o) => Math.abs(o - x) <= ALIGN))));
}

