/**
 * The editor features of the language service, one method each, over a document the host
 * gives as its text (the service analyses it, cached) and the settings' language and time
 * style. Hosts (the server, tests) call these and convert nothing but what their protocol
 * needs; no host imports a feature module itself.
 */
import { URI, Utils } from 'vscode-uri';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { codeActions } from '../codeActions';
import { applyGesture, type Gesture, type GestureOutcome } from '../gestures';
import { guardOutcome } from '../gestures/guard';
import { exportDocument, type ExportFormat, type ExportOptions } from '../export';
import { renderBody } from '../export/html';
import { importFile, type ImportResult } from '../import';
import type { ImportLimits } from '../import/limits';
import { formatImportSummary, importFacts, type ImportedText, type ImportSummary } from '../import/summary';
import type { Analysis, SourceText } from '../languageService';
import { messagesFor } from '../messages';
import { ID_PATTERN } from '../model/types';
import { buildView } from '../render/buildView';
import type { Audience } from '../render/viewModel';
import type { DerouleDiagnostic, DocumentKind, Language, Settings } from '../types';
import { normalUri } from '../uri';
import { linkTarget, type Workspace } from '../workspace';
import { complete } from './completion';
import { documentLinks } from './documentLinks';
import { buildExplorer, type ExplorerNode, type ExplorerOptions } from './explorer';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { inlayHints } from './inlayHints';
import { idAt, occurrences, renameEdits } from './references';
import { documentSymbols } from './symbols';
import { workspaceSymbols } from './workspaceSymbols';

export interface PreviewModel {
  /** The body markup of the rendering (the preview's stylesheet and script are the host's). */
  html: string;
  title: string;
  language: Language;
}

export interface FeatureMethods {
  hover(doc: SourceText, position: Position): Hover | undefined;
  complete(doc: SourceText, position: Position): CompletionItem[];
  symbols(doc: SourceText): DocumentSymbol[];
  /** Symbols of every file the workspace lists whose name contains `query`; `pause` as in `explorer`. */
  workspaceSymbols(query: string, pause?: () => Promise<void>): Promise<SymbolInformation[]>;
  definition(doc: SourceText, position: Position): Location[];
  references(doc: SourceText, position: Position, includeDeclaration: boolean): Location[];
  /** The id under the cursor that a rename would change, or undefined. */
  prepareRename(doc: SourceText, position: Position): { range: Range; placeholder: string } | undefined;
  /** Every edit renaming the id under the cursor, or undefined when `newName` is not an id. */
  rename(doc: SourceText, position: Position, newName: string): WorkspaceEdit | undefined;
  /** Quick fixes for Déroulé's `diagnostics` in `range`, and refactorings (`only`: kinds asked). */
  codeActions(doc: SourceText, range: Range, diagnostics: Diagnostic[], only?: string[]): CodeAction[];
  inlayHints(doc: SourceText, range: Range): InlayHint[];
  folding(doc: SourceText): FoldingRange[];
  links(doc: SourceText): DocumentLink[];
  /** The Déroulé view's tree over every file the workspace lists. */
  explorer(options?: Partial<ExplorerOptions>): Promise<ExplorerNode[]>;
  /** What the preview shows of a document, checked alone; undefined when it cannot be read. */
  /** The preview shows everything, team items marked (FORMAT.md 7.3), unless asked for the participants' form. */
  preview(doc: SourceText, audience?: Audience): PreviewModel | undefined;
  /** The document as HTML, Markdown, Word or iCalendar (Word and calendar code loads only then). */
  export(doc: SourceText, format: ExportFormat, options?: Omit<ExportOptions, 'linked' | 'language'>): Promise<string | Uint8Array>;
  /**
   * A programme written for humans (text, Markdown, Word) as a Déroulé programme, in this
   * thread, refused with `ImportRefused` past `limits` (Word code loads only for .docx).
   * Hosts that read untrusted files run it in a worker with memory and time limits
   * (`server/src/importRunner`), which calls the same importer.
   */
  import(file: { bytes: Uint8Array; name: string }, limits?: ImportLimits): Promise<ImportResult>;
  /**
   * The summary said after an import: the imported YAML is analysed and checked as an
   * unsaved programme, and what it holds is told with the check's result (issue 17).
   */
  importSummary(imported: ImportedText & { yaml: string }, language?: Language): ImportSummary;
  /**
   * A gesture of the preview (issue 19) as the text edits that make it, and the sentence a
   * screen reader says, or why it is refused (in `language`, else the settings'). A gesture
   * that would add a problem to the document is refused (gestures/guard.ts).
   */
  gesture(doc: SourceText, gesture: Gesture, language?: Language): GestureOutcome;
}

/** The parts of the language service the features use. */
export interface FeatureHost {
  /** The host's settings; with a document's URI, that document's (its project's over the host's). */
  settings(uri?: string): Settings;
  workspace: Workspace;
  analyse(uri: string, text: string, kind?: DocumentKind): Analysis;
  linked(fromUri: string, path: string): { uri: string; analysis: Analysis } | undefined;
  checkSet(sources: SourceText[]): Map<string, DerouleDiagnostic[]>;
  forget(uri: string): void;
}

export function featureMethods(host: FeatureHost): FeatureMethods {
  const { workspace } = host;
  const analyse = (doc: SourceText) => host.analyse(doc.uri, doc.text, doc.kind);
  const language = (uri?: string) => host.settings(uri).language;
  const style = (uri?: string) => host.settings(uri).timeStyle;
  const list = () => workspace.list?.() ?? [];
  const linkedFrom = (uri: string) => (path: string) => host.linked(uri, path);
  /** The analysis of a listed file, or undefined when it cannot be read. */
  const listed = (uri: string) => {
    const text = workspace.readFile(uri);
    return text === undefined ? undefined : host.analyse(uri, text);
  };

  return {
    hover(doc, position) {
      const linkedProgramme = (path: string) => host.linked(doc.uri, path)?.analysis;
      return hover(analyse(doc), position, { language: language(doc.uri), style: style(doc.uri), linkedProgramme });
    },
    complete(doc, position) {
      const folder = Utils.dirname(URI.parse(doc.uri)).toString();
      const programmePaths = list()
        .map(normalUri)
        .filter((u) => /\.programme\.ya?ml$/.test(u) && u.startsWith(`${folder}/`))
        .map((u) => decodeURIComponent(u.slice(folder.length + 1)));
      return complete(analyse(doc), position, { language: language(doc.uri), style: style(doc.uri), programmePaths });
    },
    symbols: (doc) => documentSymbols(analyse(doc), language(doc.uri), style(doc.uri)),
    workspaceSymbols: (query, pause) =>
      workspaceSymbols({ list, analysis: listed, symbols: (a) => documentSymbols(a, language(), style()) }, query, pause),
    definition(doc, position) {
      const a = analyse(doc);
      const id = idAt(a, position);
      const first = id && occurrences(a, id.id, id.namespace)[0];
      return id?.entity && first ? [{ uri: doc.uri, range: first }] : [];
    },
    references(doc, position, includeDeclaration) {
      const a = analyse(doc);
      const id = idAt(a, position);
      return id ? occurrences(a, id.id, id.namespace, includeDeclaration).map((range) => ({ uri: doc.uri, range })) : [];
    },
    prepareRename(doc, position) {
      const id = idAt(analyse(doc), position);
      return id && { range: id.range, placeholder: id.id };
    },
    rename(doc, position, newName) {
      const a = analyse(doc);
      const id = idAt(a, position);
      if (!id || !ID_PATTERN.test(newName)) return undefined;
      return { changes: { [doc.uri]: renameEdits(a, id.id, id.namespace, newName) } };
    },
    codeActions(doc, range, diagnostics, only) {
      const ctx = { uri: doc.uri, analysis: analyse(doc), m: messagesFor(language(doc.uri)), style: style(doc.uri) };
      return codeActions(range, diagnostics, ctx, only);
    },
    inlayHints: (doc, range) => inlayHints(analyse(doc), range, language(doc.uri), style(doc.uri)),
    folding: (doc) => foldingRanges(analyse(doc).doc),
    links: (doc) => documentLinks(analyse(doc), (relative) => linkTarget(workspace, doc.uri, relative)),
    explorer(options = {}) {
      const analyses = async (pause?: () => Promise<void>) => {
        const out = new Map<string, Analysis>();
        let seen = 0;
        for (const uri of list()) {
          if (++seen % 20 === 0) await pause?.();
          const a = listed(uri);
          if (a) out.set(uri, a);
        }
        return out;
      };
      return buildExplorer({ analyses, linked: host.linked }, { ...options, language: options.language ?? language() });
    },
    preview(doc, audience = 'team') {
      const analysis = analyse(doc);
      const diagnostics = host.checkSet([doc]).get(doc.uri) ?? [];
      const view = buildView(analysis, { for: audience, diagnostics, linked: linkedFrom(doc.uri) });
      return view && { html: renderBody(view, { preview: true }), title: view.title, language: view.language };
    },
    export(doc, format, options = {}) {
      return exportDocument(analyse(doc), format, { ...options, linked: linkedFrom(doc.uri), language: language() });
    },
    import: (file, limits) => importFile(file.bytes, file.name, limits),
    importSummary(imported, lang = language()) {
      const doc: SourceText = { uri: 'untitled:imported.programme.yaml', text: imported.yaml, kind: 'programme' };
      const model = analyse(doc).model;
      const diagnostics = host.checkSet([doc]).get(doc.uri) ?? [];
      return formatImportSummary(importFacts(model?.kind === 'programme' ? model : undefined, imported, diagnostics), lang);
    },
    gesture(doc, gesture, lang = language()) {
      const m = messagesFor(lang);
      const outcome = applyGesture(analyse(doc), gesture, m);
      const check = (d: SourceText) => host.checkSet([d]).get(d.uri) ?? [];
      return guardOutcome({ check, forget: host.forget }, doc, gesture, outcome, m);
    },
  };
}
