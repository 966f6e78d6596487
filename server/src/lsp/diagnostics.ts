/**
 * Diagnostics as the user types: debounced per change, computed for the whole set of
 * Déroulé files (so rules across files see closed files too), published only for the
 * version they were computed on. Push model by default; pull when the client asks for it.
 */
import { DiagnosticSeverity, DiagnosticTag, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigFile, ruleDocUrl, type DerouleDiagnostic, type DocumentKind, type Language, type LanguageService } from '../core';
import { logError } from './safe';
import type { WorkspaceFiles } from './workspaceFiles';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/**
 * `language` picks the page of the code's link: docs/rules.md or docs/rules.fr.md in
 * `docsDir`, the URI of the docs/ folder shipped with the server (none: no link).
 */
export const toLspDiagnosticIn = (language: Language, docsDir: string | undefined) => (d: DerouleDiagnostic): Diagnostic => {
  const href = docsDir === undefined ? undefined : ruleDocUrl(d.code, language, docsDir);
  const out: Diagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'deroule',
    message: d.message,
  };
  if (d.data) out.data = d.data;
  if (d.unnecessary) out.tags = [DiagnosticTag.Unnecessary];
  if (d.related) out.relatedInformation = d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  return out;
};

export class DiagnosticsScheduler {
  private timer: NodeJS.Timeout | undefined;
  /** Latest results by uri, with the version of the text they were computed on. */
  private readonly latest = new Map<string, { version: number | undefined; items: Diagnostic[] }>();
  /** What was last published for each open document: its version and the diagnostics' text. */
  private readonly published = new Map<string, { version: number; signature: string }>();
  pull = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: () => LanguageService,
    private readonly files: WorkspaceFiles,
    /** The URI of the shipped docs/ folder the codes' links open (ServerHost's). */
    private readonly docsDir: () => string | undefined,
  ) {}

  /**
   * Something changed: recompute as soon as the server is idle. There is no fixed wait:
   * the timer only lets the notifications already received be applied first, so a burst
   * of changes is checked once; and since a check runs synchronously, keystrokes that
   * arrive during a long check are all applied before the next one starts (checks never
   * queue up behind fast typing).
   */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, 0);
  }

  /**
   * A request about a document is about to be answered: a check still waiting for its turn
   * runs first. The editor asks for symbols, folding and code actions as soon as a file is
   * opened or changed; this way the diagnostics are never behind them, and what those
   * features need beyond the check (yaml's tree of a large file) is built after.
   */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      this.run();
    } catch (e) {
      // The request is still answered; the check is tried again at the next change.
      logError(this.connection, 'diagnostics failed', e);
    }
  }

  /** Computes every diagnostic now, and publishes (push) or asks the client to pull. */
  run(): void {
    const results = this.compute();
    if (this.pull) {
      void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const [uri, { version, items }] of results) {
      const doc = this.documents.get(uri);
      // Only open documents get diagnostics; never publish for an older version.
      if (!doc || (version !== undefined && doc.version !== version)) continue;
      // Another file's change re-checks this one: publish only what is new.
      const signature = JSON.stringify(items);
      const last = this.published.get(uri);
      if (last && last.version === doc.version && last.signature === signature) continue;
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: items });
      this.published.set(uri, { version: doc.version, signature });
    }
  }

  /** Pull model: the diagnostics of one document, computed now if its results are stale. */
  pullFor(uri: string): Diagnostic[] {
    const doc = this.documents.get(uri);
    const cached = this.latest.get(uri);
    if (cached && doc && cached.version === doc.version) return cached.items;
    return this.compute().get(uri)?.items ?? [];
  }

  /** Error and warning counts of a file (from the latest check, open or not). */
  counts(uri: string): { errors: number; warnings: number } | undefined {
    if (this.latest.size === 0) this.compute();
    const items = this.latest.get(uri)?.items;
    if (!items) return undefined;
    return {
      errors: items.filter((d) => d.severity === DiagnosticSeverity.Error).length,
      warnings: items.filter((d) => d.severity === DiagnosticSeverity.Warning).length,
    };
  }

  /** A document was closed: its diagnostics disappear from the Problems panel. */
  closed(uri: string): void {
    this.latest.delete(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings changed or a file changed on disk: forget cached results. */
  invalidate(): void {
    this.latest.clear();
    this.published.clear();
    this.schedule();
  }

  private compute(): Map<string, { version: number | undefined; items: Diagnostic[] }> {
    const sources: { uri: string; text: string; version: number | undefined; kind?: DocumentKind }[] = [];
    for (const uri of this.files.list()) {
      const doc = this.documents.get(uri);
      const text = doc ? doc.getText() : this.files.readFile(uri);
      const kind = this.files.kindOf(uri);
      if (text !== undefined) sources.push({ uri, text, version: doc?.version, ...(kind ? { kind } : {}) });
    }
    // An open `.deroule.yaml` gets its own diagnostics (what is wrong in it).
    for (const doc of this.documents.all()) if (isConfigFile(doc.uri)) sources.push({ uri: doc.uri, text: doc.getText(), version: doc.version });
    // A file the checker fails on (a bug) is logged and gets no diagnostics; the others keep theirs.
    const results = this.service().checkSet(sources, (uri, e) =>
      logError(this.connection, `checking ${uri} failed`, e),
    );
    const language = this.service().settings.language;
    for (const s of sources) {
      this.latest.set(s.uri, { version: s.version, items: (results.get(s.uri) ?? []).map(toLspDiagnosticIn(language, this.docsDir())) });
    }
    return new Map(sources.filter((s) => this.documents.get(s.uri)).map((s) => [s.uri, this.latest.get(s.uri)!]));
  }
}
