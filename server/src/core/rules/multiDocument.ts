/** `multi-document`: a second `---` document in the file; reported on each extra separator. */
import type { DiagnosticSink } from '../diagnostics';
import type { Messages } from '../messages';
import type { ParsedDocument } from '../parse/parseDocument';

export function checkMultiDocument(doc: ParsedDocument, sink: DiagnosticSink, m: Messages): void {
  for (const range of doc.extraDocuments) sink.report('multi-document', range, m.multiDocument(), { data: {} });
}
