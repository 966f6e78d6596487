/**
 * Importing a programme written for humans: plain text, Markdown, HTML, a Word or LibreOffice
 * document or a PDF (their readers loaded only for them). The CLI, the server and the
 * extension call this.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { IMPORT_LIMITS, ImportRefused, type ImportLimits } from './limits';
import { documentText, readSource } from './sources/index';
import { importProgramme, type ImportResult } from './textImport';

export type { ImportResult } from './textImport';

/**
 * The text of a source file, for today's text importer: the file is read into the common
 * document (`sources/`: text and Markdown decoded by `decodeImportText`, HTML, Word through
 * mammoth, LibreOffice's content.xml, a PDF's text layer) and written back as text by
 * `documentText`. Refused with `ImportRefused` past the bounds of `limits.ts`, each checked
 * before the work it bounds.
 */
export async function sourceText(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<string> {
  const text = documentText(await readSource(bytes, fileName, limits));
  if (text.length > limits.characters) throw new ImportRefused({ reason: 'characters', count: text.length }, limits);
  return text;
}

export async function importFile(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportResult> {
  return importProgramme(await sourceText(bytes, fileName, limits), { fileName });
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
