/**
 * The extension: starts the language server, owns the commands, the Déroulé view and the
 * language status. Everything it shows about a document comes from the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/protocol';
import { CrashHandler } from './crashHandler';
import { registerNewDocumentCommands } from './newDocument';
import { ExplorerProvider } from './explorerView';
import { registerExport } from './exportCommand';
import { registerImport } from './importCommands';
import { PreviewPanel } from './preview';
import { createStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const initializationOptions: InitializationOptions = { locale: vscode.env.language };
  // Created here (not by the client) so the crash handler can write to it.
  const outputChannel = vscode.window.createOutputChannel('Déroulé', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'deroule-programme' },
      { language: 'deroule-mission' },
    ],
    initializationOptions,
    synchronize: { configurationSection: 'deroule' },
    outputChannel,
    errorHandler: new CrashHandler((line) => outputChannel.warn(line)),
  };
  client = new LanguageClient('deroule', 'Déroulé', serverOptions, clientOptions);
  const explorer = new ExplorerProvider(() => client);
  const preview = new PreviewPanel(context, () => client);
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('deroule.explorer', explorer),
    vscode.commands.registerCommand('deroule.refreshExplorer', () => explorer.refresh()),
    vscode.commands.registerCommand('deroule.openLocation', (uri: string, line: number) => openAt(uri, line)),
    outputChannel,
    ...registerNewDocumentCommands(context),
    createStatus(() => client),
    preview,
    vscode.commands.registerCommand('deroule.showPreview', (uri?: vscode.Uri) => showPreview(preview, uri)),
    vscode.commands.registerCommand('deroule.togglePreviewNotes', () => preview.toggleNotes()),
    registerExport(() => client),
    ...registerImport(() => client),
    vscode.languages.onDidChangeDiagnostics(() => explorer.refreshSoon()),
    vscode.workspace.onDidSaveTextDocument(() => explorer.refreshSoon()),
  );
  // Not awaited: activation ends at once, and the server's start-up (its own process) does
  // not count against the editor's; requests made meanwhile wait for it.
  void client.start().then(
    () => explorer.refresh(),
    () => undefined, // the client shows the failure in its output channel
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function showPreview(preview: PreviewPanel, uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (document) preview.show(document);
}

async function openAt(uri: string, line: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  const position = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
