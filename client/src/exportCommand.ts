/**
 * "Export…": pick a format and who it is for (participants, or the team: FORMAT.md 7.3), pick where; an existing
 * file is replaced only after the user confirms. The server makes the file from the open text.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exportRequest, type ExportParams, type ExportResult } from '../../common/protocol';
import { fromBase64 } from '../../common/base64';

const FORMATS: { format: ExportParams['format']; label: string; ext: string }[] = [
  { format: 'html', label: 'HTML (PDF)', ext: 'html' },
  { format: 'docx', label: 'Word', ext: 'docx' },
  { format: 'md', label: 'Markdown', ext: 'md' },
  { format: 'ics', label: 'iCalendar', ext: 'ics' },
];

export function registerExport(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('deroule.export', async (uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    const c = client();
    if (!document || !c) return;
    const picked = await vscode.window.showQuickPick(
      FORMATS.map((f) => ({ label: f.label, description: `.${f.ext}`, f })),
      { placeHolder: vscode.l10n.t('Export as…') },
    );
    if (!picked) return;
    const audience = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('For participants'), detail: vscode.l10n.t('Without the team’s sessions, notes and materials'), for: 'participants' as const },
        { label: vscode.l10n.t('For the team'), detail: vscode.l10n.t('Everything, team items marked, with the materials to bring for each day'), for: 'team' as const },
      ],
      { placeHolder: vscode.l10n.t('Who is this export for?') },
    );
    if (!audience) return;
    const base = document.uri.path.replace(/\.(programme|mission)\.ya?ml$/, '').split('/').pop() ?? 'programme';
    // Next to the programme: its folder computed explicitly (a `..` segment was not resolved
    // by the editor's simple save dialog, which then proposed the workspace root).
    const folder = document.uri.with({ path: document.uri.path.replace(/\/[^/]*$/, '') || '/' });
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder, `${base}.${picked.f.ext}`),
      filters: { [picked.f.label]: [picked.f.ext] },
    });
    if (!target) return;
    if (await exists(target)) {
      const replace = vscode.l10n.t('Replace');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', target.path.split('/').pop() ?? ''), { modal: true }, replace);
      if (answer !== replace) return;
    }
    const result = await c.sendRequest<ExportResult>(exportRequest.method, { uri: document.uri.toString(), format: picked.f.format, for: audience.for } satisfies ExportParams);
    if (result.error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', result.error));
      return;
    }
    try {
      await vscode.workspace.fs.writeFile(target, fromBase64(result.data));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot write {0}: {1}', target.fsPath, String((e as Error)?.message ?? e)));
      return;
    }
    const open = vscode.l10n.t('Open');
    if ((await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', target.path.split('/').pop() ?? ''), open)) === open) {
      await vscode.env.openExternal(target);
    }
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
