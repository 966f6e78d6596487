/**
 * The server's file access: open documents first (what the user sees, saved or not), then
 * the disk. It also knows every Déroulé file of the workspace folders, so rules across
 * files (bookings, linked programmes) see closed files too.
 *
 * URIs are compared by `normalUri` (clients spell them differently from vscode-uri, which
 * the core uses for linked files), files by real path (a file reached through a symbolic
 * link is the same file); the disk is read only through `readRegularFile`, inside the
 * workspace folders' real paths.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, insideFolders, isConfigFile, isDerouleFile, kindFromUri, normalUri, readConfig, uriPath } from '../core';
import type { DeepPartial, DocumentKind, Settings, Workspace, WorkspaceChange } from '../core';
import { ProjectFinder, type Project } from '../node/projectRoot';
import { maxFileBytes, readRegularFile } from '../node/regularFile';
import { realPath, WorkspaceRoots } from '../node/workspaceRoots';

/** The file name at the end of a URI, as the user reads it (`atelier territorial.programme.yaml`). */
export function fileNameOf(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
/** A workspace this large is not scanned further: rules across files then see open files only. */
const MAX_FILES = 5000;

/** A file by URI, with its real path when it is on disk. */
interface Located {
  uri: string;
  real: string | undefined;
}

export class WorkspaceFiles implements Workspace {
  /** The workspace's Déroulé files on disk, by `normalUri`, one per real path. */
  private known = new Map<string, Located>();
  /** Open documents by `normalUri`, with the URI the client gave them. */
  private readonly open = new Map<string, Located>();
  private diskCache = new Map<string, { mtime: number; size: number; text: string }>();
  /** The workspace folders; a linked file outside them is never read. */
  private roots = new WorkspaceRoots();
  /** What each folder holds (`.deroule.yaml`, `.git`): a document's project. */
  private readonly finder = new ProjectFinder();
  private readonly projectRoots = new Map<string, WorkspaceRoots>();
  /** Each `.deroule.yaml` read, by URI: its text and what it sets. */
  private readonly configs = new Map<string, { text: string; settings: DeepPartial<Settings> }>();
  /** Who is told of `changed` files (the language service drops deleted ones). */
  private readonly listeners = new Set<(change: WorkspaceChange) => void>();

  /** @param maxTextLength the `maxTextLength` setting: larger files are not read (see `maxFileBytes`). */
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly maxTextLength: () => number,
  ) {
    documents.onDidOpen(({ document: { uri } }) => {
      this.open.set(normalUri(uri), { uri, real: uri.startsWith('file:') ? realPath(uriPath(uri)) : undefined });
    });
    documents.onDidClose(({ document: { uri } }) => void this.open.delete(normalUri(uri)));
  }

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

  /**
   * What a document's `.deroule.yaml` sets, read like any file (its open text first), the
   * same object while its text is unchanged. It wins over the `deroule.*` settings for
   * rules, limits and the time style; the language of the messages stays the user's.
   */
  projectSettings(uri: string): DeepPartial<Settings> | undefined {
    const config = this.project(uri)?.config;
    if (config === undefined) return undefined;
    const configUri = fileUri(config);
    const text = this.readFile(configUri);
    if (text === undefined) return undefined;
    const cached = this.configs.get(configUri);
    if (cached && cached.text === text) return cached.settings;
    const { language: _language, ...settings } = readConfig(configUri, text, 'en').settings;
    this.configs.set(configUri, { text, settings });
    return settings;
  }

  readFile(uri: string): string | undefined {
    const open = this.openDocument(uri);
    if (open) return open.getText();
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

  /** Scans the workspace folders for programmes and missions. */
  scan(folders: string[]): void {
    this.roots = new WorkspaceRoots(folders);
    const found = new Map<string, Located>();
    const seen = new Set<string>();
    const add = (path: string, real: string) => {
      if (seen.has(real)) return;
      seen.add(real);
      const uri = fileUri(path);
      found.set(normalUri(uri), { uri, real });
    };
    const walk = (dir: string) => {
      if (found.size >= MAX_FILES) return;
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
          if (real !== undefined && this.roots.containsReal(real) && isRegularFile(real)) add(path, real);
        }
      }
    };
    for (const folder of folders) {
      if (folder.startsWith('file:')) walk(uriPath(folder));
    }
    this.known = found;
  }

  /**
   * The client watches the workspace's Déroulé files and reports every change (`changed`).
   * Until then, each read of a closed file compares its modification time with the copy's:
   * with 1,000 closed files, that is 1,000 `stat` calls per keystroke.
   */
  watched = false;

  /** Drops every copy of a closed file: the next reads go to the disk. */
  forgetCopies(): void {
    this.diskCache.clear();
  }

  /** A file was created, changed or deleted on disk. */
  changed(uri: string, deleted: boolean): void {
    const key = normalUri(uri);
    this.diskCache.delete(key);
    for (const listener of this.listeners) listener({ uri, deleted });
    // A `.deroule.yaml` created or deleted changes which one governs each document.
    if (isConfigFile(uri)) this.finder.clear();
    if (!isDerouleFile(uri)) return;
    if (deleted) this.known.delete(key);
    else if (!this.known.has(key)) {
      const real = uri.startsWith('file:') ? realPath(uriPath(uri)) : undefined;
      // The same file through another path (a link) is already known.
      if (real === undefined || ![...this.known.values()].some((k) => k.real === real)) this.known.set(key, { uri, real });
    }
  }

  /** Calls `listener` for each `changed` file. */
  onDidChange(listener: (change: WorkspaceChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  }

  /**
   * Every Déroulé file, once: the workspace's and the open ones, an open document under
   * the URI its client gave it (and in place of the same file reached by another path).
   */
  list(): string[] {
    const openDocs = this.documents.all().filter((d) => this.kindOf(d.uri));
    const openKeys = new Set<string>();
    const openReals = new Set<string>();
    for (const d of openDocs) {
      const key = normalUri(d.uri);
      openKeys.add(key);
      const real = this.open.get(key)?.real;
      if (real !== undefined) openReals.add(real);
    }
    const closed = [...this.known].filter(([key, k]) => !openKeys.has(key) && !(k.real !== undefined && openReals.has(k.real)));
    return [...closed.map(([, k]) => k.uri), ...openDocs.map((d) => d.uri)];
  }

  /**
   * The kind of a document: from its name, or, for an unsaved one (a template, an import),
   * from the language the editor gave it.
   */
  kindOf(uri: string): DocumentKind | undefined {
    const byName = kindFromUri(uri);
    if (byName) return byName;
    const language = this.openDocument(uri)?.languageId;
    return language === 'deroule-programme' ? 'programme' : language === 'deroule-mission' ? 'mission' : undefined;
  }

  /** The open document of `uri`, however its client spelled it. */
  private openDocument(uri: string): TextDocument | undefined {
    const exact = this.documents.get(uri);
    if (exact) return exact;
    const open = this.open.get(normalUri(uri));
    return open && this.documents.get(open.uri);
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
