/**
 * What happens when the language server process ends unexpectedly: the library restarts
 * it (this is its `errorHandler`), and the user is told once — one message for a crash,
 * none for the crashes that follow it within the window. If it keeps crashing (5 times in
 * 3 minutes) it is not restarted any more, and that is said once too. The library's own
 * notifications are suppressed (`handled: true`) so that nothing else pops up.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient';

export const MAX_CRASHES = 5;
export const CRASH_WINDOW_MS = 3 * 60 * 1000;

export class CrashHandler implements ErrorHandler {
  private crashes: number[] = [];

  constructor(private readonly log: (line: string) => void) {}

  /** A message could not be read or written (the process is going away): the close decides. */
  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    this.log(`connection error (${count ?? 1}): ${error.message}`);
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (this.crashes.length >= MAX_CRASHES) {
      this.log(`the server stopped ${this.crashes.length} times in 3 minutes: not restarted`);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The Déroulé server stopped {0} times in 3 minutes and will not be restarted. See the Déroulé output; reload the window to start it again.', MAX_CRASHES),
      );
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.log('the server stopped unexpectedly: restarting it');
    // The first crash of a series is told; the next ones in the window only logged.
    if (this.crashes.length === 1) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The Déroulé server stopped unexpectedly and was restarted.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
