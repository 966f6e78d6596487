/**
 * The language server's closed files under Node: read from disk only through
 * `readRegularFile`, inside the workspace folders' real paths, compared by real path (a file
 * reached through a symbolic link is the same file), with each document's project found on
 * disk (FORMAT.md §8).
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileUri, insideFolders, isConfigFile, isDerouleFile, normalUri, uriPath } from '../core';
import type { FileSource, Located } from '../lsp/fileSource';
import { ProjectFinder, type Project } from './projectRoot';
import { maxFileBytes, readRegularFile } from './regularFile';
import { realPath, WorkspaceRoots } from './workspaceRoots';

const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
/** A workspace this large is not scanned further: rules across files then see open files only. */
export const MAX_FILES = 5000;

export class DiskFiles implements FileSource {
  private diskCache = new Map<string, { mtime: number; size: number; text: string }>();
  /** The workspace folders; a linked file outside them is never read. */
  private roots = new WorkspaceRoots();
  /** What each folder holds (`.deroule.yaml`, `.git`): a document's project. */
  private readonly finder = new ProjectFinder();
  private readonly projectRoots = new Map<string, WorkspaceRoots>();
  /**
   * The client watches the workspace's files and reports every change (`changed`). Until
   * then, each read of a closed file compares its modification time with the copy's: with
   * 1,000 closed files, that is 1,000 `stat` calls per keystroke.
   */
  private watched = false;

  /** @param maxTextLength the `maxTextLength` setting: larger files are not read (see `maxFileBytes`). */
  constructor(private readonly maxTextLength: () => number) {}

  /**
   * Inside the workspace folders (without any, a single file opened: every local file),
   * and, for a file linked from a document, inside that document's project root.
   */
  allows(uri: string, fromUri?: string): boolean {
    if (this.roots.pathToRead(uri) === undefined) return false;
    const project = fromUri === undefined ? undefined : this.project(fromUri);
    if (!project) return true;
    let roots = this.projectRoots.get(project.root);
    if (!roots) this.projectRoots.set(project.root, (roots = new WorkspaceRoots([fileUri(project.root)])));
    return roots.pathToRead(uri) !== undefined;
  }

  configOf(uri: string): string | undefined {
    const config = this.project(uri)?.config;
    return config === undefined ? undefined : fileUri(config);
  }

  /**
   * A document's project (FORMAT.md §8): its nearest `.deroule.yaml` and its root, never
   * above its workspace folder (which is the root when no folder below holds
   * `.deroule.yaml` or `.git`). Undefined for a document that is not a local file.
   */
  project(uri: string): Project | undefined {
    if (!uri.startsWith('file:')) return undefined;
    // Without the client's watcher, a `.deroule.yaml` created since the last look must be seen.
    if (!this.watched) this.finder.clear();
    const path = uriPath(uri);
    const folder = this.roots.uris.filter((f) => f.startsWith('file:') && insideFolders(uri, [f])).sort((a, b) => b.length - a.length)[0];
    const top = folder === undefined ? undefined : uriPath(folder);
    return this.finder.find(path, top === undefined ? { fallback: dirname(path) } : { fallback: top, top });
  }

  identity(uri: string): string | undefined {
    return uri.startsWith('file:') ? realPath(uriPath(uri)) : undefined;
  }

  read(uri: string): string | undefined {
    const path = this.roots.pathToRead(uri);
    if (path === undefined) return undefined;
    const key = normalUri(uri);
    try {
      const cached = this.diskCache.get(key);
      // The client reports changes on disk (`changed` drops the copy): no stat per check.
      if (cached && this.watched) return cached.text;
      // stat does not open the file: a FIFO is seen for what it is without waiting on it.
      const { mtimeMs: mtime, size } = statSync(path);
      if (cached && cached.mtime === mtime && cached.size === size) return cached.text;
      const text = readRegularFile(path, maxFileBytes(this.maxTextLength())).toString('utf8');
      this.diskCache.set(key, { mtime, size, text });
      return text;
    } catch {
      return undefined;
    }
  }

  scan(folders: string[]): Located[] {
    this.roots = new WorkspaceRoots(folders);
    const found: Located[] = [];
    const seen = new Set<string>();
    const walk = (dir: string) => {
      if (found.length >= MAX_FILES) return;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIPPED.has(e.name) && !e.name.startsWith('.')) walk(path);
        } else if (isDerouleFile(e.name) && (e.isFile() || e.isSymbolicLink())) {
          // A link is followed to a regular file inside the folders, never outside; linked
          // folders are not (a link to a parent would loop).
          const real = realPath(path);
          if (real !== undefined && !seen.has(real) && this.roots.containsReal(real) && isRegularFile(real)) {
            seen.add(real);
            found.push({ uri: fileUri(path), identity: real });
          }
        }
      }
    };
    for (const folder of folders) {
      if (folder.startsWith('file:')) walk(uriPath(folder));
    }
    return found;
  }

  watch(): void {
    // Copies read before the client watched may be stale: read them again once.
    this.diskCache.clear();
    this.watched = true;
  }

  changed(uri: string, _deleted: boolean): void {
    this.diskCache.delete(normalUri(uri));
    // A `.deroule.yaml` created or deleted changes which one governs each document.
    if (isConfigFile(uri)) this.finder.clear();
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
