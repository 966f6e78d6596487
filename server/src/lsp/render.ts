/** Preview, export and import requests: the core renders; the server only finds texts. */
import type { Connection } from 'vscode-languageserver';
import { ExportError, IMPORT_LIMITS, ImportRefused, messagesFor, refusalMessage, type FeatureMethods, type Language, type SourceText } from '../core';
import { ImportFailed } from '../importRunner/runJob';
import type { ImportOutput } from '../importRunner/protocol';
import { fromBase64, toBase64 } from '../../../common/base64';
import { IMPORT_EXTENSION_LIST, isImportable } from '../../../common/importFormats';
import { exportRequest, importRequest, previewRequest, type Audience, type ExportParams, type ExportResult, type ImportReply, type PreviewParams } from '../../../common/protocol';
import type { OpenSources } from './parts';
import { requestType } from './requests';
import { logError, safe } from './safe';
import { fileNameOf } from './workspaceFiles';

/** Runs an import where it cannot take the server down (ServerHost's). */
export type ImportRun = (bytes: Uint8Array, fileName: string, options: { slotsOnly: boolean }) => Promise<ImportOutput>;

/** What the rendering handlers use of the server. */
export interface RenderParts {
  service: Pick<FeatureMethods, 'preview' | 'export' | 'importSummary'> & { readonly settings: { language: Language } };
  open: OpenSources;
  runImport: ImportRun;
  /** A document to export, open or on disk; undefined when it cannot be read. */
  readable(uri: string): SourceText | undefined;
  /** Why an open document is not exported (over the size limit), or undefined. */
  refusal(uri: string): string | undefined;
}

export function registerRendering(connection: Connection, parts: RenderParts): void {
  const { service } = parts;

  connection.onRequest(
    requestType(previewRequest),
    safe(connection, 'preview', null, (params: PreviewParams) => {
      const { uri } = params;
      const doc = parts.open(uri);
      // Everything, team items marked (FORMAT.md 7.3), unless the participants' form is asked for.
      const preview = doc && service.preview(doc, audience(params, 'team'));
      return preview ? { uri, version: doc.version, ...preview } : null;
    }),
  );

  const failed = (error: string): ImportReply => ({ yaml: '', slots: 0, unplaced: 0, error });
  connection.onRequest(requestType(importRequest), safe(connection, 'import', failed('import failed'), async ({ data, fileName, slotsOnly }): Promise<ImportReply> => {
    const language = service.settings.language;
    if (!isImportable(fileName)) return failed(messagesFor(language).importShell.notImportable(IMPORT_EXTENSION_LIST));
    try {
      // Base64 is 4 characters for 3 bytes: a file past the bound is refused before it is decoded.
      const bytes = Math.floor((data.length * 3) / 4) > IMPORT_LIMITS.fileBytes ? undefined : fromBase64(data);
      if (!bytes) throw new ImportRefused({ reason: 'fileSize', bytes: Math.floor((data.length * 3) / 4) });
      const output = await parts.runImport(bytes, fileName, { slotsOnly: slotsOnly ?? false });
      if (slotsOnly) return { yaml: output.yaml, slots: output.slots, unplaced: output.unplaced };
      const { short, lines } = service.importSummary(output, language);
      return { yaml: output.yaml, slots: output.slots, unplaced: output.unplaced, summary: { short, lines } };
    } catch (e) {
      if (e instanceof ImportRefused) return failed(refusalMessage(e.refusal, language));
      if (!(e instanceof ImportFailed)) logError(connection, 'import failed', e);
      return failed((e as Error)?.message ?? String(e));
    }
  }));

  connection.onRequest(requestType(exportRequest), safe(connection, 'export', { data: '', error: 'export failed' }, async (params: ExportParams): Promise<ExportResult> => {
    const { uri, format, perDay } = params;
    try {
      const refused = parts.refusal(uri);
      if (refused !== undefined) return { data: '', error: refused };
      const doc = parts.readable(uri);
      if (!doc) return { data: '', error: 'the document cannot be read' };
      const base = fileNameOf(uri).replace(/\.(programme|mission)\.ya?ml$/, '');
      const result = await service.export(doc, format, { for: audience(params, 'participants'), perDay: perDay ?? false, uidBase: base });
      return { data: toBase64(typeof result === 'string' ? new TextEncoder().encode(result) : result) };
    } catch (e) {
      if (!(e instanceof ExportError)) logError(connection, 'export failed', e);
      return { data: '', error: (e as Error)?.message ?? String(e) };
    }
  }));
}

/**
 * The audience a request asks for: `for` when it is one, else the earlier `withNotes`
 * switch, else `fallback`. Anything else a client sends is not trusted to mean the team.
 */
export function audience(params: { for?: unknown; withNotes?: unknown }, fallback: Audience): Audience {
  if (params.for === 'participants' || params.for === 'team') return params.for;
  if (typeof params.withNotes === 'boolean') return params.withNotes ? 'team' : 'participants';
  return fallback;
}
