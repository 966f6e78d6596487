/**
 * What the server must have published once it settles: a fresh check, by the core, of
 * the final texts of the open documents, converted as the server converts diagnostics.
 */
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { createLanguageService, type DeepPartial, type Settings } from '../../server/src/core';
import { toLspDiagnosticIn } from '../../server/src/lsp/diagnostics';
import { shippedDocsUri } from '../../server/src/node/shippedDocs';
import { memoryFiles } from '../helpers';

export function freshDiagnostics(texts: Map<string, string>, settings: DeepPartial<Settings> = { language: 'en' }): Map<string, Diagnostic[]> {
  const service = createLanguageService({ files: memoryFiles(Object.fromEntries(texts)), settings });
  const results = service.checkSet([...texts].map(([uri, text]) => ({ uri, text })));
  // Over JSON, as the client receives them: no `undefined` fields.
  return new Map([...texts.keys()].map((uri) => [uri, JSON.parse(JSON.stringify((results.get(uri) ?? []).map(toLspDiagnosticIn('en', shippedDocsUri())))) as Diagnostic[]]));
}
