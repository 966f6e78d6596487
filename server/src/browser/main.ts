/**
 * The language server in a browser's web worker (dist/web/server.js), started by the
 * extension's browser entry (client/web/extension.ts): the same server and core as under
 * Node, over the worker's messages. What differs is its host: closed files are the copies the
 * extension sends, imports run here (a worker has no thread to spare), and bundles loaded
 * only when used come through the extension.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures, RequestType, NotificationType } from 'vscode-languageserver/browser';
import { moduleRequest, workspaceFilesNotification, type ModuleParams, type WorkspaceFilesParams } from '../../../common/protocol';
import { ImportFailed, runImportJob } from '../importRunner/runJob';
import { IMPORT_LIMITS, ImportRefused } from '../core';
import { lifecycle } from '../lsp/lifecycle';
import { startServer, type ServerHost } from '../lsp/server';
import { installLazyModules } from './lazyModules';
import { PushedFiles } from './pushedFiles';

declare const self: DedicatedWorkerGlobalScope;

// `crypto.randomUUID` exists only in a secure context: code-server served over plain http on
// a network address is not one. ical-generator draws an event id with it before taking the
// calendar's own ids (core/export/ics.ts), so the calendar export needs it there too.
if (typeof self.crypto.randomUUID !== 'function') {
  Object.defineProperty(self.crypto, 'randomUUID', {
    value: () => {
      const b = self.crypto.getRandomValues(new Uint8Array(16));
      b[6] = (b[6]! & 0x0f) | 0x40;
      b[8] = (b[8]! & 0x3f) | 0x80;
      const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  });
}

const gate = lifecycle();
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self), { messageStrategy: gate.strategy });
gate.register(connection);

installLazyModules(async (name) => {
  const reply = await connection.sendRequest(new RequestType<ModuleParams, { text: string } | { error: string }, void>(moduleRequest.method), { name });
  if ('error' in reply) throw new Error(reply.error);
  return reply.text;
});

let pushed: PushedFiles | undefined;
const host: ServerHost = {
  fileSource: (maxTextLength) => (pushed = new PushedFiles(maxTextLength)),
  runImport: async (bytes, fileName, { slotsOnly }) => {
    try {
      return await runImportJob({ bytes, fileName, slotsOnly, limits: IMPORT_LIMITS });
    } catch (error) {
      // As the Node runner answers: a bound passed, or a document that cannot be read.
      throw error instanceof ImportRefused ? error : new ImportFailed((error as Error)?.message ?? String(error));
    }
  },
  // Given by the extension (InitializationOptions.docsUri): the worker cannot find it.
  docsUri: () => undefined,
  onUnhandledRejection: (report) => self.addEventListener('unhandledrejection', (e) => report(e.reason)),
  connect(connection, { files, recheck }) {
    connection.onNotification(new NotificationType<WorkspaceFilesParams>(workspaceFilesNotification.method), ({ folders, files: changes }) => {
      if (!pushed) return;
      if (folders) {
        pushed.setFolders(folders);
      }
      for (const { uri, text } of changes) {
        pushed.set(uri, text);
        files.changed(uri, text === null);
      }
      recheck();
    });
  },
};
startServer(connection, host);
