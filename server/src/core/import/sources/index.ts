/**
 * Any source file → the common document (`SourceDocument`): the format is sniffed from the
 * content first (a zip, a PDF, an OLE2 container — what an encrypted .docx is) and from the
 * name's extension otherwise, so a PDF named `.txt` is still read as a PDF. The readers of
 * HTML, Word, LibreOffice and PDF are bundles of their own (esbuild.mjs), loaded only for them.
 */
import { decodeImportText } from '../decodeText';
import { IMPORT_LIMITS, ImportRefused, type ImportLimits } from '../limits';
import { cellText, type SourceDocument } from '../sourceDocument';
import { textDocument } from './text';

type Kind = 'text' | 'markdown' | 'html' | 'docx' | 'odt' | 'pdf';

const EXTENSIONS: Record<string, Kind> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html', docx: 'docx', odt: 'odt', pdf: 'pdf' };

export async function readSource(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<SourceDocument> {
  if (bytes.length > limits.fileBytes) throw new ImportRefused({ reason: 'fileSize', bytes: bytes.length }, limits);
  const kind = sniff(bytes, fileName, limits);
  if (kind === 'docx') return (await import('./docx.js')).docxDocument(bytes, limits);
  if (kind === 'odt') return (await import('./odt.js')).odtDocument(bytes, limits);
  if (kind === 'pdf') return (await import('./pdf.js')).pdfDocument(bytes, limits);
  if (kind === 'encryptedOffice') {
    throw new ImportRefused({ reason: containsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'corrupt', format: /\.odt$/i.test(fileName) ? 'odt' : 'docx' }, limits);
  }
  const text = decodeImportText(bytes);
  // A text's lines are counted first: the bound a pasted or dropped text most often passes.
  const lines = kind === 'html' ? 0 : countLines(text);
  if (lines > limits.paragraphs) throw new ImportRefused({ reason: 'lines', count: lines }, limits);
  if (text.length > limits.characters) throw new ImportRefused({ reason: 'characters', count: text.length }, limits);
  if (kind === 'html') return (await import('./html.js')).htmlDocument(text, limits);
  return textDocument(text, kind);
}

/**
 * The document as the text today's importer reads (`importProgramme`): lines as written, a
 * table as Markdown pipe rows with a `|---|` row after its header rows. A merged cell is
 * written once, in its first column and row.
 */
export function documentText(doc: SourceDocument): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'line') {
      out.push(block.text);
      continue;
    }
    const width = Math.max(...block.rows.map((r) => r.cells.reduce((n, c) => n + c.colSpan, 0)));
    const headers = block.rows.findIndex((r) => !r.header);
    block.rows.forEach((row, i) => {
      out.push(`| ${row.cells.map((c) => cellText(c).replace(/\|/g, '\\|')).join(' | ')} |`);
      if (i === headers - 1) out.push(`|${' --- |'.repeat(width)}`);
    });
    if (headers === -1) out.push(`|${' --- |'.repeat(width)}`);
  }
  return out.join('\n');
}

function sniff(bytes: Uint8Array, fileName: string, limits: ImportLimits): Kind | 'encryptedOffice' {
  const byName = EXTENSIONS[/\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''];
  // Latin-1: one character per byte, so the magic numbers below compare byte for byte.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  // PDF readers accept a little junk before the header; only when the name says PDF.
  if (head.startsWith('%PDF-') || (byName === 'pdf' && head.includes('%PDF-'))) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return byName === 'odt' || head.includes('mimetypeapplication/vnd.oasis.opendocument') ? 'odt' : 'docx';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1')) return 'encryptedOffice';
  // A name that promises a binary format its bytes do not have: damaged, or another file.
  if (byName === 'docx' || byName === 'odt' || byName === 'pdf') throw new ImportRefused({ reason: 'corrupt', format: byName }, limits);
  if (byName) return byName;
  return /^\s*(<!doctype html|<html)/i.test(head) ? 'html' : 'text';
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  // At both byte alignments: the text may start at an odd offset.
  const utf16 = new TextDecoder('utf-16le');
  return utf16.decode(bytes).includes(text) || utf16.decode(bytes.subarray(1)).includes(text);
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
