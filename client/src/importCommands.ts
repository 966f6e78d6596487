/**
 * "Import a programme…": pick a text, Markdown, HTML, Word, LibreOffice or PDF file; the
 * result opens as a new, unsaved programme, checked at once, and the import's summary is
 * said (a notification, the whole of it in the Déroulé output channel). "Paste as programme
 * slots": the clipboard's text becomes slots at the cursor (through the editor, so undo
 * works). The drop of a file onto an editor is importDrop.ts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { IMPORT_EXTENSIONS } from '../../common/importFormats';
import { IMPORT_FILE_BYTES, importRequest, type ImportReply } from '../../common/protocol';
import { registerImportDrop } from './importDrop';
import { itemIndent as indentAt } from './slotInsertion';
import { toBase64 } from '../../common/base64';

const SLOTS_KIND = vscode.DocumentDropOrPasteEditKind.Empty.append('deroule', 'slots');
/** Text that looks like an agenda: a line starting with a time (`08h30`, `9:00`, `De 9h`). */
const AGENDA_LINE = /^\s*(?:[-*•·]\s*)?(?:de\s+|from\s+|\|\s*)?\d{1,2}\s*[hH:]\s*\d{0,2}/im;

/** The indentation of the list the slots go into (slotInsertion.ts). */
function itemIndent(document: vscode.TextDocument, line: number): string {
  return indentAt((n) => document.lineAt(n).text, line);
}

class SlotsPasteProvider implements vscode.DocumentPasteEditProvider {
  constructor(private readonly client: () => LanguageClient | undefined) {}

  async provideDocumentPasteEdits(document: vscode.TextDocument, ranges: readonly vscode.Range[], dataTransfer: vscode.DataTransfer): Promise<vscode.DocumentPasteEdit[] | undefined> {
    const text = await dataTransfer.get('text/plain')?.asString();
    const c = this.client();
    if (!text || !c || !AGENDA_LINE.test(text)) return undefined;
    const reply = await c.sendRequest<ImportReply>(importRequest.method, { data: toBase64(new TextEncoder().encode(text)), fileName: 'clipboard.txt', slotsOnly: true });
    if (reply.error || !reply.yaml) return undefined;
    const line = document.lineAt(ranges[0]!.start.line);
    const indent = itemIndent(document, line.lineNumber);
    // The first line goes where the cursor is: pad it to the list's indentation if the line is empty so far.
    const lead = line.isEmptyOrWhitespace ? indent.slice(ranges[0]!.start.character) : '';
    const insert = lead + reply.yaml.replace(/\n$/, '').split('\n').map((l, i) => (i === 0 ? l : `${indent}${l}`)).join('\n');
    // Offered beside plain text paste; the user picks it from the paste widget.
    const edit = new vscode.DocumentPasteEdit(insert, vscode.l10n.t('Paste as programme slots'), SLOTS_KIND);
    edit.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
    return [edit];
  }
}

export function registerImport(client: () => LanguageClient | undefined, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('deroule.importProgramme', async () => {
      const c = client();
      if (!c) return;
      const [file] =
        (await vscode.window.showOpenDialog({
          canSelectMany: false,
          filters: { [vscode.l10n.t('Programmes written for humans')]: [...IMPORT_EXTENSIONS] },
          openLabel: vscode.l10n.t('Import'),
        })) ?? [];
      if (!file) return;
      const { size } = await vscode.workspace.fs.stat(file);
      if (size > IMPORT_FILE_BYTES) {
        const mb = (n: number) => Math.round(n / (1024 * 1024));
        void vscode.window.showErrorMessage(vscode.l10n.t('Import failed: {0}', vscode.l10n.t('the file is {0} MB; an import reads at most {1} MB', mb(size), mb(IMPORT_FILE_BYTES))));
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(file);
      let reply: ImportReply;
      try {
        reply = await c.sendRequest<ImportReply>(importRequest.method, { data: toBase64(bytes), fileName: file.path });
      } catch (e) {
        reply = { yaml: '', slots: 0, unplaced: 0, error: (e as Error)?.message ?? String(e) };
      }
      if (reply.error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Import failed: {0}', reply.error));
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'deroule-programme', content: reply.yaml });
      await vscode.window.showTextDocument(doc);
      void showSummary(reply, file.path.split('/').pop() ?? file.path, log);
    }),
    registerImportDrop(client, log),
    // Pasting a programme's text into a programme offers "Paste as programme slots".
    vscode.languages.registerDocumentPasteEditProvider({ language: 'deroule-programme' }, new SlotsPasteProvider(client), {
      providedPasteEditKinds: [SLOTS_KIND],
      pasteMimeTypes: ['text/plain'],
    }),
    vscode.commands.registerCommand('deroule.pasteAsSlots', async () => {
      const c = client();
      const editor = vscode.window.activeTextEditor;
      if (!c || !editor) return;
      const text = await vscode.env.clipboard.readText();
      const reply = await c.sendRequest<ImportReply>(importRequest.method, { data: toBase64(new TextEncoder().encode(text)), fileName: 'clipboard.txt', slotsOnly: true });
      if (reply.error || !reply.yaml) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No programme slot found in the clipboard.'));
        return;
      }
      // Indent the items like the list they join.
      const position = editor.selection.active;
      const line = editor.document.lineAt(position.line);
      const indent = itemIndent(editor.document, position.line);
      const lines = reply.yaml.replace(/\n$/, '').split('\n');
      const block = lines.map((l) => `${indent}${l}`).join('\n');
      await editor.edit((b) => (line.isEmptyOrWhitespace ? b.replace(line.range, block) : b.insert(line.range.end, `\n${block}`)));
    }),
  ];
}

/** The short summary as a notification; the whole of it in the Déroulé output channel, shown on request. */
async function showSummary(reply: ImportReply, name: string, log: vscode.LogOutputChannel): Promise<void> {
  if (!reply.summary) return;
  log.info([`${name}: ${reply.summary.short}`, ...reply.summary.lines.map((l) => `  ${l}`)].join('\n'));
  const more = vscode.l10n.t('Show the summary');
  if ((await vscode.window.showInformationMessage(reply.summary.short, more)) === more) log.show(true);
}
