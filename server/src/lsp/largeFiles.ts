/**
 * Open documents over the size limit (`deroule.maxTextLength`). The core reports them with
 * one `yaml-syntax` diagnostic and parses nothing; the server's features answer empty at
 * once for them, and the user is told once, with a message, when a document goes over the
 * limit (on open or as it grows), not at every keystroke. Below the limit again, analysis
 * resumes and a later crossing is told again.
 */
import { MessageType, ShowMessageNotification, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { messagesFor, type Settings } from '../core';
import { fileNameOf } from './workspaceFiles';

export class LargeFiles {
  private readonly over = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: () => Settings,
  ) {}

  /** True for an open document too large to analyse (`getText` returns the stored text: no copy). */
  tooLarge(uri: string): boolean {
    const doc = this.documents.get(uri);
    return doc !== undefined && doc.getText().length > this.settings().maxTextLength;
  }

  /** A document was opened or changed (or the limit changed): tells the user when it crosses the limit. */
  update(uri: string): void {
    if (!this.tooLarge(uri)) {
      this.over.delete(uri);
      return;
    }
    if (this.over.has(uri)) return;
    this.over.add(uri);
    // A notification, not `window.showWarningMessage` (a request a client may not handle).
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: this.message(uri) });
  }

  /** What the user is told about a document too large to analyse. */
  message(uri: string): string {
    return messagesFor(this.settings().language).largeFile(fileNameOf(uri));
  }

  closed(uri: string): void {
    this.over.delete(uri);
  }

  /** Settings changed: the limit may have moved. */
  recheck(): void {
    for (const doc of this.documents.all()) this.update(doc.uri);
  }
}
