/**
 * How open documents are created and updated from `didOpen` / `didChange`: the library's
 * TextDocument, behind a check of what the client sent. A malformed notification (a text
 * that is not a string, a range without numbers) is refused — the handler throws, the
 * connection logs it, and the document stays as it was — instead of storing a text that
 * would make every later check fail.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function isPosition(p: unknown): boolean {
  const q = p as { line?: unknown; character?: unknown } | null;
  return typeof q === 'object' && q !== null && isNumber(q.line) && isNumber(q.character);
}

function isChange(c: unknown): c is TextDocumentContentChangeEvent {
  const change = c as { text?: unknown; range?: { start?: unknown; end?: unknown } } | null;
  if (typeof change !== 'object' || change === null || typeof change.text !== 'string') return false;
  if (!('range' in change)) return true;
  return typeof change.range === 'object' && change.range !== null && isPosition(change.range.start) && isPosition(change.range.end);
}

export const checkedTextDocuments: TextDocumentsConfiguration<TextDocument> = {
  create(uri, languageId, version, text) {
    if (typeof uri !== 'string' || typeof text !== 'string' || !isNumber(version)) throw new Error(`didOpen: invalid document ${JSON.stringify(uri)}`);
    return TextDocument.create(uri, typeof languageId === 'string' ? languageId : '', version, text);
  },
  update(document, changes, version) {
    if (!Array.isArray(changes) || !changes.every(isChange) || !isNumber(version)) throw new Error(`didChange: invalid changes for ${document.uri}`);
    return TextDocument.update(document, changes, version);
  },
};
