/** `deroule check [--format text|json|sarif] [--lang fr|en] PATH...` */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, type Language } from '../core';
import { collectFiles, IoError, reason, UsageError } from './collectFiles';
import { formatJson } from './formatters/json';
import type { CheckedFile } from './formatters/report';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { DiskFiles } from './nodeFiles';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  paths: string[];
  format: OutputFormat;
  language: Language;
  version: string;
  cwd: string;
}

export interface CheckResult {
  output: string;
  /** Internal errors, one line each, for stderr. */
  errors: string[];
  exitCode: 0 | 1 | 2;
}

export function runCheck(options: CheckOptions): CheckResult {
  if (options.paths.length === 0) throw new UsageError('check needs at least one file or folder');
  const paths = collectFiles(options.paths.map((p) => resolve(options.cwd, p)));
  // What a mission may make the checker read: the working directory and what was named.
  const files = new DiskFiles([options.cwd, ...options.paths.map((p) => resolve(options.cwd, p))].map((p) => pathToFileURL(p).href));
  const sources = paths.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new IoError(`cannot read '${display(path, options.cwd)}': ${reason(e)}`);
    }
    const uri = pathToFileURL(path).href;
    files.set(uri, text);
    return { uri, text, path };
  });
  const service = createLanguageService({ files, settings: { language: options.language } });
  const failures: string[] = [];
  const results = service.checkSet(sources, (uri, e) => {
    const path = sources.find((s) => s.uri === uri)?.path ?? uri;
    failures.push(`deroule: internal error while checking '${display(path, options.cwd)}': ${(e as Error)?.stack ?? String(e)}`);
  });
  const checked: CheckedFile[] = sources.map((s) => ({ path: display(s.path, options.cwd), text: s.text, diagnostics: results.get(s.uri) ?? [] }));
  const output =
    options.format === 'json'
      ? formatJson(checked)
      : options.format === 'sarif'
        ? formatSarif(checked, options.language, options.version)
        : formatText(checked, options.language);
  const failed = checked.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
  // A checker bug on one file still reports every other file, and fails the run.
  return { output, errors: failures, exitCode: failures.length ? 2 : failed ? 1 : 0 };
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
}
