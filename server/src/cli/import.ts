/**
 * `deroule import [-o OUT] [--force] [--lang fr|en] FILE`: a programme written as text,
 * Markdown, HTML, Word, LibreOffice or PDF → YAML, then a summary on stderr (what was
 * recognised, what was not, the check of the result; core/import/summary.ts).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLanguageService, IMPORT_LIMITS, ImportRefused, messagesFor, refusalMessage, type Language } from '../core';
import { IMPORT_EXTENSION_LIST, isImportable } from '../../../common/importFormats';
import { guardedImport } from '../importRunner/guardedImport';
import { readRegularFile } from '../node/regularFile';
import { verbatim } from './cliMessages';
import { IoError, reason } from './collectFiles';
import { outputTarget } from './outputTarget';
import { escapeControls } from './escape';
import { writeOutput } from './writeOutput';

export interface ImportCommand {
  file: string;
  out?: string;
  force: boolean;
  cwd: string;
  /** The language of the summary and of the errors. */
  language: Language;
}

export async function runImport(cmd: ImportCommand): Promise<{ stdout: string; message: string }> {
  const m = messagesFor(cmd.language).importShell;
  // Worded here, in the language of the import (its summary's).
  const refused = (why: string) => new IoError(verbatim(m.cannotImport(cmd.file, why)));
  // Before anything is read: an .rtf or a spreadsheet read as text would only give nonsense.
  if (!isImportable(cmd.file)) throw refused(m.notImportable(IMPORT_EXTENSION_LIST));
  const path = resolve(cmd.cwd, cmd.file);
  let bytes: Uint8Array;
  try {
    // A file past the bound is refused without being read; stat does not open a FIFO.
    const { size } = statSync(path);
    if (size > IMPORT_LIMITS.fileBytes) throw new ImportRefused({ reason: 'fileSize', bytes: size });
    bytes = readRegularFile(path, IMPORT_LIMITS.fileBytes);
  } catch (e) {
    if (e instanceof ImportRefused) throw refused(refusalMessage(e.refusal, cmd.language));
    throw new IoError((cm) => cm.cannotRead(cmd.file, reason(e)(cm)));
  }
  // Checked before the work, for a quick answer; writeOutput checks again as it writes.
  const target = outputTarget(cmd.out, cmd.cwd, path, cmd.force);
  let result;
  try {
    // In a worker thread with memory and time limits (importRunner/guardedImport.ts).
    result = await guardedImport(bytes, cmd.file);
  } catch (e) {
    const refusal = e instanceof ImportRefused ? e.refusal : undefined;
    throw refused(refusal ? refusalMessage(refusal, cmd.language) : ((e as Error)?.message ?? String(e)));
  }
  // The imported programme checked alone, as the editor shows it once opened.
  const summary = createLanguageService({ settings: { language: cmd.language } }).importSummary(result, cmd.language);
  const report = (first: string) => [first, ...summary.lines.map((l) => `  ${l}`)].map((l) => `${escapeControls(l)}\n`).join('');
  if (target.kind === 'stdout') return { stdout: result.yaml, message: report(summary.short) };
  writeOutput(cmd.cwd, cmd.out!, path, result.yaml, cmd.force);
  return { stdout: '', message: report(`${cmd.out!}: ${summary.short}`) };
}
