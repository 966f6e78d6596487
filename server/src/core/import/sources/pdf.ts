/**
 * A PDF's text layer → the common document, with Mozilla's pdf.js (`pdfjs-dist`, its legacy
 * build for Node). Its worker code is bundled in (`globalThis.pdfjsWorker`), so pdf.js runs
 * it on this thread — which is already the import runner's worker, bounded in memory and
 * time — and needs no worker file beside the bundle.
 *
 * Each page's text items are grouped into lines by their baseline (y), ordered by x; a wide
 * gap between two items is kept as a tab (columns: time, title, speaker), a larger gap
 * between two lines than the usual spacing is an empty line (a new paragraph), and pages
 * follow in order with an empty line between them. No table is found in a PDF: its columns
 * come as tabs, which the line readers understand. A PDF of two text columns side by side
 * is read line across line.
 *
 * Refused: more pages than the bound (counted in the page tree before any page is read), a
 * password to open it (`encrypted`), no text at all on any page (a scan: `noText`), a file
 * pdf.js cannot read (`corrupt`). A PDF protected only against printing or copying opens
 * without a password and is read.
 */
import { ImportRefused, refusalOf, type ImportLimits } from '../limits';
import type { Block, SourceDocument } from '../sourceDocument';

interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export async function pdfDocument(bytes: Uint8Array, limits: ImportLimits): Promise<SourceDocument> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes the buffer over (it detaches it) and wants a plain Uint8Array, not a
  // Buffer: a copy, so the caller's bytes stay whole.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pdf = await task.promise.catch((error: { name?: string }) => {
      throw new ImportRefused({ reason: error?.name === 'PasswordException' ? 'encrypted' : 'corrupt', format: 'pdf' }, limits);
    });
    if (pdf.numPages > limits.pages) throw new ImportRefused({ reason: 'pages', count: pdf.numPages }, limits);
    const blocks: Block[] = [];
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height || 10 });
      }
      page.cleanup();
      const lines = pageLines(items);
      for (const line of lines) {
        characters += line.length;
        if (characters > limits.characters) throw new ImportRefused({ reason: 'characters', count: characters }, limits);
        if (blocks.length >= limits.paragraphs) throw new ImportRefused({ reason: 'paragraphs', count: blocks.length + 1 }, limits);
        if (line || (blocks.length && (blocks.at(-1) as { text: string }).text)) blocks.push({ kind: 'line', text: line, line: blocks.length + 1 });
      }
      if (blocks.length && (blocks.at(-1) as { text: string }).text) blocks.push({ kind: 'line', text: '', line: blocks.length + 1 });
    }
    while (blocks.length && !(blocks.at(-1) as { text: string }).text) blocks.pop();
    if (!blocks.length) throw new ImportRefused(pdf.numPages ? { reason: 'noText' } : { reason: 'corrupt', format: 'pdf' }, limits);
    return { format: 'pdf', blocks };
  } catch (error) {
    if (refusalOf(error)) throw error;
    throw new ImportRefused({ reason: 'corrupt', format: 'pdf' }, limits);
  } finally {
    await task.destroy();
  }
}

/**
 * pdf.js, loaded once. It is published as ES modules; its worker's handler, set before pdf.js
 * asks for it, runs in this thread instead of a worker file. In Node, pdf.js borrows the
 * canvas classes it renders with from @napi-rs/canvas, a native package not shipped here:
 * an import never renders, but pdf.js builds one `DOMMatrix` when it loads, so a bare one
 * stands in while it loads (removed after), and its warnings about the missing canvas — at
 * load, before its verbosity can be set — are not printed.
 */
async function loadPdfjs() {
  const global = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
  const standIn = global.DOMMatrix === undefined;
  if (standIn) global.DOMMatrix = class DOMMatrix {};
  const { log, warn } = console;
  const quiet =
    (write: typeof console.log) =>
    (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: '))) write(...args);
    };
  console.log = quiet(log);
  console.warn = quiet(warn);
  try {
    global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.log = log;
    console.warn = warn;
    if (standIn) delete global.DOMMatrix;
  }
}

/** A page's items as lines, top to bottom, with an empty line where the spacing opens up. */
export function pageLines(items: Item[]): string[] {
  // pdf.js fills a gap between two runs with a space item as wide as the gap: dropped, the
  // gap is measured between the runs themselves.
  const sorted = items.filter((i) => i.text.trim()).sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    // Same line: baselines closer than half the text's size (superscripts included).
    if (row && Math.abs(row[0]!.y - item.y) < Math.max(row[0]!.size, item.size) * 0.5) row.push(item);
    else rows.push([item]);
  }
  const lines: string[] = [];
  let previous: { y: number; size: number } | undefined;
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x);
    const size = Math.max(...row.map((i) => i.size));
    // Lines are usually 1.2 to 1.5 sizes apart; more is a paragraph's gap.
    if (previous && previous.y - row[0]!.y > Math.max(previous.size, size) * 1.8 && lines.at(-1)) lines.push('');
    lines.push(joinRow(row).trim());
    previous = { y: row[0]!.y, size };
  }
  return lines;
}

/** A line's items joined: a space where they do not touch, a tab across a wide gap. */
function joinRow(row: Item[]): string {
  let text = '';
  let end: number | undefined;
  for (const item of row) {
    if (end !== undefined) {
      const gap = item.x - end;
      if (gap > item.size * 1.5) text = `${text.trimEnd()}\t`;
      else if (gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
    end = item.x + item.width;
  }
  return text;
}
