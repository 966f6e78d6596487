/** The language status item: Déroulé is running, and how to reach its settings. */
import * as vscode from 'vscode';

export function createStatus(isRunning: () => boolean): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('deroule.status', [{ language: 'deroule-programme' }, { language: 'deroule-mission' }]);
  item.name = 'Déroulé';
  item.text = vscode.l10n.t('Déroulé: starting…');
  item.command = { command: 'workbench.action.openSettings', title: vscode.l10n.t('Settings'), arguments: ['deroule'] };
  const update = () => {
    const running = isRunning();
    item.text = running ? vscode.l10n.t('Déroulé: checking as you type') : vscode.l10n.t('Déroulé: stopped');
    item.severity = running ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
  };
  const timer = setInterval(update, 1000);
  update();
  return new vscode.Disposable(() => {
    clearInterval(timer);
    item.dispose();
  });
}
