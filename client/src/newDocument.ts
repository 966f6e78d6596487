/** "New programme" / "New mission": pick a template, get an untitled document to save. */
import * as vscode from 'vscode';

interface Template {
  file: string;
  kind: 'programme' | 'mission';
  label: { fr: string; en: string };
  description: { fr: string; en: string };
}

export function registerNewDocumentCommands(context: vscode.ExtensionContext): vscode.Disposable[] {
  const open = async (kind: Template['kind']) => {
    const index = vscode.Uri.joinPath(context.extensionUri, 'templates', 'index.json');
    const templates = (JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(index))) as Template[]).filter((t) => t.kind === kind);
    const lang = vscode.env.language.startsWith('fr') ? 'fr' : 'en';
    const picked = await vscode.window.showQuickPick(
      templates.map((t) => ({ label: t.label[lang], detail: t.description[lang], template: t })),
      { placeHolder: kind === 'programme' ? vscode.l10n.t('Choose a programme template') : vscode.l10n.t('Choose a mission template') },
    );
    if (!picked) return;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'templates', picked.template.file)));
    // Untitled: nothing is written until the user saves (and names the file *.programme.yaml).
    const doc = await vscode.workspace.openTextDocument({ language: `deroule-${kind}`, content: text });
    await vscode.window.showTextDocument(doc);
  };
  return [
    vscode.commands.registerCommand('deroule.newProgramme', () => open('programme')),
    vscode.commands.registerCommand('deroule.newMission', () => open('mission')),
  ];
}
