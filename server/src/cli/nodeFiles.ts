/** The CLI's file access: the disk, with the texts being checked taking precedence. */
import { normalUri, type FileSystem } from '../core';
import { readRegularFile } from '../node/regularFile';
import { WorkspaceRoots } from '../node/workspaceRoots';

export class DiskFiles implements FileSystem {
  /** Texts given by the command, by `normalUri`. */
  private readonly overlay = new Map<string, string>();
  private readonly roots: WorkspaceRoots;

  /**
   * @param roots folders (file URIs) whose files may be read, by their real paths; the
   *   others never are.
   * @param maxBytes files larger than this are not read (see `maxFileBytes`).
   */
  constructor(
    roots: string[],
    private readonly maxBytes: number,
  ) {
    this.roots = new WorkspaceRoots(roots);
  }

  allows(uri: string): boolean {
    return this.roots.pathToRead(uri) !== undefined;
  }

  set(uri: string, text: string): void {
    this.overlay.set(normalUri(uri), text);
  }

  readFile(uri: string): string | undefined {
    const known = this.overlay.get(normalUri(uri));
    if (known !== undefined) return known;
    const path = this.roots.pathToRead(uri);
    if (path === undefined) return undefined;
    try {
      return readRegularFile(path, this.maxBytes).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
