/**
 * The worker thread an import runs in (dist/import-worker.js): it takes one job, answers
 * once, and is terminated by the runner after the answer, or before it when it takes too long.
 */
import { parentPort } from 'node:worker_threads';
import '../node/lazyBundles';
import { refusalOf } from '../core/import/limits';
import type { ImportJob, WorkerReply } from './protocol';
import { runImportJob } from './runJob';

parentPort?.once('message', (job: ImportJob) => {
  runImportJob(job).then(
    (output) => parentPort!.postMessage({ ok: true, output } satisfies WorkerReply),
    (error: unknown) => {
      const refusal = refusalOf(error);
      const message = (error as Error)?.message ?? String(error);
      parentPort!.postMessage((refusal ? { ok: false, refusal, message } : { ok: false, message }) satisfies WorkerReply);
    },
  );
});
