/** The language client's options, the same under Node and in the browser. */
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import type { InitializationOptions } from '../../common/protocol';
import { CrashHandler } from './crashHandler';
import type { RuleHelp } from './ruleHelp';

export function clientOptions(outputChannel: vscode.LogOutputChannel, ruleHelp: RuleHelp, extra: Partial<InitializationOptions> = {}): LanguageClientOptions {
  const initializationOptions: InitializationOptions = { locale: vscode.env.language, ...extra };
  return {
    // A project's `.deroule.yaml` stays a plain YAML file (its highlighting, other YAML tools)
    // and gets Déroulé's completion, hover and diagnostics by its name (FORMAT.md §8).
    documentSelector: [{ language: 'deroule-programme' }, { language: 'deroule-mission' }, { pattern: '**/.deroule.yaml' }],
    initializationOptions,
    synchronize: { configurationSection: 'deroule' },
    outputChannel,
    errorHandler: new CrashHandler((line) => outputChannel.warn(line)),
    // Each code's link opens its section of the shipped rules page (ruleHelp.ts), pushed or pulled.
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, ruleHelp.atHeadings(diagnostics)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) ruleHelp.atHeadings(report.items);
        return report;
      },
    },
  };
}
