/**
 * Importing a programme written for humans: plain text, Markdown, or a Word document (read
 * as text by mammoth, loaded only for .docx). The CLI, the server and the extension call this.
 */
import { decodeImportText } from './decodeText';
import { IMPORT_LIMITS, ImportRefused, type ImportLimits } from './limits';
import { slotItems } from './slotItems';
import { importProgramme, type ImportResult } from './textImport';

export { slotItems } from './slotItems';

export type { ImportResult } from './textImport';

/**
 * The text of a source file: Word documents through mammoth (`wordText.ts`), others decoded
 * by `decodeImportText` (UTF-8, UTF-16 with a BOM, Windows-1252 lines). Refused with
 * `ImportRefused` past the bounds of `limits.ts`, each checked before the work it bounds.
 */
export async function sourceText(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<string> {
  if (bytes.length > limits.fileBytes) throw new ImportRefused({ reason: 'fileSize', bytes: bytes.length });
  let text: string;
  if (/\.docx$/i.test(fileName)) {
    // Its paragraphs are counted in the XML, before mammoth reads them.
    const { wordText } = await import('./wordText.js');
    text = await wordText(bytes, limits);
  } else {
    text = decodeImportText(bytes);
    const lines = countLines(text);
    if (lines > limits.paragraphs) throw new ImportRefused({ reason: 'lines', count: lines });
  }
  if (text.length > limits.characters) throw new ImportRefused({ reason: 'characters', count: text.length });
  return text;
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

export async function importFile(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportResult> {
  return importProgramme(await sourceText(bytes, fileName, limits), { fileName });
}

/** Only the slots of an imported text, as YAML list items (for "Paste as programme slots"). */
export function importSlots(source: string): { yaml: string; slots: number } {
  return slotItems(importProgramme(source).yaml);
}
