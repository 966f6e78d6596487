/**
 * The browser's language server sees no disk: this reads the workspace's programmes,
 * missions and `.deroule.yaml` files through the editor's file system (`workspace.fs`, which
 * is the repository in github.dev, the remote in code-server) and sends them to it, then each
 * change. The server then checks across files as it does under Node (bookings, linked
 * programmes, the project's configuration).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { workspaceFilesNotification, type WorkspaceFilesParams } from '../../common/protocol';

const FILES = '**/{*.programme.yaml,*.programme.yml,*.mission.yaml,*.mission.yml,.deroule.yaml}';
const SKIPPED = '**/{node_modules,.git,.hg,.svn,out,dist}/**';
/** As under Node (node/diskFiles.ts): a larger workspace is not read further. */
const MAX_FILES = 5000;
/** Files sent per message: the first diagnostics need not wait for a large workspace's last file. */
const BATCH = 100;

export function syncWorkspaceFiles(client: BaseLanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  const send = (params: WorkspaceFilesParams) => client.sendNotification(workspaceFilesNotification.method, params);
  const decoder = new TextDecoder();
  // Three bytes of UTF-8 per character at most: larger files are over `maxTextLength` (as under Node).
  const maxBytes = () => 3 * (vscode.workspace.getConfiguration('deroule').get<number>('maxTextLength') ?? 4_000_000);
  const read = async (uri: vscode.Uri): Promise<string | null> => {
    try {
      if ((await vscode.workspace.fs.stat(uri)).size > maxBytes()) return null;
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return null;
    }
  };
  const changed = async (uri: vscode.Uri) => void (await send({ files: [{ uri: uri.toString(), text: await read(uri) }] }));

  const watcher = vscode.workspace.createFileSystemWatcher(FILES);
  watcher.onDidCreate(changed);
  watcher.onDidChange(changed);
  watcher.onDidDelete((uri) => void send({ files: [{ uri: uri.toString(), text: null }] }));

  void (async () => {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    const uris = await vscode.workspace.findFiles(FILES, SKIPPED, MAX_FILES);
    if (uris.length === 0) return void (await send({ folders, files: [] }));
    for (let i = 0; i < uris.length; i += BATCH) {
      const batch = uris.slice(i, i + BATCH);
      const files = await Promise.all(batch.map(async (uri) => ({ uri: uri.toString(), text: await read(uri) })));
      await send({ ...(i === 0 ? { folders } : {}), files });
    }
  })().catch((e) => log.error(`the workspace's files could not be read: ${(e as Error)?.message ?? String(e)}`));
  return watcher;
}
