/**
 * A slot card's content column (`pdfCards.ts`) as the lines the text reader understands,
 * the lines the HTML export itself gives: its paragraphs with the lines wrapped in print
 * joined back, a step (indented) as a list item `- …`, the type badge after the title as
 * « (type : plénière) », and boxes side by side (a slot's tracks) one after the other.
 */
import { typeFromLabel } from '../vocabulary';
import type { Card } from './pdfCards';
import { groupLines, joinItems, segmentsOf, type PdfLine } from './pdfLines';

const ALIGN = 1.5;
/** The badge is written smaller than the title (0.78em against 1em). */
const BADGE_SIZE = 0.85;

interface Written {
  x: number;
  end: number;
  size: number;
  text: string;
}

export function cardParagraphs(card: Card, reach: number): string[] {
  const lines = groupLines(card.items);
  const out: string[] = [];
  let previous: Written | undefined;
  let inTitle = true;
  for (let i = 0; i < lines.length; ) {
    const boxes = inTitle ? undefined : boxRun(lines, i);
    if (boxes) {
      out.push(...boxes.texts);
      previous = undefined;
      inTitle = false;
      i = boxes.end;
      continue;
    }
    const line = lines[i++]!;
    const candidate = inTitle ? badgeOf(line, previous?.size) : undefined;
    if (candidate && line.items.length === 1) {
      // The badge alone on the title's last line.
      if (out.length) out.push(`${out.pop()!} (type : ${candidate})`);
      previous = undefined;
      inTitle = false;
      continue;
    }
    const bare = candidate ? line.items.slice(0, -1) : line.items;
    const x = bare[0]!.x;
    const joins = previous !== undefined && out.length > 0 && Math.abs(previous.x - x) <= ALIGN && wrapped(previous, joinItems(bare, false), reach);
    // A new paragraph after the first ends the title: no badge there.
    if (!joins && out.length) inTitle = false;
    const badge = inTitle ? candidate : undefined;
    const items = badge ? bare : line.items;
    const end = Math.max(...items.map((t) => t.x + t.width));
    const text = joinItems(items, false);
    const size = Math.max(...items.map((t) => t.size));
    if (joins) {
      const last = out.pop()!;
      out.push(/[\p{L}\p{N}]-$/u.test(last) ? last + text : `${last} ${text}`);
    } else out.push(x > card.left + size * 0.5 ? `- ${text}` : text);
    previous = { x, end, size, text };
    if (badge) {
      out.push(`${out.pop()!} (type : ${badge})`);
      // The badge ends the title: the next line is a paragraph of its own.
      previous = undefined;
      inTitle = false;
    }
  }
  return out;
}

/** The type label ending the title's line: a smaller item, apart, that names a slot type. */
function badgeOf(line: PdfLine, titleSize: number | undefined): string | undefined {
  const last = line.items.at(-1)!;
  const rest = line.items.slice(0, -1);
  const size = rest.length ? Math.max(...rest.map((i) => i.size)) : titleSize;
  if (size === undefined || last.size >= size * BADGE_SIZE) return undefined;
  const text = last.text.trim();
  return typeFromLabel(text) ? text : undefined;
}

/** Whether the line before `next` ended because the next word would not fit in the column. */
function wrapped(previous: Written, next: string, reach: number): boolean {
  const firstWord = next.split(/\s/)[0] ?? next;
  const perChar = (previous.end - previous.x) / Math.max(1, previous.text.length);
  return previous.end + perChar * (firstWord.length + 1) > reach - previous.size * 0.2;
}

/**
 * Boxes side by side from line `start` on (a slot's tracks, a flex row of the export):
 * lines cut into segments at the same x positions, two columns or more over two lines or
 * more, the first two lines in two boxes at least. Read box by box, each box's lines in order.
 */
function boxRun(lines: PdfLine[], start: number): { texts: string[]; end: number } | undefined {
  const first = segmentsOf(lines[start]!);
  if (first.length < 2) return undefined;
  const columns = first.map((s) => s.x);
  const at = (x: number) => columns.findIndex((c) => Math.abs(c - x) <= ALIGN);
  // Two lines at least hold two boxes each: a line and its neighbour's gap are not boxes.
  const second = lines[start + 1] ? segmentsOf(lines[start + 1]!) : [];
  if (second.length < 2 || !second.every((s) => at(s.x) >= 0)) return undefined;
  let end = start + 2;
  while (end < lines.length) {
    const segments = segmentsOf(lines[end]!);
    if (!segments.every((s) => at(s.x) >= 0)) break;
    end++;
  }
  if (end - start < 2) return undefined;
  const texts: string[] = [];
  columns.forEach((_, c) => {
    for (let k = start; k < end; k++) for (const s of segmentsOf(lines[k]!)) if (at(s.x) === c) texts.push(s.text);
  });
  return { texts, end };
}

