/**
 * Where the server reads the workspace's closed files: the disk under Node
 * (`node/diskFiles.ts`), or the copies the extension sends from the editor's file system in
 * the browser (`browser/pushedFiles.ts`, where a web worker has no disk). Open documents
 * are read from the editor by `WorkspaceFiles` in both.
 */

/** A workspace file by URI, with what identifies it across spellings (its real path on disk). */
export interface Located {
  uri: string;
  identity: string | undefined;
}

export interface FileSource {
  /** Takes the workspace folders and lists their programmes and missions, each file once. */
  scan(folders: string[]): Located[];
  /** A closed file's text; undefined when it cannot be read or may not be (outside, too large). */
  read(uri: string): string | undefined;
  /**
   * Whether `uri` may be read: inside the workspace folders and, for a file linked from a
   * document, inside that document's project root (FORMAT.md §8).
   */
  allows(uri: string, fromUri?: string): boolean;
  /** The URI of the `.deroule.yaml` that governs a document, if any. */
  configOf(uri: string): string | undefined;
  /** What identifies a file whatever path reached it (see `Located.identity`). */
  identity(uri: string): string | undefined;
  /** A file was created, changed or deleted: drop what was kept of it. */
  changed(uri: string, deleted: boolean): void;
  /** The editor reports every change from now on: kept copies need no checking. */
  watch(): void;
}
