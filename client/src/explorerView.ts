/** The Déroulé view in the Explorer: the server's tree, with problem counts; click to open. */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { explorerRequest, type ExplorerNode } from '../../common/protocol';

const ICONS: Record<ExplorerNode['kind'], string> = {
  mission: 'briefcase',
  phase: 'milestone',
  programme: 'calendar',
  day: 'clock',
  missing: 'warning',
  workstream: 'git-branch',
  milestone: 'pin',
};

export class ExplorerProvider implements vscode.TreeDataProvider<ExplorerNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire();
  }

  /** Diagnostics change on every keystroke: refresh at most twice a second. */
  refreshSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, 500);
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    const counts = node.problems && (node.problems.errors || node.problems.warnings) ? problemText(node.problems) : '';
    item.description = [node.description, counts].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind], node.problems?.errors ? new vscode.ThemeColor('problemsErrorIcon.foreground') : undefined);
    item.contextValue = node.kind;
    if (node.uri) {
      item.command = { command: 'deroule.openLocation', title: vscode.l10n.t('Open'), arguments: [node.uri, node.line ?? 0] };
      item.tooltip = vscode.Uri.parse(node.uri).fsPath;
    }
    return item;
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (node) return node.children ?? [];
    const client = this.client();
    if (!client?.isRunning()) return [];
    try {
      return await client.sendRequest<ExplorerNode[]>(explorerRequest.method, { language: vscode.env.language.startsWith('fr') ? 'fr' : 'en' });
    } catch {
      return [];
    }
  }
}

function problemText(p: { errors: number; warnings: number }): string {
  const parts: string[] = [];
  if (p.errors) parts.push(vscode.l10n.t('{0} errors', p.errors));
  if (p.warnings) parts.push(vscode.l10n.t('{0} warnings', p.warnings));
  return parts.join(', ');
}
