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
  /** Project roots (file URIs) and who may read in them. */
  private readonly projectRoots = new Map<string, WorkspaceRoots>();
  /** Files `allows` let a document link to, with the real path to read. */
  private readonly linked = new Map<string, string>();

  /**
   * @param rootOf the project root (a file URI) of a document: its links are followed
   *   inside it only. Absent: inside `roots`.
   */
  constructor(
    roots: string[],
    private readonly maxBytes: number,
    private readonly rootOf?: (uri: string) => string,
  ) {
    this.roots = new WorkspaceRoots(roots);
  }

  /**
   * A file linked from `fromUri` may be read inside that document's project root (FORMAT.md
   * §8), by real path; without a `fromUri`, inside the roots given to the constructor.
   */
  allows(uri: string, fromUri?: string): boolean {
    if (fromUri === undefined || !this.rootOf) return this.roots.pathToRead(uri) !== undefined;
    const root = this.rootOf(fromUri);
    let roots = this.projectRoots.get(root);
    if (!roots) this.projectRoots.set(root, (roots = new WorkspaceRoots([root])));
    const path = roots.pathToRead(uri);
    if (path !== undefined) this.linked.set(normalUri(uri), path);
    return path !== undefined;
  }

  set(uri: string, text: string): void {
    this.overlay.set(normalUri(uri), text);
  }

  readFile(uri: string): string | undefined {
    const known = this.overlay.get(normalUri(uri));
    if (known !== undefined) return known;
    const path = this.linked.get(normalUri(uri)) ?? this.roots.pathToRead(uri);
    if (path === undefined) return undefined;
    try {
      return readRegularFile(path, this.maxBytes).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
