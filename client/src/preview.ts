/**
 * The preview panel: one webview beside the editor that follows the active Déroulé
 * document, updates as the user types, highlights the slot under the cursor and reveals
 * the source of a clicked slot or phase.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { applyGesture } from './gestureApply';
import { newNonce, previewPage } from './previewPage';
import type { FromPreview, ToPreview } from '../../common/previewMessages';
import { previewRequest, type PreviewParams, type PreviewResult } from '../../common/protocol';

const LANGUAGES = new Set(['deroule-programme', 'deroule-mission']);
const UPDATE_DELAY_MS = 150;

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** The preview shows everything, team items marked (FORMAT.md 7.3); the toggle shows the participants' form instead. */
  private participantsOnly = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && LANGUAGES.has(editor.document.languageId)) this.show(editor.document, false);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.post({ type: 'highlight', uri: this.document.uri.toString(), line: e.selections[0]!.active.line });
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document === this.document && e.visibleRanges[0]) this.post({ type: 'scrollTo', uri: this.document.uri.toString(), line: e.visibleRanges[0].start.line });
      }),
    );
  }

  /** Opens (or focuses) the preview of `document`. */
  show(document: vscode.TextDocument, reveal = true): void {
    this.document = document;
    if (!this.panel) {
      if (!reveal) return;
      this.panel = vscode.window.createWebviewPanel('deroule.preview', vscode.l10n.t('Preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        retainContextWhenHidden: true,
        localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist')],
      });
      this.panel.webview.html = this.page(this.panel.webview);
      this.panel.webview.onDidReceiveMessage((m: FromPreview) => this.receive(m));
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else if (reveal) this.panel.reveal(undefined, true);
    this.panel.title = vscode.l10n.t('Preview: {0}', document.uri.path.split('/').pop() ?? '');
    void this.update();
  }

  toggleNotes(): void {
    this.participantsOnly = !this.participantsOnly;
    void this.update();
  }

  private scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const client = this.client();
    const document = this.document;
    if (!this.panel || !document || !client?.isRunning()) return;
    const result = await client.sendRequest<PreviewResult | null>(previewRequest.method, { uri: document.uri.toString(), for: this.participantsOnly ? 'participants' : 'team' } satisfies PreviewParams);
    if (result && document === this.document) this.post({ type: 'update', uri: result.uri, version: result.version, html: result.html });
  }

  private post(message: ToPreview): void {
    void this.panel?.webview.postMessage(message);
  }

  private async receive(message: FromPreview): Promise<void> {
    if (message.type === 'ready') return this.update();
    if (message.type === 'gesture') return this.gesture(message);
    if (message.type === 'open') {
      await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { viewColumn: vscode.ViewColumn.One });
      return;
    }
    // A click in a preview of another document than the one shown now is stale: ignore it.
    if (message.type !== 'reveal' || !this.document || message.uri !== this.document.uri.toString()) return;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One });
    const position = new vscode.Position(message.line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  }

  /** A gesture on the preview of the document shown now: its edit applied, then the preview told. */
  private async gesture(message: Extract<FromPreview, { type: 'gesture' }>): Promise<void> {
    const client = this.client();
    const document = this.document;
    if (!client?.isRunning() || !document || message.uri !== document.uri.toString()) return;
    this.post(await applyGesture(client, document, message.version, message.gesture, () => this.update()));
  }

  private page(webview: vscode.Webview): string {
    const dist = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', file)).toString();
    return previewPage({ nonce: newNonce(), cspSource: webview.cspSource, scriptUri: dist('preview.js'), styleUri: dist('preview.css'), language: vscode.env.language, title: vscode.l10n.t('Preview') });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
