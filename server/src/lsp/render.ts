/** Preview and export requests: the core renders; the server only finds texts and linked files. */
import { ExportError, exportDocument } from '../core/export';
import { renderBody } from '../core/export/html';
import { IMPORT_LIMITS, ImportRefused, refusalMessage } from '../core/import/limits';
import { buildView } from '../core/render/buildView';
import { guardedImport, ImportFailed } from '../importRunner/guardedImport';
import { exportRequest, importRequest, previewRequest, type ExportResult, type ImportReply } from '../../../common/protocol';
import { requestType } from './requests';
import { logError, safe } from './safe';
import type { ServerState } from './server';
import { fileNameOf } from './workspaceFiles';

export function registerRendering(state: ServerState): void {
  const { connection, documents } = state;
  const linkedFrom = (uri: string) => (path: string) => state.service.linked(uri, path);

  connection.onRequest(
    requestType(previewRequest),
    safe(connection, 'preview', null, ({ uri, withNotes }) => {
      const doc = documents.get(uri);
      const kind = state.files.kindOf(uri);
      if (!doc || !kind || state.largeFiles.tooLarge(uri)) return null;
      const analysis = state.service.analyse(uri, doc.getText(), kind);
      const diagnostics = state.service.checkSet([{ uri, text: doc.getText(), kind }]).get(uri) ?? [];
      const view = buildView(analysis, { withNotes, diagnostics, linked: linkedFrom(uri) });
      if (!view) return null;
      return { uri, version: doc.version, html: renderBody(view, { preview: true }), title: view.title, language: view.language };
    }),
  );

  const failed = (error: string) => ({ yaml: '', slots: 0, unplaced: 0, error });
  connection.onRequest(requestType(importRequest), safe(connection, 'import', failed('import failed'), async ({ data, fileName, slotsOnly }): Promise<ImportReply> => {
    const language = state.settings.core.language;
    try {
      // Base64 is 4 characters for 3 bytes: a file past the bound is refused before it is decoded.
      const bytes = Math.floor((data.length * 3) / 4) > IMPORT_LIMITS.fileBytes ? undefined : Buffer.from(data, 'base64');
      if (!bytes) throw new ImportRefused({ reason: 'fileSize', bytes: Math.floor((data.length * 3) / 4) });
      // In a worker thread with memory and time limits: a document cannot take the server down.
      return await guardedImport(bytes, fileName, { slotsOnly: slotsOnly ?? false });
    } catch (e) {
      if (e instanceof ImportRefused) return failed(refusalMessage(e.refusal, language));
      if (!(e instanceof ImportFailed)) logError(connection, 'import failed', e);
      return failed((e as Error)?.message ?? String(e));
    }
  }));

  connection.onRequest(requestType(exportRequest), safe(connection, 'export', { data: '', error: 'export failed' }, async ({ uri, format, withNotes, perDay }): Promise<ExportResult> => {
    try {
      if (state.largeFiles.tooLarge(uri)) return { data: '', error: state.largeFiles.message(uri) };
      const text = documents.get(uri)?.getText() ?? state.files.readFile(uri);
      if (text === undefined) return { data: '', error: 'the document cannot be read' };
      const analysis = state.service.analyse(uri, text, state.files.kindOf(uri));
      const base = fileNameOf(uri).replace(/\.(programme|mission)\.ya?ml$/, '');
      const result = await exportDocument(analysis, format, { withNotes, perDay: perDay ?? false, uidBase: base, linked: linkedFrom(uri), language: state.settings.core.language });
      return { data: Buffer.from(typeof result === 'string' ? Buffer.from(result, 'utf8') : result).toString('base64') };
    } catch (e) {
      if (!(e instanceof ExportError)) logError(connection, 'export failed', e);
      return { data: '', error: (e as Error)?.message ?? String(e) };
    }
  }));
}
