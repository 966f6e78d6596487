/** The scenarios of test/e2e, through the VS Code API, inside the extension host. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const POIX = 'poix-du-nord/atelier-territorial.programme.yaml';

async function waitFor<T>(what: string, get: () => T | undefined | Promise<T | undefined>, timeout = 20_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function open(relative: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, relative));
  await vscode.window.showTextDocument(doc);
  return doc;
}

const scenarios: [string, () => Promise<void>][] = [
  [
    'diagnostics of the seed programme: the no-break warning',
    async () => {
      await vscode.workspace.getConfiguration('deroule').update('language', 'en', vscode.ConfigurationTarget.Global);
      const doc = await open(POIX);
      assert.equal(doc.languageId, 'deroule-programme');
      const d = await waitFor('diagnostics', () => vscode.languages.getDiagnostics(doc.uri).find((x) => x.code !== undefined));
      assert.equal(typeof d.code === 'object' ? d.code.value : d.code, 'no-break');
      assert.match(d.message, /3 h 45 of sessions without a break/);
    },
  ],
  [
    'completion, hover and outline',
    async () => {
      const doc = await open(POIX);
      const line = doc.getText().split('\n').findIndex((l) => l.includes('type: report-back'));
      const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 12));
      assert.match(String((hover[0]!.contents[0] as vscode.MarkdownString).value), /report-back/);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 10));
      assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'group-work'));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok(symbols[0]!.children.some((s) => s.name.startsWith('08:30–09:00 Accueil')));
    },
  ],
  [
    'a quick fix applied through the editor',
    async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'deroule-programme', content: 'title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 9h-10h\n    title: Accueil\n    typ: welcome\n' });
      await vscode.window.showTextDocument(doc);
      const d = await waitFor('schema diagnostic', () => vscode.languages.getDiagnostics(doc.uri)[0]);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Replace `typ` with `type`')!;
      await vscode.workspace.applyEdit(fix.edit!);
      assert.match(doc.getText(), /\n {4}type: welcome\n/);
    },
  ],
  [
    'the commands and the Déroulé view are contributed',
    async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const c of ['deroule.newProgramme', 'deroule.newMission', 'deroule.refreshExplorer']) assert.ok(commands.includes(c), c);
    },
  ],
  [
    'French messages with deroule.language: fr',
    async () => {
      await vscode.workspace.getConfiguration('deroule').update('language', 'fr', vscode.ConfigurationTarget.Global);
      const doc = await open(POIX);
      await waitFor('French diagnostics', () => vscode.languages.getDiagnostics(doc.uri).find((x) => /séances sans pause/.test(x.message)));
    },
  ],
];

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, scenario] of scenarios) {
    try {
      await scenario();
      console.log(`✔ ${name}`);
    } catch (e) {
      failed++;
      console.error(`✖ ${name}\n${(e as Error).stack}`);
    }
  }
  if (failed) throw new Error(`${failed} scenario(s) failed`);
}
