/**
 * Runs an import where its failure cannot take the process down: in a worker thread with a
 * heap limit, stopped after a time limit. The core refuses what passes the size, paragraph
 * and character bounds before the work (core/import/limits.ts); this enforces the other two,
 * memory and time, for whatever a document makes the reader do within those bounds. The
 * language server and the CLI both import through here, so neither can be crashed by a
 * document, nor grow without bound.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { IMPORT_LIMITS, ImportRefused, type ImportLimits } from '../core/import/limits';
import type { ImportJob, ImportOutput, WorkerReply } from './protocol';
import { ImportFailed } from './runJob';

export { ImportFailed };

export interface GuardOptions {
  slotsOnly?: boolean;
  limits?: ImportLimits;
  /** The worker's script: the bundle beside this one (dist/import-worker.js). */
  workerFile?: string;
}

/**
 * The import's output, or a rejection with `ImportRefused` (a bound was passed) or
 * `ImportFailed`. The worker is gone when the promise settles.
 */
export function guardedImport(bytes: Uint8Array, fileName: string, options: GuardOptions = {}): Promise<ImportOutput> {
  const limits = options.limits ?? IMPORT_LIMITS;
  // Refused here without starting a worker, nor copying the bytes to it.
  if (bytes.length > limits.fileBytes) return Promise.reject(new ImportRefused({ reason: 'fileSize', bytes: bytes.length }, limits));
  return new Promise<ImportOutput>((resolve, reject) => {
    const worker = new Worker(options.workerFile ?? join(__dirname, 'import-worker.js'), {
      // The young generation and the stack stay at their defaults; the old generation is
      // where a document's tree and text grow.
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
      // Never onto the process's stdout: the language server speaks LSP there.
      stdout: true,
    });
    worker.stdout.resume();
    let settled = false;
    // The promise settles once the worker is gone, its memory with it.
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().finally(outcome);
    };
    const timer = setTimeout(() => settle(() => reject(new ImportRefused({ reason: 'time' }, limits))), limits.seconds * 1000);
    worker.once('message', (reply: WorkerReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.output);
        else reject(reply.refusal ? new ImportRefused(reply.refusal, limits) : new ImportFailed(reply.message));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportRefused({ reason: 'memory' }, limits) : new ImportFailed(error.message))),
    );
    worker.once('exit', (code) => settle(() => reject(new ImportFailed(`the import stopped (exit code ${code})`))));
    worker.postMessage({ bytes, fileName, slotsOnly: options.slotsOnly ?? false, limits } satisfies ImportJob);
  });
}
