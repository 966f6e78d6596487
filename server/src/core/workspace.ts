import { URI, Utils } from 'vscode-uri';
import { normalUri } from './uri';

/**
 * The core's only window on files: cross-file rules (linked programmes, bookings across
 * programmes) read through this interface, which the CLI implements over the disk and the
 * server over open documents and the disk. URIs are `file:` URIs or any scheme the host knows.
 */
export interface FileSystem {
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  readFile(uri: string): string | undefined;
  /**
   * Whether a file linked from the document `fromUri` may be read: hosts answer false
   * outside that document's project root (FORMAT.md §8) and their workspace, so a mission
   * cannot make the checker read `../../etc/passwd`. Absent: all.
   */
  allows?(uri: string, fromUri?: string): boolean;
}

/** A change the host saw: a file written, created or deleted (on disk or in an editor). */
export interface WorkspaceChange {
  uri: string;
  deleted: boolean;
}

/**
 * What the core knows of the host's files: a `FileSystem` that can also list the Déroulé
 * files (for the explorer tree, workspace symbols and completion of programme paths) and
 * tell of changes (so the language service drops what it cached for a deleted file).
 * The CLI and tests may give a plain `FileSystem`: it then lists nothing.
 */
export interface Workspace extends FileSystem {
  /** Every Déroulé file the host knows (URIs), open or not. */
  list?(): readonly string[];
  /** Calls `listener` for each change the host sees; returns how to stop listening. */
  onDidChange?(listener: (change: WorkspaceChange) => void): { dispose(): void };
}

/** A file system with nothing in it, for checks of a single text. */
export const noFiles: Workspace = { readFile: () => undefined };

/**
 * Whether `uri` is one of the `folders` (URIs) or inside one; no folders means anywhere.
 * Compared in one spelling (`normalUri`), whatever client or function wrote each URI.
 */
export function insideFolders(uri: string, folders: readonly string[]): boolean {
  if (folders.length === 0) return true;
  const target = normalUri(uri);
  return folders.some((folder) => {
    const f = normalUri(folder);
    return target === f || target.startsWith(f.endsWith('/') ? f : `${f}/`);
  });
}

/** Relative: no scheme (`https:`, `file:`), no root (`/`, `\`, `C:`). */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:)(?![\\/])/i;
/** A lone surrogate cannot be encoded in a URI (encodeURIComponent throws): no such file. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The file a document links to with a path written in it (a mission's `programmes`), or
 * undefined when the path is absolute, a URL, or leaves the project root: such a file is
 * never read. Every reader of linked files (rules, hover, preview, exports) goes through this.
 */
export function linkTarget(files: FileSystem, fromUri: string, path: string): string | undefined {
  if (!RELATIVE.test(path) || LONE_SURROGATE.test(path)) return undefined;
  const target = Utils.resolvePath(Utils.dirname(URI.parse(fromUri)), path).toString();
  return !files.allows || files.allows(target, fromUri) ? target : undefined;
}
