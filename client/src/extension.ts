/** The extension's Node entry (package.json `main`): the server runs as a Node process, over IPC. */
import type * as vscode from 'vscode';
import { activateWith } from './activation';

export { deactivate } from './activation';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateWith(context, async (ctx, outputChannel, ruleHelp) => {
    // The client library is a bundle of its own, loaded after activation (languageClient.ts).
    const { createClient } = await import('./languageClient.js');
    return createClient(ctx, outputChannel, ruleHelp);
  });
}
