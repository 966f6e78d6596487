/**
 * One import job, wherever it runs: in Node's worker thread (worker.ts), or in the browser's
 * language server worker itself (browser/main.ts), which has no thread to spare.
 */
import type { ImportJob, ImportOutput } from './protocol';

/** An import that failed for another reason than a bound (a .docx that is no zip…). */
export class ImportFailed extends Error {}

export async function runImportJob({ bytes, fileName, slotsOnly, limits }: ImportJob): Promise<ImportOutput> {
  // The importer is a bundle of its own (see esbuild.mjs).
  const { importFile, slotItems } = await import('../core/import/index.js');
  const { yaml, slots, unplaced, warnings, remarks, tables } = await importFile(bytes, fileName, limits);
  // Only the slots (paste, drop onto a programme): read like any import, so a Word table
  // or a PDF gives the same slots as Import a programme… does.
  if (slotsOnly) return { ...slotItems(yaml), unplaced, warnings };
  return { yaml, slots, unplaced, warnings, remarks, tables };
}
