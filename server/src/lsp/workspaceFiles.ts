/**
 * The server's file access: open documents first (what the user sees, saved or not), then
 * the disk. It also knows every Déroulé file of the workspace folders, so rules across
 * files (bookings, linked programmes) see closed files too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { insideFolders, isDerouleFile, kindFromUri, type DocumentKind, type FileSystem } from '../core';

/** The file name at the end of a URI, as the user reads it (`atelier territorial.programme.yaml`). */
export function fileNameOf(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
/** A workspace this large is not scanned further: rules across files then see open files only. */
const MAX_FILES = 5000;

export class WorkspaceFiles implements FileSystem {
  private known = new Set<string>();
  private diskCache = new Map<string, { mtime: number; text: string }>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  /** The workspace folders (URIs); a linked file outside them is never read. */
  private roots: string[] = [];

  /** Without workspace folders (a single file opened), every local file may be read. */
  allows(uri: string): boolean {
    return insideFolders(uri, this.roots);
  }

  readFile(uri: string): string | undefined {
    const open = this.documents.get(uri);
    if (open) return open.getText();
    if (!uri.startsWith('file:') || !this.allows(uri)) return undefined;
    try {
      const cached = this.diskCache.get(uri);
      // The client reports changes on disk (`changed` drops the copy): no stat per check.
      if (cached && this.watched) return cached.text;
      const path = fileURLToPath(uri);
      const mtime = statSync(path).mtimeMs;
      if (cached && cached.mtime === mtime) return cached.text;
      const text = readFileSync(path, 'utf8');
      this.diskCache.set(uri, { mtime, text });
      return text;
    } catch {
      return undefined;
    }
  }

  /** Scans the workspace folders for programmes and missions. */
  scan(folders: string[]): void {
    this.roots = folders;
    const found = new Set<string>();
    const walk = (dir: string) => {
      if (found.size >= MAX_FILES) return;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.isDirectory()) {
          if (!SKIPPED.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name));
        } else if (e.isFile() && isDerouleFile(e.name)) found.add(pathToFileURL(join(dir, e.name)).href);
      }
    };
    for (const folder of folders) {
      if (folder.startsWith('file:')) walk(fileURLToPath(folder));
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
    this.diskCache.delete(uri);
    if (!isDerouleFile(uri)) return;
    if (deleted) this.known.delete(uri);
    else this.known.add(uri);
  }

  /** Every Déroulé file known: the workspace's and the open ones. */
  all(): string[] {
    const uris = new Set(this.known);
    for (const d of this.documents.all()) if (this.kindOf(d.uri)) uris.add(d.uri);
    return [...uris];
  }

  /**
   * The kind of a document: from its name, or, for an unsaved one (a template, an import),
   * from the language the editor gave it.
   */
  kindOf(uri: string): DocumentKind | undefined {
    const byName = kindFromUri(uri);
    if (byName) return byName;
    const language = this.documents.get(uri)?.languageId;
    return language === 'deroule-programme' ? 'programme' : language === 'deroule-mission' ? 'mission' : undefined;
  }
}
