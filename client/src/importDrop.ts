/**
 * The drop of a programme file (.docx, .odt, .pdf, .html, .md, .txt) onto an editor: onto a
 * programme, its slots go where it was dropped (as "Paste as programme slots" does); onto an
 * empty editor, or one that is not a programme, the whole imported programme. Files come
 * from the explorer (`text/uri-list`) or from the system (`DataTransferItem.asFile()`, which
 * is also what a browser drop gives in code-server). The server imports them in its guarded
 * runner (memory and time limits), like Import a programme….
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { IMPORT_FILE_BYTES, importRequest, type ImportReply } from '../../common/protocol';
import { firstImportableUri, isDroppedImportable, slotInsertion } from './slotInsertion';
import { toBase64 } from '../../common/base64';

const DROP_KIND = vscode.DocumentDropOrPasteEditKind.Empty.append('deroule', 'import');

interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** The first importable file of the drop, read; undefined when there is none (or it is too large). */
async function droppedFile(dataTransfer: vscode.DataTransfer): Promise<DroppedFile | undefined> {
  for (const [, item] of dataTransfer) {
    const file = item.asFile();
    if (!file || !isDroppedImportable(file.name)) continue;
    const bytes = await file.data();
    return bytes.length > IMPORT_FILE_BYTES ? undefined : { name: file.name, bytes };
  }
  const list = await dataTransfer.get('text/uri-list')?.asString();
  const uri = list && firstImportableUri(list);
  if (!uri) return undefined;
  const parsed = vscode.Uri.parse(uri);
  const { size } = await vscode.workspace.fs.stat(parsed);
  if (size > IMPORT_FILE_BYTES) return undefined;
  return { name: parsed.path.split('/').pop() ?? parsed.path, bytes: await vscode.workspace.fs.readFile(parsed) };
}

class ImportDropProvider implements vscode.DocumentDropEditProvider {
  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideDocumentDropEdits(document: vscode.TextDocument, position: vscode.Position, dataTransfer: vscode.DataTransfer, token: vscode.CancellationToken): Promise<vscode.DocumentDropEdit[] | undefined> {
    const c = this.client();
    if (!c) return undefined;
    let file: DroppedFile | undefined;
    try {
      file = await droppedFile(dataTransfer);
    } catch (e) {
      this.log.warn(`a dropped file could not be read: ${(e as Error)?.message ?? String(e)}`);
      return undefined;
    }
    if (!file || token.isCancellationRequested) return undefined;
    const empty = document.getText().trim() === '';
    const intoProgramme = document.languageId === 'deroule-programme' && !empty;
    const reply = await c.sendRequest<ImportReply>(importRequest.method, { data: toBase64(file.bytes), fileName: file.name, slotsOnly: intoProgramme });
    if (reply.error || !reply.yaml) {
      // Said only where the drop was meant as an import: a Markdown file dropped into a
      // Markdown text is no failed import.
      if (intoProgramme || empty) void vscode.window.showErrorMessage(vscode.l10n.t('Import failed: {0}', reply.error || vscode.l10n.t('no programme slot found in {0}', file.name)));
      return undefined;
    }
    if (reply.summary) this.log.info([`${file.name}: ${reply.summary.short}`, ...reply.summary.lines.map((l) => `  ${l}`)].join('\n'));
    if (!intoProgramme) {
      const edit = new vscode.DocumentDropEdit(reply.yaml, vscode.l10n.t('Import as a programme'), DROP_KIND);
      // Into a text that is not a programme, dropping a file keeps its usual meaning first.
      if (!empty) edit.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
      return [edit];
    }
    const lineAt = (n: number) => document.lineAt(n).text;
    const text = slotInsertion(lineAt, position.line, position.character, reply.yaml);
    const line = document.lineAt(position.line);
    if (line.isEmptyOrWhitespace) return [new vscode.DocumentDropEdit(text, vscode.l10n.t('Insert as programme slots'), DROP_KIND)];
    // Dropped inside a written line: the slots go after that line, not through it.
    const edit = new vscode.DocumentDropEdit('', vscode.l10n.t('Insert as programme slots'), DROP_KIND);
    edit.additionalEdit = new vscode.WorkspaceEdit();
    edit.additionalEdit.insert(document.uri, line.range.end, text);
    return [edit];
  }
}

/** The drop of an importable file onto any editor (the provider answers nothing for other drops). */
export function registerImportDrop(client: () => LanguageClient | undefined, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.languages.registerDocumentDropEditProvider('*', new ImportDropProvider(client, log), {
    providedDropEditKinds: [DROP_KIND],
    dropMimeTypes: ['text/uri-list', 'files'],
  });
}
