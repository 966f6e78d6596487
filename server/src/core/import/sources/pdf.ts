/**
 * A PDF's text layer → the common document, with Mozilla's pdf.js (`pdfjs-dist`, its legacy
 * build for Node). Its worker code is bundled in (`globalThis.pdfjsWorker`), so pdf.js runs
 * it on this thread — which is already the import runner's worker, bounded in memory and
 * time — and needs no worker file beside the bundle.
 *
 * Each page's text items are grouped into lines by their baseline (y), ordered by x
 * (`pdfPage.ts`). Runs of lines whose cells start at shared x positions — a Word,
 * LibreOffice or HTML table printed to PDF — become table blocks, as a Word table does;
 * every other line is a line block, a wide gap between two items kept as a tab, a larger
 * gap between two lines than the usual spacing an empty line (a new paragraph). Pages
 * follow in order with an empty line between them, without their running headers and
 * footers (`pdfRunning.ts`). Two columns of text side by side are
 * not a table (`pdfTable.ts` says how they are told apart) and are read line across line.
 * Slot cards printed from an HTML page (Déroulé's export: times stacked beside the content)
 * are read as the export's own lines, a time range then the content (`pdfCards.ts`).
 *
 * Refused: more pages than the bound (counted in the page tree before any page is read), a
 * password to open it (`encrypted`), no text at all on any page (a scan: `noText`), a file
 * pdf.js cannot read (`corrupt`). A PDF protected only against printing or copying opens
 * without a password and is read.
 */
import { ImportRefused, refusalOf, type ImportLimits } from '../limits';
import { cellText, type Block, type SourceDocument } from '../sourceDocument';
import type { PdfItem } from './pdfLines';
import { cardPageBlocks } from './pdfCards';
import type { PageBlock } from './pdfPage';
import { runningLines, type PrintedPage } from './pdfRunning';

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
    // Every page's items first: a running header or footer is known only across pages.
    const pages: (PrintedPage & { left: number; right: number })[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height || 10, font: item.fontName });
      }
      const [left = 0, bottom = 0, right = 595, top = 842] = page.view as number[];
      page.cleanup();
      pages.push({ items, left, right, bottom, top });
    }
    const running = runningLines(pages);
    const blocks: Block[] = [];
    let characters = 0;
    const add = (block: PageBlock) => {
      characters += block.kind === 'line' ? block.text.length : block.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + cellText(c).length, 0), 0);
      if (characters > limits.characters) throw new ImportRefused({ reason: 'characters', count: characters }, limits);
      if (blocks.length >= limits.paragraphs) throw new ImportRefused({ reason: 'paragraphs', count: blocks.length + 1 }, limits);
      if (block.kind === 'table') blocks.push({ kind: 'table', rows: block.rows, line: blocks.length + 1 });
      else if (block.text || hasText(blocks.at(-1))) blocks.push({ kind: 'line', text: block.text, line: blocks.length + 1 });
    };
    for (const page of pages) {
      const items = page.items.filter((i) => !running.dropped.has(i));
      for (const block of cardPageBlocks(items, page)) add(block);
      if (hasText(blocks.at(-1))) blocks.push({ kind: 'line', text: '', line: blocks.length + 1 });
    }
    for (const text of running.kept) add({ kind: 'line', text });
    while (blocks.length && !hasText(blocks.at(-1))) blocks.pop();
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

/** A table, or a line that is not empty: what an empty line may follow. */
function hasText(block: Block | undefined): boolean {
  return block !== undefined && (block.kind === 'table' || block.text !== '');
}
