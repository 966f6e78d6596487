/**
 * Starts the browser's language server (dist/web/server.js) in a web worker. vscode.dev and
 * github.dev start a worker from the extension's URL; code-server refuses that for an
 * extension of its remote ("Creating workers from remote extensions is currently not
 * supported") and its worker cannot fetch `vscode-remote:` URLs either, so there the script's
 * text is read through the editor's file system and the worker started from a Blob of it.
 */
import * as vscode from 'vscode';

export async function startServerWorker(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): Promise<Worker> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  try {
    return new Worker(script.toString(true));
  } catch (e) {
    log.info(`the language server's worker is started from its text (${(e as Error)?.message ?? String(e)})`);
    const text = await vscode.workspace.fs.readFile(script);
    const url = URL.createObjectURL(new Blob([new Uint8Array(text)], { type: 'text/javascript' }));
    try {
      return new Worker(url);
    } finally {
      // The worker has its copy once created.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
  }
}
