/** The language server's host under Node: the disk, import worker threads, `process`. */
import type { ServerHost } from '../lsp/server';
import { guardedImport } from '../importRunner/guardedImport';
import { DiskFiles } from './diskFiles';
import { shippedDocsUri } from './shippedDocs';

export const nodeHost: ServerHost = {
  fileSource: (maxTextLength) => new DiskFiles(maxTextLength),
  // In a worker thread with memory and time limits: a document cannot take the server down.
  runImport: (bytes, fileName, options) => guardedImport(bytes, fileName, options),
  docsUri: shippedDocsUri,
  onUnhandledRejection: (report) => void process.on('unhandledRejection', report),
};
