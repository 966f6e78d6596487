/** `multi-document`: a second `---` document in the file; reported on each extra separator. */
import type { DiagnosticSink } from '../diagnostics';
import type { Messages } from '../messages';
import type { ParsedDocument } from '../parse';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'multi-document',
  severity: 'error',
  files: 'both',
  description: {
    en: 'More than one YAML document in the file.',
    fr: 'Plus d’un document YAML dans le fichier.',
  },
});

export function checkMultiDocument(doc: ParsedDocument, sink: DiagnosticSink, m: Messages): void {
  for (const range of doc.extraDocuments) sink.report('multi-document', range, m.multiDocument(), { data: {} });
}
