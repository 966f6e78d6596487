/** `deroule check [--format text|json|sarif] [--lang fr|en] PATH...` */
import { relative, resolve, sep } from 'node:path';
import { createLanguageService, fileUri, resolveSettings, type DerouleDiagnostic, type Language } from '../core';
import { decodeUtf8, notUtf8Diagnostic } from '../core';
import { cliMessages } from './cliMessages';
import { collectFiles, reason, UsageError } from './collectFiles';
import { formatJson } from './formatters/json';
import { escapeControls } from './escape';
import type { CheckedFile, UnreadableFile } from './formatters/report';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { maxFileBytes, readRegularFile } from '../node/regularFile';
import { WorkspaceRoots } from '../node/workspaceRoots';
import { DiskFiles } from './nodeFiles';
import { ProjectConfigs } from './projectConfigs';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  paths: string[];
  format: OutputFormat;
  language: Language;
  version: string;
  cwd: string;
  /** `--lang` was given: it wins over the `language` of the files' `.deroule.yaml`. */
  languageFromFlag?: boolean;
  /** `--config FILE`: the `.deroule.yaml` for every checked file, instead of each one's nearest. */
  configFile?: string;
}

export interface CheckResult {
  output: string;
  /** Internal errors, one line each, for stderr. */
  errors: string[];
  /** Problems in the `.deroule.yaml` files read, one line each, for stderr (the exit code does not change). */
  warnings: string[];
  exitCode: 0 | 1 | 2;
}

export function runCheck(options: CheckOptions): CheckResult {
  if (options.paths.length === 0) throw new UsageError((m) => m.checkNeedsPaths);
  // A file or folder that cannot be read (permission denied, vanished since it was listed) is
  // reported and the others are still checked; the run then exits 2, so CI notices.
  const unreadable: UnreadableFile[] = [];
  const cannotRead = (path: string, e: unknown) => unreadable.push({ path: display(path, options.cwd), reason: reason(e)(cliMessages(options.language)) });
  // What a mission (or a link in a folder) may make the checker read: the working
  // directory and what was named, by their real paths.
  const roots = [options.cwd, ...options.paths.map((p) => resolve(options.cwd, p))].map(fileUri);
  const paths = collectFiles(options.paths.map((p) => resolve(options.cwd, p)), new WorkspaceRoots(roots), cannotRead);
  const maxBytes = maxFileBytes(resolveSettings().maxTextLength);
  // Each file's project: its links are followed inside its root, its config sets its settings.
  const projects = new ProjectConfigs({
    cwd: options.cwd,
    language: options.language,
    languageFromFlag: options.languageFromFlag ?? false,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
  });
  const files = new DiskFiles(roots, maxBytes, (uri) => projects.rootOf(uri));
  // A file that is not UTF-8 gets one diagnostic where its first bad byte is, and is not analysed.
  const notUtf8 = new Map<string, DerouleDiagnostic>();
  const all = paths.flatMap((path) => {
    let bytes: Uint8Array;
    try {
      bytes = readRegularFile(path, maxBytes);
    } catch (e) {
      cannotRead(path, e);
      return [];
    }
    const decoded = decodeUtf8(bytes);
    const uri = fileUri(path);
    const bad = decoded.invalid && notUtf8Diagnostic(uri, { ...decoded, invalid: decoded.invalid }, { language: options.language });
    if (bad) notUtf8.set(uri, bad);
    else files.set(uri, decoded.text);
    return [{ uri, text: decoded.text, path }];
  });
  const sources = all.filter((s) => !notUtf8.has(s.uri));
  const service = createLanguageService({
    files,
    settings: { language: options.language },
    projectSettings: (uri) => projects.settingsFor(uri),
  });
  const failures: string[] = [];
  const results = service.checkSet(sources, (uri, e) => {
    const path = sources.find((s) => s.uri === uri)?.path ?? uri;
    failures.push(`deroule: internal error while checking '${escapeControls(display(path, options.cwd))}': ${(e as Error)?.stack ?? String(e)}`);
  });
  for (const [uri, d] of notUtf8) results.set(uri, [d]);
  const checked: CheckedFile[] = all.map((s) => ({ path: display(s.path, options.cwd), text: s.text, diagnostics: results.get(s.uri) ?? [] }));
  const output =
    options.format === 'json'
      ? formatJson(checked)
      : options.format === 'sarif'
        ? formatSarif(checked, options.language, options.version, unreadable, failures.length === 0)
        : formatText(checked, options.language, unreadable);
  const failed = checked.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
  const errors = [...unreadable.map((u) => `deroule: ${cliMessages(options.language).cannotRead(escapeControls(u.path), u.reason)}`), ...failures];
  // A checker bug or an unreadable file still reports every other file, and fails the run.
  return { output, errors, warnings: projects.warnings, exitCode: errors.length ? 2 : failed ? 1 : 0 };
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
}
