#!/usr/bin/env node
/**
 * `deroule`: the command line. It shares the core with the language server.
 *   deroule check [--format text|json|sarif] [--lang fr|en] [--config FILE] PATH...
 * Exit codes: 0 no error-severity diagnostic, 1 at least one, 2 usage or I/O error.
 */
import { parseArgs } from 'node:util';
import { runCheck, type OutputFormat } from './check';
import { runExport } from './export';
import { runImport } from './import';
import { cliMessages, type CliText } from './cliMessages';
import { ContentError, IoError, UsageError } from './collectFiles';
import { escapeControls } from './escape';
import { usage } from './usage';
import type { Language } from '../core';
import '../node/lazyBundles';

declare const DEROULE_VERSION: string;
const VERSION = typeof DEROULE_VERSION === 'string' ? DEROULE_VERSION : '0.0.0-dev';


export interface CliResult {
  stdout: string | Uint8Array;
  stderr: string;
  code: number;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return check(rest, env);
      case '--version':
      case '-v':
        return { stdout: `${VERSION}\n`, stderr: '', code: 0 };
      case '--help':
      case '-h':
      case 'help':
        return { stdout: `${usage(languageFromEnv(env))}\n`, stderr: '', code: 0 };
      case 'lsp':
        throw new UsageError((m) => m.lspNeedsStdio);
      case 'export':
        return await exportCommand(rest, env);
      case 'import':
        return await importCommand(rest, env);
      case undefined:
        throw new UsageError((m) => m.noCommand);
      default:
        throw new UsageError((m) => m.unknownCommand(command));
    }
  } catch (e) {
    // One line each, whatever a file name or an argument holds, in the run's language.
    const language = languageOfRun(rest, env);
    const m = cliMessages(language);
    if (e instanceof ContentError) return { stdout: '', stderr: e.lines.map((l) => `deroule: ${escapeControls(l)}\n`).join(''), code: 1 };
    if (e instanceof IoError) return { stdout: '', stderr: `deroule: ${escapeControls(e.text(m))}\n`, code: 2 };
    if (e instanceof UsageError) return { stdout: '', stderr: `deroule: ${escapeControls(e.text(m))}\n${usage(language)}\n`, code: 2 };
    const err = e as Error & { code?: string };
    const parseError = parseArgsError(err);
    if (parseError) return { stdout: '', stderr: `deroule: ${escapeControls(parseError(m))}\n${usage(language)}\n`, code: 2 };
    return { stdout: '', stderr: `deroule: internal error: ${err?.stack ?? String(e)}\n`, code: 2 };
  }
}

function check(args: string[], env: NodeJS.ProcessEnv) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'text' }, lang: { type: 'string' }, config: { type: 'string', short: 'c' } },
  });
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError((m) => m.formatValue(format));
  const language = values.lang ?? languageFromEnv(env);
  if (language !== 'fr' && language !== 'en') throw new UsageError((m) => m.langValue(language));
  const result = runCheck({
    paths: positionals,
    format: format as OutputFormat,
    language,
    languageFromFlag: values.lang !== undefined,
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    version: VERSION,
    cwd: process.cwd(),
  });
  return { stdout: result.output, stderr: [...result.warnings, ...result.errors].map((e) => `${e}\n`).join(''), code: result.exitCode };
}

async function exportCommand(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string', short: 't' },
      out: { type: 'string', short: 'o' },
      for: { type: 'string' },
      'with-notes': { type: 'boolean', default: false },
      'per-day': { type: 'boolean', default: false },
      force: { type: 'boolean', short: 'f', default: false },
    },
  });
  if (!values.to) throw new UsageError((m) => m.exportNeedsTo);
  if (positionals.length !== 1) throw new UsageError((m) => m.exportOneFile);
  const audience = values.for;
  if (audience !== undefined && values['with-notes'] && audience !== 'team') throw new UsageError((m) => m.withNotesIsForTeam(audience));
  const result = await runExport({
    file: positionals[0]!,
    to: values.to,
    ...(values.out ? { out: values.out } : {}),
    for: values.for ?? (values['with-notes'] ? 'team' : 'participants'),
    perDay: values['per-day'] ?? false,
    force: values.force ?? false,
    cwd: process.cwd(),
    language: languageFromEnv(env),
  });
  return { stdout: result.stdout, stderr: result.message, code: 0 };
}

async function importCommand(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f', default: false }, lang: { type: 'string' } },
  });
  const language = values.lang ?? languageFromEnv(env);
  if (language !== 'fr' && language !== 'en') throw new UsageError((m) => m.langValue(language));
  if (positionals.length !== 1) throw new UsageError((m) => m.importOneFile);
  const result = await runImport({ file: positionals[0]!, ...(values.out ? { out: values.out } : {}), force: values.force ?? false, cwd: process.cwd(), language });
  return { stdout: result.stdout, stderr: result.message, code: 0 };
}

/** The language of the run's own messages: `--lang` when given (and valid), else the locale's. */
function languageOfRun(args: string[], env: NodeJS.ProcessEnv): Language {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.slice('--lang='.length) : args[at + 1];
  return given === 'fr' || given === 'en' ? given : languageFromEnv(env);
}

/** Node's `parseArgs` errors, worded again: it says them in English only. */
function parseArgsError(err: Error & { code?: string }): CliText | undefined {
  const option = /'([^']+)'/.exec(err?.message ?? '')?.[1] ?? '';
  if (err?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return (m) => m.unknownOption(option);
  // "Option '-t, --to <value>' argument missing": the long name is what the user typed.
  if (err?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return (m) => m.optionNeedsValue(/--[\w-]+/.exec(option)?.[0] ?? option);
  return undefined;
}

/** French when the environment's locale is French, English otherwise. */
function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv[0] === 'lsp' && argv.includes('--stdio')) {
    // The language server speaks LSP on stdin/stdout, for any editor: nothing else may print.
    require('../lsp/main');
  } else {
    void main(argv).then(({ stdout, stderr, code }) => {
      if (stdout.length) process.stdout.write(stdout);
      if (stderr) process.stderr.write(stderr);
      process.exitCode = code;
    });
  }
}
