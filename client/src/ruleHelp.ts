/**
 * Each rule's help, inside the editor. The server links a diagnostic's code to the section
 * of docs/rules.md (or rules.fr.md) shipped in the extension: `file:…/docs/rules.md#code`.
 * VS Code opens a `file:` link in a text editor and reads a fragment `L12` as the line to
 * show (it does not know heading anchors), so the middleware turns `#code` into the line of
 * the `## code` heading. Command links are not used there: VS Code no longer runs commands
 * from a diagnostic's code link. The `deroule.showRuleHelp` command (used by the settings'
 * descriptions) opens the same section in the Markdown preview.
 */
import * as vscode from 'vscode';
import { ruleHeadingLines, rulesPageOf } from './ruleHeadings';

const PAGES = ['rules.md', 'rules.fr.md'] as const;

export class RuleHelp {
  private readonly headings = new Map<string, Map<string, number>>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** Reads the shipped pages' headings once, before the first diagnostics arrive. */
  async load(): Promise<void> {
    for (const page of PAGES) {
      try {
        const bytes = await vscode.workspace.fs.readFile(this.page(page));
        this.headings.set(page, ruleHeadingLines(new TextDecoder().decode(bytes)));
      } catch {
        // a page missing from the package: its links keep their anchor
      }
    }
  }

  /** The diagnostics with each help link pointing at its heading's line. */
  atHeadings(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
    for (const d of diagnostics) {
      const code = d.code;
      // `file:` under Node; in the browser, the extension's own scheme (docsUri of the server's options).
      if (typeof code !== 'object' || !code.target || (code.target.scheme !== 'file' && code.target.scheme !== this.extensionUri.scheme)) continue;
      const line = this.headings.get(rulesPageOf(code.target.path) ?? '')?.get(code.target.fragment);
      if (line !== undefined) d.code = { value: code.value, target: code.target.with({ fragment: `L${line + 1}` }) };
    }
    return diagnostics;
  }

  /** Opens the rules page of the interface's language at `code`'s section, in the Markdown preview. */
  async show(code?: string): Promise<void> {
    const page = vscode.env.language.startsWith('fr') ? 'rules.fr.md' : 'rules.md';
    const line = (code ? this.headings.get(page)?.get(code) : undefined) ?? 0;
    const at = new vscode.Range(line, 0, line, 0);
    // The preview opened from an editor starts at that editor's top line: the heading.
    await vscode.window.showTextDocument(this.page(page), { selection: at, preview: true });
    vscode.window.activeTextEditor?.revealRange(at, vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('markdown.showPreview');
  }

  /** The shipped docs/ folder, for a server that cannot find it (the browser's). */
  get docsUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'docs');
  }

  private page(name: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'docs', name);
  }
}
