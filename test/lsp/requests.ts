/**
 * Every request the server answers, with params for a document `uri` (and a line in it),
 * and what an empty answer is for each: the tests of cancellation, unknown documents and
 * garbage params go through this one list, so a new request kind is tested by all three.
 */
import { Buffer } from 'node:buffer';

export interface RequestKind {
  method: string;
  params: (uri: string, line: number) => unknown;
  /** The answer for a document the server knows nothing about. */
  empty: unknown;
  /** False for the requests that are not about one document (workspace symbols, the view, import). */
  document: boolean;
}

const at = (uri: string, line: number, character = 9) => ({ textDocument: { uri }, position: { line, character } });
const range = (line: number) => ({ start: { line: 0, character: 0 }, end: { line: line + 5, character: 0 } });

export const requestKinds: RequestKind[] = [
  { method: 'textDocument/hover', params: at, empty: null, document: true },
  // On the key `id`: the keys a person may have.
  { method: 'textDocument/completion', params: (uri, line) => at(uri, line, 4), empty: [], document: true },
  { method: 'textDocument/documentSymbol', params: (uri) => ({ textDocument: { uri } }), empty: [], document: true },
  { method: 'workspace/symbol', params: () => ({ query: 'a' }), empty: [], document: false },
  { method: 'textDocument/foldingRange', params: (uri) => ({ textDocument: { uri } }), empty: [], document: true },
  { method: 'textDocument/definition', params: at, empty: [], document: true },
  { method: 'textDocument/references', params: (uri, line) => ({ ...at(uri, line), context: { includeDeclaration: true } }), empty: [], document: true },
  { method: 'textDocument/prepareRename', params: at, empty: null, document: true },
  { method: 'textDocument/rename', params: (uri, line) => ({ ...at(uri, line), newName: 'nouvel-id' }), empty: null, document: true },
  { method: 'textDocument/documentLink', params: (uri) => ({ textDocument: { uri } }), empty: [], document: true },
  {
    method: 'textDocument/codeAction',
    params: (uri, line) => ({ textDocument: { uri }, range: range(line), context: { diagnostics: [] } }),
    empty: [],
    document: true,
  },
  { method: 'textDocument/inlayHint', params: (uri, line) => ({ textDocument: { uri }, range: range(line) }), empty: [], document: true },
  { method: 'textDocument/diagnostic', params: (uri) => ({ textDocument: { uri } }), empty: { kind: 'full', items: [] }, document: true },
  { method: 'deroule/explorer', params: () => ({ language: 'en' }), empty: [], document: false },
  { method: 'deroule/preview', params: (uri) => ({ uri, withNotes: true }), empty: null, document: true },
  { method: 'deroule/export', params: (uri) => ({ uri, format: 'html', withNotes: false }), empty: undefined, document: true },
  { method: 'deroule/export', params: (uri) => ({ uri, format: 'docx', withNotes: true }), empty: undefined, document: true },
  {
    method: 'deroule/import',
    params: () => ({ data: Buffer.from('09h00 Accueil\n09h30 Atelier\n').toString('base64'), fileName: 'programme.txt' }),
    empty: undefined,
    document: false,
  },
];

/** `deroule/export` of a document the server cannot read answers with a reason, not with bytes. */
export function isEmptyExport(answer: unknown): boolean {
  const a = answer as { data?: string; error?: string };
  return a?.data === '' && typeof a.error === 'string' && a.error.length > 0;
}
