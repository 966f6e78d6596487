/**
 * The browser's closed files: the copies the extension reads through the editor's file
 * system and sends (`deroule/workspaceFiles`), since a web worker sees no disk. What is
 * allowed and which `.deroule.yaml` governs a document are decided on URIs alone, as the
 * disk source decides on paths (FORMAT.md §8): a project's root is the folder of its
 * nearest `.deroule.yaml`, else the workspace folder (`.git` is not sent: a repository opened
 * in vscode.dev or github.dev is one workspace folder anyway).
 */
import { CONFIG_FILE_NAME, insideFolders, isConfigFile, isDerouleFile, normalUri } from '../core';
import type { FileSource, Located } from '../lsp/fileSource';

export class PushedFiles implements FileSource {
  /** Each file's text, by `normalUri`. */
  private readonly texts = new Map<string, { uri: string; text: string }>();
  private folders: string[] = [];

  /** @param maxTextLength files longer than the setting are not kept (as the disk source does not read them). */
  constructor(private readonly maxTextLength: () => number) {}

  /** The workspace folders (a folder's URI, with no trailing slash). */
  setFolders(folders: string[]): void {
    this.folders = folders.map((f) => normalUri(f).replace(/\/$/, ''));
  }

  /** A file's new text, or null when it was deleted. */
  set(uri: string, text: string | null): void {
    if (text === null || text.length > this.maxTextLength()) this.texts.delete(normalUri(uri));
    else this.texts.set(normalUri(uri), { uri, text });
  }

  scan(folders: string[]): Located[] {
    if (folders.length) this.setFolders(folders);
    return [...this.texts.values()].filter((f) => isDerouleFile(f.uri) && this.allows(f.uri)).map((f) => ({ uri: f.uri, identity: undefined }));
  }

  read(uri: string): string | undefined {
    return this.allows(uri) ? this.texts.get(normalUri(uri))?.text : undefined;
  }

  allows(uri: string, fromUri?: string): boolean {
    if (this.folders.length === 0 || !insideFolders(uri, this.folders)) return false;
    return fromUri === undefined || insideFolders(uri, [this.rootOf(fromUri)]);
  }

  configOf(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    if (folder === undefined) return undefined;
    for (let dir = parent(normalUri(uri)); dir.length >= folder.length; dir = parent(dir)) {
      const config = `${dir}/${CONFIG_FILE_NAME}`;
      if (this.texts.has(config)) return this.texts.get(config)!.uri;
      if (dir === folder) break;
    }
    return undefined;
  }

  identity(): string | undefined {
    return undefined;
  }

  changed(uri: string, deleted: boolean): void {
    if (deleted && (isConfigFile(uri) || isDerouleFile(uri))) this.texts.delete(normalUri(uri));
  }

  watch(): void {
    // Every change comes with its text: the copies are always current.
  }

  /** The project root of a document: its `.deroule.yaml`'s folder, else its workspace folder. */
  private rootOf(uri: string): string {
    const config = this.configOf(uri);
    return config !== undefined ? parent(normalUri(config)) : (this.folderOf(uri) ?? parent(normalUri(uri)));
  }

  /** The innermost workspace folder holding `uri`. */
  private folderOf(uri: string): string | undefined {
    return this.folders.filter((f) => insideFolders(uri, [f])).sort((a, b) => b.length - a.length)[0];
  }
}

function parent(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/'));
}
