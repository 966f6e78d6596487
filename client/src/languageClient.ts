/**
 * The language client and its set-up. It is a bundle of its own (dist/client.js, see
 * esbuild.mjs), loaded just after activation: `vscode-languageclient` is most of the
 * extension's code, and the editor should not wait for it to parse before the extension
 * is active. Requests made before the client is ready wait for it (see extension.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../common/protocol';
import { CrashHandler } from './crashHandler';
import type { RuleHelp } from './ruleHelp';

export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, ruleHelp: RuleHelp): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const initializationOptions: InitializationOptions = { locale: vscode.env.language };
  const clientOptions: LanguageClientOptions = {
    // A project's `.deroule.yaml` stays a plain YAML file (its highlighting, other YAML tools)
    // and gets Déroulé's completion, hover and diagnostics by its name (FORMAT.md §8).
    documentSelector: [{ language: 'deroule-programme' }, { language: 'deroule-mission' }, { pattern: '**/.deroule.yaml' }],
    initializationOptions,
    synchronize: { configurationSection: 'deroule' },
    outputChannel,
    errorHandler: new CrashHandler((line) => outputChannel.warn(line)),
    // Each code's link opens its section of the shipped rules page (ruleHelp.ts), pushed or pulled.
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, ruleHelp.atHeadings(diagnostics)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) ruleHelp.atHeadings(report.items);
        return report;
      },
    },
  };
  return new LanguageClient('deroule', 'Déroulé', serverOptions, clientOptions);
}
