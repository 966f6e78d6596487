/**
 * Importing a programme written for humans: plain text, Markdown, or a Word document (read
 * as text by mammoth, loaded only for .docx). The CLI, the server and the extension call this.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { decodeWindows1252, firstInvalidUtf8 } from '../parse/encoding';
import { importProgramme, type ImportResult } from './textImport';

export type { ImportResult } from './textImport';

/**
 * The text of a source file: Word documents through mammoth, others as UTF-8, or as
 * Windows-1252 when they are not UTF-8. What is imported is human text (a programme typed
 * in Word or Notepad, often saved as "ANSI"): decoding it the way it was written is what
 * the user wants, where a YAML file given to `check` is reported instead.
 */
export async function sourceText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (/\.docx$/i.test(fileName)) {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  }
  const text = firstInvalidUtf8(bytes) < 0 ? new TextDecoder('utf-8').decode(bytes) : decodeWindows1252(bytes);
  return text.replace(/^\uFEFF/, '');
}

export async function importFile(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  return importProgramme(await sourceText(bytes, fileName), { fileName });
}

/**
 * Only the slots of an imported text, as YAML list items (for "Paste as programme slots"):
 * every day's agenda, in order, comments kept.
 */
export function importSlots(source: string): { yaml: string; slots: number } {
  const result = importProgramme(source);
  const doc = parseDocument(result.yaml);
  const items: unknown[] = [];
  const collect = (seq: unknown) => {
    if (isSeq(seq)) items.push(...(seq as YAMLSeq).items);
  };
  const root = doc.contents;
  if (isMap(root)) {
    collect(root.get('agenda', true));
    const days = root.get('days', true);
    if (isSeq(days)) for (const day of days.items) if (isMap(day)) collect(day.get('agenda', true));
  }
  const out = new Document(items);
  return { yaml: items.length ? out.toString({ lineWidth: 0 }) : '', slots: items.length };
}
