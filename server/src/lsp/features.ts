/** LSP handlers: each one asks the language service and converts nothing but empty answers. */
import type { CodeAction, CompletionItem, Connection, Diagnostic, Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver';
import { DocumentDiagnosticReportKind } from 'vscode-languageserver';
import type { FeatureMethods, Language, SourceText } from '../core';
import { explorerRequest } from '../../../common/protocol';
import type { OpenSources } from './parts';
import { requestType } from './requests';
import { safe, yieldUnlessCancelled } from './safe';

/** What the feature handlers use of the server. */
export interface FeatureParts {
  service: FeatureMethods & { readonly settings: { language: Language } };
  open: OpenSources;
  /** A check still waiting for its turn runs before a feature answers (see DiagnosticsScheduler.flush). */
  flushDiagnostics(): void;
  /** The latest diagnostics of a document, for a pull request; none for other files. */
  pullDiagnostics(uri: string): Diagnostic[];
  /** Error and warning counts of a file, for the explorer tree. */
  problems(uri: string): { errors: number; warnings: number } | undefined;
}

export function registerFeatures(connection: Connection, parts: FeatureParts): void {
  const { service } = parts;
  /** The document to answer about, after any pending check. */
  const source = (uri: string): SourceText | undefined => {
    const doc = parts.open(uri);
    if (doc) parts.flushDiagnostics();
    return doc;
  };

  connection.languages.diagnostics.on(
    safe(connection, 'diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (params) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: parts.pullDiagnostics(params.textDocument.uri),
    })),
  );

  connection.onHover(
    safe(connection, 'hover', null, ({ textDocument, position }) => {
      const doc = source(textDocument.uri);
      return (doc && service.hover(doc, position)) ?? null;
    }),
  );

  connection.onCompletion(
    safe(connection, 'completion', [] as CompletionItem[], ({ textDocument, position }) => {
      const doc = source(textDocument.uri);
      return doc ? service.complete(doc, position) : [];
    }),
  );

  connection.onDocumentSymbol(
    safe(connection, 'documentSymbol', [], ({ textDocument }) => {
      const doc = source(textDocument.uri);
      return doc ? service.symbols(doc) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    safe(connection, 'workspaceSymbol', [] as SymbolInformation[], ({ query }, token) =>
      service.workspaceSymbols(query, () => yieldUnlessCancelled(token)),
    ),
  );

  connection.onFoldingRanges(
    safe(connection, 'foldingRanges', [], ({ textDocument }) => {
      const doc = source(textDocument.uri);
      return doc ? service.folding(doc) : [];
    }),
  );

  connection.onDefinition(
    safe(connection, 'definition', [] as Location[], ({ textDocument, position }) => {
      const doc = source(textDocument.uri);
      return doc ? service.definition(doc, position) : [];
    }),
  );

  connection.onReferences(
    safe(connection, 'references', [] as Location[], ({ textDocument, position, context }) => {
      const doc = source(textDocument.uri);
      return doc ? service.references(doc, position, context.includeDeclaration) : [];
    }),
  );

  connection.onPrepareRename(
    safe(connection, 'prepareRename', null, ({ textDocument, position }) => {
      const doc = source(textDocument.uri);
      return (doc && service.prepareRename(doc, position)) ?? null;
    }),
  );

  connection.onRenameRequest(
    safe(connection, 'rename', null as WorkspaceEdit | null, ({ textDocument, position, newName }) => {
      const doc = source(textDocument.uri);
      return (doc && service.rename(doc, position, newName)) ?? null;
    }),
  );

  connection.onDocumentLinks(
    safe(connection, 'documentLinks', [], ({ textDocument }) => {
      const doc = source(textDocument.uri);
      return doc ? service.links(doc) : [];
    }),
  );

  connection.onCodeAction(
    safe(connection, 'codeAction', [] as CodeAction[], ({ textDocument, range, context }) => {
      const doc = source(textDocument.uri);
      if (!doc) return [];
      return service.codeActions(doc, range, context.diagnostics.filter((d) => d.source === 'deroule'), context.only);
    }),
  );

  connection.languages.inlayHint.on(
    safe(connection, 'inlayHint', [], ({ textDocument, range }) => {
      const doc = source(textDocument.uri);
      return doc ? service.inlayHints(doc, range) : [];
    }),
  );

  connection.onRequest(
    requestType(explorerRequest),
    safe(connection, 'explorer', [], (params, token) =>
      service.explorer({
        language: params.language ?? service.settings.language,
        problems: parts.problems,
        pause: () => yieldUnlessCancelled(token),
      }),
    ),
  );
}
