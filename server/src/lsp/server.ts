/**
 * The language server: LSP wiring only. Every feature is computed by the core; every
 * handler goes through `safe` so one failure answers empty and never stops the server.
 * Started by the extension over IPC, or by any editor as `deroule lsp --stdio` (main.ts),
 * or in a web worker by the extension in the browser (browser/main.ts): the `ServerHost`
 * gives what differs.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { createLanguageService, isConfigFile, isDerouleFile, type DeepPartial, type Settings } from '../core';
import type { InitializationOptions } from '../../../common/protocol';
import { DiagnosticsScheduler } from './diagnostics';
import { checkedTextDocuments } from './documentSync';
import { registerFeatures } from './features';
import { LargeFiles } from './largeFiles';
import { openSources } from './parts';
import { registerGestures } from './gestures';
import { registerRendering } from './render';
import { logError } from './safe';
import { toCoreSettings, type ClientSettings } from './settings';
import { WorkspaceFiles } from './workspaceFiles';
import type { FileSource } from './fileSource';
import type { ImportRun } from './render';

/** What the server needs from where it runs: Node, or a browser's web worker. */
export interface ServerHost {
  /** Where closed files are read; `maxTextLength` is read when a file is, so the latest setting applies. */
  fileSource(maxTextLength: () => number): FileSource;
  /** Runs an import (under Node, in a worker thread with memory and time limits). */
  runImport: ImportRun;
  /** The URI of the shipped docs/ folder for the codes' links, if the host can find it. */
  docsUri(): string | undefined;
  /** Calls `report` for a promise rejected that nobody awaited. */
  onUnhandledRejection(report: (e: unknown) => void): void;
  /** Host-specific wiring, once the server is set up (the browser's copies of files). */
  connect?(connection: Connection, server: { files: WorkspaceFiles; recheck(): void }): void;
}

export function startServer(connection: Connection, host: ServerHost): void {
  // A promise nobody awaited (a message the client refused) is logged, not fatal: Node
  // would otherwise end the process, and with it every open document's checks.
  host.onUnhandledRejection((e) => logError(connection, 'unhandled rejection', e));
  const documents = new TextDocuments(checkedTextDocuments);
  const files = new WorkspaceFiles(documents, host.fileSource(() => service.settings.maxTextLength));
  let locale: string | undefined;
  let docsUri: string | undefined;
  let canConfigure = false;
  let canWatch = false;
  let folders: string[] = [];
  const service = createLanguageService({
    workspace: files,
    settings: toCoreSettings(undefined, undefined),
    // Each document's nearest `.deroule.yaml` wins over the `deroule.*` settings (FORMAT.md §8).
    projectSettings: (uri) => files.projectSettings(uri),
  });
  const diagnostics = new DiagnosticsScheduler(connection, documents, () => service, files, () => docsUri);
  const largeFiles = new LargeFiles(connection, documents, () => service.settings);
  const useSettings = (settings: DeepPartial<Settings>) => {
    service.updateSettings(settings);
    largeFiles.recheck();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = params.initializationOptions as InitializationOptions | undefined;
    locale = options?.locale ?? params.locale;
    docsUri = typeof options?.docsUri === 'string' ? options.docsUri : host.docsUri();
    service.updateSettings(toCoreSettings(undefined, locale));
    canConfigure = Boolean(params.capabilities.workspace?.configuration);
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    diagnostics.pull = Boolean(params.capabilities.textDocument?.diagnostic);
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','], resolveProvider: false },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Déroulé' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        inlayHintProvider: true,
        ...(diagnostics.pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'deroule', version: typeof DEROULE_VERSION === 'string' ? DEROULE_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    files.scan(folders);
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'deroule' });
    if (canWatch) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{programme,mission}.{yaml,yml}' }, { globPattern: '**/.deroule.yaml' }],
        })
        .then(
          () => files.watch(),
          () => undefined,
        );
    }
    void refreshSettings().then(() => diagnostics.schedule());
  });

  async function refreshSettings(): Promise<void> {
    if (!canConfigure) return;
    try {
      const client = (await connection.workspace.getConfiguration('deroule')) as ClientSettings | undefined;
      useSettings(toCoreSettings(client, locale));
    } catch (e) {
      connection.console.error(`deroule: cannot read the settings: ${String(e)}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (canConfigure) await refreshSettings();
    else {
      useSettings(toCoreSettings((change.settings as { deroule?: ClientSettings } | undefined)?.deroule, locale));
    }
    diagnostics.invalidate();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    // A deleted file is also forgotten by the language service (it listens to `files`).
    for (const c of changes) files.changed(c.uri, c.type === FileChangeType.Deleted);
    // A linked or sibling file changed on disk, open or not, or a project's `.deroule.yaml`:
    // every document is checked again.
    if (changes.some((c) => isDerouleFile(c.uri) || isConfigFile(c.uri))) diagnostics.invalidate();
  });

  documents.onDidChangeContent((e) => {
    largeFiles.update(e.document.uri);
    diagnostics.schedule();
  });
  documents.onDidClose((e) => {
    largeFiles.closed(e.document.uri);
    diagnostics.closed(e.document.uri);
    service.forget(e.document.uri);
    diagnostics.schedule();
  });

  const open = openSources(documents, files, largeFiles);
  registerFeatures(connection, {
    service,
    open,
    flushDiagnostics: () => diagnostics.flush(),
    pullDiagnostics: (uri) => (files.kindOf(uri) || isConfigFile(uri) ? diagnostics.pullFor(uri) : []),
    problems: (uri) => diagnostics.counts(uri),
  });
  registerRendering(connection, {
    service,
    open,
    runImport: host.runImport,
    readable(uri) {
      const text = documents.get(uri)?.getText() ?? files.readFile(uri);
      const kind = files.kindOf(uri);
      return text === undefined ? undefined : { uri, text, ...(kind ? { kind } : {}) };
    },
    refusal: (uri) => (largeFiles.tooLarge(uri) ? largeFiles.message(uri) : undefined),
  });
  registerGestures(connection, { service, open });
  host.connect?.(connection, { files, recheck: () => diagnostics.invalidate() });
  documents.listen(connection);
  connection.listen();
}

declare const DEROULE_VERSION: string;
