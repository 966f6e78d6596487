/**
 * Importing a programme written for humans: plain text, Markdown, or a Word document (read
 * as text by mammoth, loaded only for .docx). The CLI, the server and the extension call this.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { importProgramme, type ImportResult } from './textImport';

export type { ImportResult } from './textImport';

/** The text of a source file: Word documents through mammoth, others as UTF-8. */
export async function sourceText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (/\.docx$/i.test(fileName)) {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  }
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
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
