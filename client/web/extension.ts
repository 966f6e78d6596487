/**
 * The extension's browser entry (package.json `browser`): vscode.dev, github.dev, and
 * code-server's web-worker extension host. The same extension as under Node
 * (client/src/activation.ts); the language server runs in a web worker (dist/web/server.js),
 * reads the workspace's files through this side (workspaceSync.ts), and gets its bundles
 * loaded only when used (the Word export, the importer's readers) from here.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { moduleRequest, type ModuleParams } from '../../common/protocol';
import { activateWith } from '../src/activation';
import { clientOptions } from '../src/clientOptions';
import { startServerWorker } from './serverWorker';
import { syncWorkspaceFiles } from './workspaceSync';

export { deactivate } from '../src/activation';

/** The names of dist/web/'s bundles the server may ask for: nothing else of the package is read for it. */
const MODULE_NAME = /^[a-z][a-z-]*\.js$/;

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateWith(context, async (ctx, outputChannel, ruleHelp) => {
    // Read by the e2e suite's web pass (test/e2e/webScenarios.mjs): said only where there is
    // no Node `process`, so a pass that ran this entry in the Node host cannot pass.
    if (typeof (globalThis as { process?: unknown }).process === 'undefined') {
      outputChannel.info('running in the web worker extension host (no Node process); the language server runs in a web worker');
    }
    // The worker itself is passed as message transports: code-server's `Worker` is its own
    // function, so the library cannot recognise what it started as a Worker.
    const serverOptions = async () => {
      const worker = await startServerWorker(ctx.extensionUri, outputChannel);
      return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    const client = new LanguageClient('deroule', 'Déroulé', serverOptions, clientOptions(outputChannel, ruleHelp, { docsUri: ruleHelp.docsUri.toString() }));
    client.onRequest(moduleRequest.method, async ({ name }: ModuleParams) => {
      if (typeof name !== 'string' || !MODULE_NAME.test(name)) return { error: `no such module: ${String(name)}` };
      try {
        return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'web', name))) };
      } catch (e) {
        return { error: (e as Error)?.message ?? String(e) };
      }
    });
    // Once the server has started, it gets the workspace's files.
    const started = client.onDidChangeState((e) => {
      if (e.newState !== 2 /* State.Running */) return;
      started.dispose();
      ctx.subscriptions.push(syncWorkspaceFiles(client, outputChannel));
    });
    ctx.subscriptions.push(started);
    return client;
  });
}
