/**
 * The server's file access: open documents first (what the user sees, saved or not), then
 * the closed files of its `FileSource` (the disk, or the editor's copies in the browser). It
 * also knows every Déroulé file of the workspace folders, so rules across files (bookings,
 * linked programmes) see closed files too. URIs are compared by `normalUri` (clients spell
 * them differently from vscode-uri, which the core uses for linked files).
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isDerouleFile, kindFromUri, normalUri, readConfig } from '../core';
import type { DeepPartial, DocumentKind, Settings, Workspace, WorkspaceChange } from '../core';
import type { FileSource, Located } from './fileSource';

/** The file name at the end of a URI, as the user reads it (`atelier territorial.programme.yaml`). */
export function fileNameOf(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export class WorkspaceFiles implements Workspace {
  /** The workspace's Déroulé files, by `normalUri`, one per identity. */
  private known = new Map<string, Located>();
  /** Open documents by `normalUri`, with the URI the client gave them. */
  private readonly open = new Map<string, Located>();
  /** Each `.deroule.yaml` read, by URI: its text and what it sets. */
  private readonly configs = new Map<string, { text: string; settings: DeepPartial<Settings> }>();
  /** Who is told of `changed` files (the language service drops deleted ones). */
  private readonly listeners = new Set<(change: WorkspaceChange) => void>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly source: FileSource,
  ) {
    documents.onDidOpen(({ document: { uri } }) => {
      this.open.set(normalUri(uri), { uri, identity: source.identity(uri) });
    });
    documents.onDidClose(({ document: { uri } }) => void this.open.delete(normalUri(uri)));
  }

  allows(uri: string, fromUri?: string): boolean {
    return this.source.allows(uri, fromUri);
  }

  /**
   * What a document's `.deroule.yaml` sets, read like any file (its open text first), the
   * same object while its text is unchanged. It wins over the `deroule.*` settings for
   * rules, limits and the time style; the language of the messages stays the user's.
   */
  projectSettings(uri: string): DeepPartial<Settings> | undefined {
    const configUri = this.source.configOf(uri);
    if (configUri === undefined) return undefined;
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
    return open ? open.getText() : this.source.read(uri);
  }

  /** Scans the workspace folders for programmes and missions. */
  scan(folders: string[]): void {
    this.known = new Map(this.source.scan(folders).map((f) => [normalUri(f.uri), f]));
  }

  /** The client now reports every change on disk: kept copies are read again once, then trusted. */
  watch(): void {
    this.source.watch();
  }

  /** A file was created, changed or deleted on disk. */
  changed(uri: string, deleted: boolean): void {
    const key = normalUri(uri);
    this.source.changed(uri, deleted);
    for (const listener of this.listeners) listener({ uri, deleted });
    if (!isDerouleFile(uri)) return;
    if (deleted) this.known.delete(key);
    else if (!this.known.has(key)) {
      const identity = this.source.identity(uri);
      // The same file through another path (a link) is already known.
      if (identity === undefined || ![...this.known.values()].some((k) => k.identity === identity)) this.known.set(key, { uri, identity });
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
      const identity = this.open.get(key)?.identity;
      if (identity !== undefined) openReals.add(identity);
    }
    const closed = [...this.known].filter(([key, k]) => !openKeys.has(key) && !(k.identity !== undefined && openReals.has(k.identity)));
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
