/**
 * The language server: LSP wiring only. Every feature is computed by the core; every
 * handler goes through `safe` so one failure answers empty and never stops the server.
 * Started by the extension over IPC, or by any editor as `deroule lsp --stdio`.
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
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, isDerouleFile, type LanguageService } from '../core';
import type { InitializationOptions } from '../../../common/protocol';
import { DiagnosticsScheduler } from './diagnostics';
import { checkedTextDocuments } from './documentSync';
import { registerFeatures } from './features';
import { LargeFiles } from './largeFiles';
import { registerRendering } from './render';
import { logError } from './safe';
import { toServerSettings, type ClientSettings, type ServerSettings } from './settings';
import { WorkspaceFiles } from './workspaceFiles';

export interface ServerState {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  files: WorkspaceFiles;
  service: LanguageService;
  settings: ServerSettings;
  diagnostics: DiagnosticsScheduler;
  largeFiles: LargeFiles;
}

export function startServer(connection: Connection): void {
  // A promise nobody awaited (a message the client refused) is logged, not fatal: Node
  // would otherwise end the process, and with it every open document's checks.
  process.on('unhandledRejection', (e) => logError(connection, 'unhandled rejection', e));
  const documents = new TextDocuments(checkedTextDocuments);
  // Read when a file is read, so the setting's latest value applies.
  const files = new WorkspaceFiles(documents, () => state.settings.core.maxTextLength);
  let locale: string | undefined;
  let canConfigure = false;
  let canWatch = false;
  let folders: string[] = [];
  const state = {
    connection,
    documents,
    files,
    settings: toServerSettings(undefined, undefined),
  } as ServerState;
  state.service = createLanguageService({ files, settings: state.settings.core });
  state.diagnostics = new DiagnosticsScheduler(connection, documents, () => state.service, files);
  state.largeFiles = new LargeFiles(connection, documents, () => state.settings);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = (params.initializationOptions as InitializationOptions | undefined)?.locale ?? params.locale;
    state.settings = toServerSettings(undefined, locale);
    state.service.updateSettings(state.settings.core);
    canConfigure = Boolean(params.capabilities.workspace?.configuration);
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    state.diagnostics.pull = Boolean(params.capabilities.textDocument?.diagnostic);
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
        ...(state.diagnostics.pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'deroule', version: typeof DEROULE_VERSION === 'string' ? DEROULE_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    files.scan(folders);
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'deroule' });
    if (canWatch) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{programme,mission}.{yaml,yml}' }] })
        .then(
          () => {
            // Copies read before the client watched may be stale: read them again once.
            files.forgetCopies();
            files.watched = true;
          },
          () => undefined,
        );
    }
    void refreshSettings().then(() => state.diagnostics.schedule());
  });

  async function refreshSettings(): Promise<void> {
    if (!canConfigure) return;
    try {
      const client = (await connection.workspace.getConfiguration('deroule')) as ClientSettings | undefined;
      state.settings = toServerSettings(client, locale);
      state.service.updateSettings(state.settings.core);
      state.largeFiles.recheck();
    } catch (e) {
      connection.console.error(`deroule: cannot read the settings: ${String(e)}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (canConfigure) await refreshSettings();
    else {
      state.settings = toServerSettings((change.settings as { deroule?: ClientSettings } | undefined)?.deroule, locale);
      state.service.updateSettings(state.settings.core);
      state.largeFiles.recheck();
    }
    state.diagnostics.invalidate();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      files.changed(c.uri, c.type === FileChangeType.Deleted);
      if (c.type === FileChangeType.Deleted) state.service.forget(c.uri);
    }
    // A linked or sibling file changed on disk, open or not: rules across files re-run.
    if (changes.some((c) => isDerouleFile(c.uri))) state.diagnostics.invalidate();
  });

  documents.onDidChangeContent((e) => {
    state.largeFiles.update(e.document.uri);
    state.diagnostics.schedule();
  });
  documents.onDidClose((e) => {
    state.largeFiles.closed(e.document.uri);
    state.diagnostics.closed(e.document.uri);
    state.service.forget(e.document.uri);
    state.diagnostics.schedule();
  });

  registerFeatures(state);
  registerRendering(state);
  documents.listen(connection);
  connection.listen();
}

declare const DEROULE_VERSION: string;
