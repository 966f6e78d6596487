/**
 * The guarded runner the CLI and the server import through (server/src/importRunner): a
 * document that needs more memory or time than the limits is stopped in its worker thread
 * and refused, and the process that asked goes on. Run here with the built worker
 * (dist/import-worker.js) and lowered limits, so that ordinary documents pass them.
 */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { IMPORT_LIMITS, ImportRefused, type ImportLimits } from '../../server/src/core/import/limits';
import { guardedImport } from '../../server/src/importRunner/guardedImport';
import { paragraph, wordDocument } from '../hostileImports';

const workerFile = join(resolve(__dirname, '../../..'), 'dist/import-worker.js');

/** Paragraphs of 9 bold runs each: mammoth builds some 30 KB of objects per paragraph. */
function boldRuns(paragraphs: number): Promise<Buffer> {
  const run = '<w:r><w:rPr><w:b/></w:rPr><w:t>ab</w:t></w:r>';
  return wordDocument(`<w:p>${run.repeat(9)}</w:p>`.repeat(paragraphs));
}

async function refusalOf(promise: Promise<unknown>): Promise<ImportRefused> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ImportRefused) return e;
    throw e;
  }
  throw new Error('the import was not refused');
}

const small = Buffer.from('Atelier — 5 juin 2025\n9h00 - 9h30 : Accueil café\n9h30 - 11h00 : Atelier\n');

test('a document that needs more memory than the limit: the worker is stopped, the import refused, the next one works', { timeout: 300_000 }, async () => {
  const limits: ImportLimits = { ...IMPORT_LIMITS, memoryMb: 64 };
  const refused = await refusalOf(guardedImport(await boldRuns(6000), 'lourd.docx', { limits, workerFile }));
  assert.deepEqual(refused.refusal, { reason: 'memory' });
  assert.match(refused.message, /^reading it needs more than 64 MB of memory, over the bounds of an import \(at most .*, 64 MB of memory, 60 s\)$/);
  const next = await guardedImport(small, 'jour.txt', { limits, workerFile });
  assert.equal(next.slots, 2);
  assert.match(next.yaml, /title: Accueil café/);
});

test('a document that takes longer than the time limit: the worker is stopped and the import refused', { timeout: 300_000 }, async () => {
  // Some 30 seconds of mammoth's work on this machine, given 1 second (and the memory it needs).
  const limits: ImportLimits = { ...IMPORT_LIMITS, memoryMb: 4096, seconds: 1 };
  const refused = await refusalOf(guardedImport(await boldRuns(8000), 'lent.docx', { limits, workerFile }));
  assert.deepEqual(refused.refusal, { reason: 'time' });
  assert.match(refused.message, /^reading it takes more than 1 s, over the bounds/);
});

test('a file that is not the document its name says is refused as damaged; the slots of a paste come from the worker too', { timeout: 120_000 }, async () => {
  assert.deepEqual((await refusalOf(guardedImport(Buffer.from('not a zip at all'), 'faux.docx', { workerFile }))).refusal, { reason: 'corrupt', format: 'docx' });
  const slots = await guardedImport(await wordDocument(paragraph('9h00/9h30 Accueil') + paragraph('9h30/10h00 Visite')), 'coller.docx', { workerFile, slotsOnly: true });
  assert.equal(slots.slots, 2);
  assert.match(slots.yaml, /^- time: 9h00-9h30\n {2}title: Accueil\n/);
});
