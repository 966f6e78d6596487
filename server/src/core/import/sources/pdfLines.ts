/**
 * A PDF page's text items as lines: items grouped by baseline, ordered by x, and each line
 * cut into segments where its items stand apart (a wide gap: the next column of a table,
 * or a tab). The PDF reader writes lines outside tables from here, and finds table columns
 * from the segments (`pdfColumns.ts`).
 */

/** One text item of pdf.js: its text, where its baseline starts, how wide and how large. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdf.js's name for the item's font in this document: a bold or another face is another name. */
  font?: string;
}

export interface PdfLine {
  /** Baseline of the line's largest text (a superscript does not move it). */
  y: number;
  size: number;
  /** Left to right, white-space-only items dropped. */
  items: PdfItem[];
}

/** Items of a line that stand together: one cell's line, or the text between two tabs. */
export interface Segment {
  x: number;
  end: number;
  text: string;
}

/**
 * A gap wider than this many text sizes separates segments. Word spaces are about a third
 * of the size, loose justification up to a half; table columns stand one size apart or more.
 */
const SEGMENT_GAP = 0.6;
/** A gap wider than this many sizes is written as a tab in a line outside tables. */
const TAB_GAP = 1.5;
/** A bullet drawn as a glyph of its own stands apart from its text, but is not a column. */
const BULLET = /^[•●○◦▪■□►▸‣–—*-]$/u;

/** A page's items as lines, top to bottom: sorted once, then one pass (no pairwise search). */
export function groupLines(items: PdfItem[]): PdfLine[] {
  // pdf.js fills a gap between two runs with a space item as wide as the gap: dropped, the
  // gap is measured between the runs themselves.
  const sorted = items.filter((i) => i.text.trim()).sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: PdfLine[] = [];
  let top: PdfItem | undefined;
  for (const item of sorted) {
    const line = lines.at(-1);
    // Same line: baselines closer than half the text's size (superscripts included).
    if (line && top && Math.abs(top.y - item.y) < Math.max(top.size, item.size) * 0.5) {
      line.items.push(item);
      if (item.size > line.size) Object.assign(line, { y: item.y, size: item.size });
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
      top = item;
    }
  }
  for (const line of lines) line.items.sort((p, q) => p.x - q.x);
  return lines;
}

/** Items joined: a space where they do not touch, a tab across a wide gap (`tabs`). */
export function joinItems(items: PdfItem[], tabs = true): string {
  let text = '';
  let end: number | undefined;
  for (const item of items) {
    if (end !== undefined) {
      const gap = item.x - end;
      if (tabs && gap > item.size * TAB_GAP) text = `${text.trimEnd()}\t`;
      else if (gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
    end = item.x + item.width;
  }
  return text.trim();
}

/** A line cut where its items stand more than `SEGMENT_GAP` sizes apart; a lone bullet stays with its text. */
export function segmentsOf(line: PdfLine): Segment[] {
  const groups: PdfItem[][] = [];
  let end = -Infinity;
  for (const item of line.items) {
    const group = groups.at(-1);
    const bullet = group?.length === 1 && BULLET.test(group[0]!.text.trim());
    if (group && (item.x - end <= item.size * SEGMENT_GAP || bullet)) group.push(item);
    else groups.push([item]);
    end = Math.max(end, item.x + item.width);
  }
  return groups.map((g) => ({ x: g[0]!.x, end: g.reduce((n, i) => Math.max(n, i.x + i.width), -Infinity), text: joinItems(g, false) }));
}
