/** Workspace symbols: the outline entries of every Déroulé file the host knows, by name. */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';

/** More are not useful in a picker, and would cost the time of reading every file. */
const MAX_SYMBOLS = 500;

export interface SymbolSource {
  /** The Déroulé files of the workspace. */
  list(): readonly string[];
  /** A file's analysis, or undefined when it cannot be read. */
  analysis(uri: string): Analysis | undefined;
  /** The outline of an analysis. */
  symbols(analysis: Analysis): DocumentSymbol[];
}

export async function workspaceSymbols(source: SymbolSource, query: string, pause?: () => Promise<void>): Promise<SymbolInformation[]> {
  const q = query.toLowerCase();
  const out: SymbolInformation[] = [];
  let seen = 0;
  for (const uri of source.list()) {
    // A large workspace takes a while: let a cancellation (the user typed on) through.
    if (++seen % 20 === 0) await pause?.();
    const analysis = source.analysis(uri);
    if (!analysis) continue;
    const flatten = (symbols: DocumentSymbol[], container?: string) => {
      for (const s of symbols) {
        if (s.kind !== SymbolKind.Namespace && s.name.toLowerCase().includes(q)) {
          out.push({ name: s.name, kind: s.kind, location: { uri, range: s.selectionRange }, ...(container ? { containerName: container } : {}) });
        }
        if (s.children) flatten(s.children, s.name);
      }
    };
    flatten(source.symbols(analysis));
    if (out.length > MAX_SYMBOLS) break;
  }
  return out;
}
