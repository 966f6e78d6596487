/**
 * The extension, whatever it runs on: starts the language server (how is the host's:
 * `extension.ts` under Node, `client/web/extension.ts` in the browser), owns the commands,
 * the Déroulé view and the language status. Everything it shows about a document comes
 * from the server.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { registerNewDocumentCommands } from './newDocument';
import { ExplorerProvider } from './explorerView';
import { registerExport } from './exportCommand';
import { registerImport } from './importCommands';
import { PreviewPanel } from './preview';
import { RuleHelp } from './ruleHelp';
import { createStatus } from './status';

let client: LanguageClient | undefined;

/** Creates (not starts) the language client of this host. */
export type CreateClient = (context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, ruleHelp: RuleHelp) => Promise<LanguageClient>;

export async function activateWith(context: vscode.ExtensionContext, create: CreateClient): Promise<void> {
  // Created here (not by the client) so the crash handler can write to it.
  const outputChannel = vscode.window.createOutputChannel('Déroulé', { log: true });
  const explorer = new ExplorerProvider(() => client);
  const preview = new PreviewPanel(context, () => client);
  const ruleHelp = new RuleHelp(context.extensionUri);
  context.subscriptions.push(
    vscode.commands.registerCommand('deroule.showRuleHelp', (code?: string) => ruleHelp.show(typeof code === 'string' ? code : undefined)),
    vscode.window.registerTreeDataProvider('deroule.explorer', explorer),
    vscode.commands.registerCommand('deroule.refreshExplorer', () => explorer.refresh()),
    vscode.commands.registerCommand('deroule.openLocation', (uri: string, line: number) => openAt(uri, line)),
    outputChannel,
    ...registerNewDocumentCommands(context),
    createStatus(() => client?.isRunning() ?? false),
    preview,
    vscode.commands.registerCommand('deroule.showPreview', (uri?: vscode.Uri) => showPreview(preview, uri)),
    vscode.commands.registerCommand('deroule.togglePreviewNotes', () => preview.toggleNotes()),
    registerExport(() => client),
    ...registerImport(() => client, outputChannel),
    vscode.languages.onDidChangeDiagnostics(() => explorer.refreshSoon()),
    vscode.workspace.onDidSaveTextDocument(() => explorer.refreshSoon()),
  );
  // Not awaited: activation ends at once. The client library is loaded, then the server
  // (its own process) started, after activation; neither counts against the editor's
  // start-up, and what asks for the client meanwhile finds it not ready yet and waits.
  void startClient(create(context, outputChannel, ruleHelp), ruleHelp).then(
    () => explorer.refresh(),
    (e) => outputChannel.error(`the language client could not start: ${(e as Error)?.message ?? String(e)}`),
  );
}

async function startClient(created: Promise<LanguageClient>, ruleHelp: RuleHelp): Promise<void> {
  // The help pages' headings are read before the first diagnostics can arrive.
  [client] = await Promise.all([created, ruleHelp.load()]);
  await client.start();
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
