/**
 * Importing a programme written for humans: plain text, Markdown, HTML, a Word or LibreOffice
 * document or a PDF (their readers loaded only for them). The CLI, the server and the
 * extension call this.
 */
import { IMPORT_LIMITS, ImportRefused, type ImportLimits } from './limits';
import { slotItems } from './slotItems';
import type { SourceDocument } from './sourceDocument';
import { documentText, readSource } from './sources/index';
import { importProgramme, type ImportResult } from './textImport';

export { slotItems } from './slotItems';

export type { ImportResult } from './textImport';

/**
 * A source file read into the common document (`sources/`: text and Markdown decoded by
 * `decodeImportText`, HTML, Word through mammoth's HTML, LibreOffice's content.xml, a PDF's
 * text layer). Refused with `ImportRefused` past the bounds of `limits.ts`, each checked
 * before the work it bounds; the characters of the whole document last.
 */
export async function sourceDocument(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<SourceDocument> {
  const doc = await readSource(bytes, fileName, limits);
  // As the text would count them: every line and cell line, with the newlines between them.
  let characters = -1;
  for (const block of doc.blocks) {
    if (block.kind === 'line') characters += block.text.length + 1;
    else for (const row of block.rows) for (const cell of row.cells) for (const line of cell.lines) characters += line.length + 1;
  }
  if (characters > limits.characters) throw new ImportRefused({ reason: 'characters', count: characters }, limits);
  return doc;
}

/** The source file as text (lines as written, tables as Markdown pipe rows): what a paste or a preview of the source shows. */
export async function sourceText(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<string> {
  return documentText(await sourceDocument(bytes, fileName, limits));
}

/** The programme found in a source file: its lines and its tables, each read as what it is. */
export async function importFile(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportResult> {
  return importProgramme(await sourceDocument(bytes, fileName, limits), { fileName });
}

/** Only the slots of an imported text, as YAML list items (for "Paste as programme slots"). */
export function importSlots(source: string): { yaml: string; slots: number } {
  return slotItems(importProgramme(source).yaml);
}
