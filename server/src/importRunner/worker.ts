/**
 * The worker thread an import runs in (dist/import-worker.js): it takes one job, answers
 * once, and is terminated by the runner after the answer, or before it when it takes too long.
 */
import { parentPort } from 'node:worker_threads';
import { refusalOf } from '../core/import/limits';
import type { ImportJob, ImportOutput, WorkerReply } from './protocol';

async function run({ bytes, fileName, slotsOnly, limits }: ImportJob): Promise<ImportOutput> {
  // The importer is a bundle of its own (see esbuild.mjs).
  const { importFile, slotItems } = await import('../core/import/index.js');
  const { yaml, slots, unplaced, warnings, remarks, tables } = await importFile(bytes, fileName, limits);
  // Only the slots (paste, drop onto a programme): read like any import, so a Word table
  // or a PDF gives the same slots as Import a programme… does.
  if (slotsOnly) return { ...slotItems(yaml), unplaced, warnings };
  return { yaml, slots, unplaced, warnings, remarks, tables };
}

parentPort?.once('message', (job: ImportJob) => {
  run(job).then(
    (output) => parentPort!.postMessage({ ok: true, output } satisfies WorkerReply),
    (error: unknown) => {
      const refusal = refusalOf(error);
      const message = (error as Error)?.message ?? String(error);
      parentPort!.postMessage((refusal ? { ok: false, refusal, message } : { ok: false, message }) satisfies WorkerReply);
    },
  );
});
