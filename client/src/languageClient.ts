/**
 * The language client under Node. It is a bundle of its own (dist/client.js, see
 * esbuild.mjs), loaded just after activation: `vscode-languageclient` is most of the
 * extension's code, and the editor should not wait for it to parse before the extension
 * is active. Requests made before the client is ready wait for it (see activation.ts).
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions } from './clientOptions';
import type { RuleHelp } from './ruleHelp';

export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, ruleHelp: RuleHelp): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  return new LanguageClient('deroule', 'Déroulé', serverOptions, clientOptions(outputChannel, ruleHelp));
}
