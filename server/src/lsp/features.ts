/** LSP handlers: each one asks the core and converts nothing but positions and URIs. */
import { URI, Utils } from 'vscode-uri';
import type { CodeAction, CompletionItem, Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver/node';
import { DocumentDiagnosticReportKind, SymbolKind } from 'vscode-languageserver/node';
import { linkTarget, normalUri, type Analysis } from '../core';
import { codeActions } from '../core/codeActions';
import { complete } from '../core/features/completion';
import { documentLinks } from '../core/features/documentLinks';
import { foldingRanges } from '../core/features/folding';
import { hover } from '../core/features/hover';
import { inlayHints } from '../core/features/inlayHints';
import { idAt, occurrences, renameEdits } from '../core/features/references';
import { documentSymbols } from '../core/features/symbols';
import { messagesFor } from '../core/messages';
import { ID_PATTERN } from '../core/model/types';
import { explorerRequest } from '../../../common/protocol';
import { requestType } from './requests';
import { buildExplorer } from './explorer';
import { safe, yieldUnlessCancelled } from './safe';
import type { ServerState } from './server';

export function registerFeatures(state: ServerState): void {
  const { connection, documents } = state;
  const analysis = (uri: string): Analysis | undefined => {
    const doc = documents.get(uri);
    const kind = state.files.kindOf(uri);
    // Over the size limit: nothing to say about the file, and nothing parsed to say it.
    if (!doc || !kind || state.largeFiles.tooLarge(uri)) return undefined;
    state.diagnostics.flush();
    return state.service.analyse(uri, doc.getText(), kind);
  };
  const resolver = (uri: string) => (relative: string) => linkTarget(state.files, uri, relative);
  const language = () => state.settings.core.language;
  const style = () => state.settings.style;

  connection.languages.diagnostics.on(
    safe(connection, 'diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (params) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: state.files.kindOf(params.textDocument.uri) ? state.diagnostics.pullFor(params.textDocument.uri) : [],
    })),
  );

  connection.onHover(
    safe(connection, 'hover', null, ({ textDocument, position }) => {
      const a = analysis(textDocument.uri);
      if (!a) return null;
      return (
        hover(a, position, {
          language: language(),
          style: style(),
          linkedProgramme: (path) => state.service.linked(textDocument.uri, path)?.analysis,
        }) ?? null
      );
    }),
  );

  connection.onCompletion(
    safe(connection, 'completion', [] as CompletionItem[], ({ textDocument, position }) => {
      const a = analysis(textDocument.uri);
      if (!a) return [];
      const folder = Utils.dirname(URI.parse(textDocument.uri)).toString();
      const programmePaths = state.files
        .all()
        .map(normalUri)
        .filter((u) => /\.programme\.ya?ml$/.test(u) && u.startsWith(`${folder}/`))
        .map((u) => decodeURIComponent(u.slice(folder.length + 1)));
      return complete(a, position, { language: language(), style: style(), programmePaths });
    }),
  );

  connection.onDocumentSymbol(
    safe(connection, 'documentSymbol', [], ({ textDocument }) => {
      const a = analysis(textDocument.uri);
      return a ? documentSymbols(a, language(), style()) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    safe(connection, 'workspaceSymbol', [] as SymbolInformation[], async ({ query }, token) => {
      const q = query.toLowerCase();
      const out: SymbolInformation[] = [];
      let seen = 0;
      for (const uri of state.files.all()) {
        // A large workspace takes a while: let a cancellation (the user typed on) through.
        if (++seen % 20 === 0) await yieldUnlessCancelled(token);
        const text = state.files.readFile(uri);
        if (text === undefined) continue;
        const flatten = (symbols: ReturnType<typeof documentSymbols>, container?: string) => {
          for (const s of symbols) {
            if (s.kind !== SymbolKind.Namespace && s.name.toLowerCase().includes(q)) {
              out.push({ name: s.name, kind: s.kind, location: { uri, range: s.selectionRange }, ...(container ? { containerName: container } : {}) });
            }
            if (s.children) flatten(s.children, s.name);
          }
        };
        flatten(documentSymbols(state.service.analyse(uri, text), language(), style()));
        if (out.length > 500) break;
      }
      return out;
    }),
  );

  connection.onFoldingRanges(
    safe(connection, 'foldingRanges', [], ({ textDocument }) => {
      const a = analysis(textDocument.uri);
      return a ? foldingRanges(a.doc) : [];
    }),
  );

  connection.onDefinition(
    safe(connection, 'definition', [] as Location[], ({ textDocument, position }) => {
      const a = analysis(textDocument.uri);
      const id = a && idAt(a, position);
      if (!a || !id) return [];
      const first = occurrences(a, id.id, id.namespace)[0];
      return id.entity && first ? [{ uri: textDocument.uri, range: first }] : [];
    }),
  );

  connection.onReferences(
    safe(connection, 'references', [] as Location[], ({ textDocument, position, context }) => {
      const a = analysis(textDocument.uri);
      const id = a && idAt(a, position);
      if (!a || !id) return [];
      return occurrences(a, id.id, id.namespace, context.includeDeclaration).map((range) => ({ uri: textDocument.uri, range }));
    }),
  );

  connection.onPrepareRename(
    safe(connection, 'prepareRename', null, ({ textDocument, position }) => {
      const a = analysis(textDocument.uri);
      const id = a && idAt(a, position);
      return id ? { range: id.range, placeholder: id.id } : null;
    }),
  );

  connection.onRenameRequest(
    safe(connection, 'rename', null as WorkspaceEdit | null, ({ textDocument, position, newName }) => {
      const a = analysis(textDocument.uri);
      const id = a && idAt(a, position);
      if (!a || !id || !ID_PATTERN.test(newName)) return null;
      return { changes: { [textDocument.uri]: renameEdits(a, id.id, id.namespace, newName) } };
    }),
  );

  connection.onDocumentLinks(
    safe(connection, 'documentLinks', [], ({ textDocument }) => {
      const a = analysis(textDocument.uri);
      return a ? documentLinks(a, resolver(textDocument.uri)) : [];
    }),
  );

  connection.onCodeAction(
    safe(connection, 'codeAction', [] as CodeAction[], ({ textDocument, range, context }) => {
      const a = analysis(textDocument.uri);
      if (!a) return [];
      const ctx = { uri: textDocument.uri, analysis: a, m: messagesFor(language()), style: style() };
      return codeActions(range, context.diagnostics.filter((d) => d.source === 'deroule'), ctx, context.only);
    }),
  );

  connection.languages.inlayHint.on(
    safe(connection, 'inlayHint', [], ({ textDocument, range }) => {
      const a = analysis(textDocument.uri);
      return a ? inlayHints(a, range, language(), style()) : [];
    }),
  );

  connection.onRequest(
    requestType(explorerRequest),
    safe(connection, 'explorer', [], (params, token) => buildExplorer(state, params.language ?? language(), token)),
  );
}
