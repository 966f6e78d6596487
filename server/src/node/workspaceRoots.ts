/**
 * The folders whose files may be read, checked on real paths: a symbolic link inside the
 * workspace that points outside it is outside. The CLI and the server both decide with it
 * what a mission may make them read and which linked files a folder walk follows.
 */
import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { insideFolders, uriPath } from '../core';

/** The real path of `path`, or undefined when it does not exist (or cannot be resolved). */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** Whether `path` is `root` or inside it (both real paths). */
function within(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

export class WorkspaceRoots {
  private readonly realRoots: string[];

  /** @param uris folders (or single files) as URIs; none means every local file may be read. */
  constructor(readonly uris: readonly string[] = []) {
    this.realRoots = uris.flatMap((u) => (u.startsWith('file:') ? [realPath(uriPath(u)) ?? uriPath(u)] : []));
  }

  /** Whether the file at the real path `real` is inside the roots. */
  containsReal(real: string): boolean {
    return this.uris.length === 0 || this.realRoots.some((root) => within(real, root));
  }

  /**
   * The real path to read for `uri`, or undefined when it must not be read: not a `file:`
   * URI, outside the roots as written, or (through a symbolic link) really outside them.
   * A file that does not exist gives its own path: reading it fails as it should.
   */
  pathToRead(uri: string): string | undefined {
    if (!uri.startsWith('file:') || !insideFolders(uri, this.uris)) return undefined;
    const path = uriPath(uri);
    const real = realPath(path);
    if (real === undefined) return path;
    return this.containsReal(real) ? real : undefined;
  }
}
