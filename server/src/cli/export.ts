/** `deroule export --to html|md|docx|ics [-o OUT] [--for participants|team] [--per-day] [--force] FILE` */
import { basename, dirname, resolve } from 'node:path';
import { AUDIENCES, createLanguageService, fileUri, resolveSettings, type Audience, type Language } from '../core';
import { decodeUtf8, ExportError, exportFormats, notUtf8Diagnostic, UnreadableDatesError, type ExportFormat } from '../core';
import { cliMessages } from './cliMessages';
import { ContentError, IoError, reason, UsageError } from './collectFiles';
import { cliLocation, splitLines } from './formatters/location';
import { outputTarget } from './outputTarget';
import { escapeControls } from './escape';
import { writeOutput } from './writeOutput';
import { maxFileBytes, readRegularFile } from '../node/regularFile';
import { DiskFiles } from './nodeFiles';
import { ProjectConfigs } from './projectConfigs';

export interface ExportCommand {
  file: string;
  to: string;
  out?: string;
  /** `participants` or `team` (FORMAT.md 7.3); checked here. */
  for: string;
  perDay: boolean;
  force: boolean;
  cwd: string;
  /** Language of the messages about the file itself (default English). */
  language?: Language;
}

export async function runExport(cmd: ExportCommand): Promise<{ stdout: string | Uint8Array; message: string }> {
  if (!exportFormats.includes(cmd.to as ExportFormat)) throw new UsageError((m) => m.toValue(cmd.to));
  const format = cmd.to as ExportFormat;
  if (!AUDIENCES.includes(cmd.for as Audience)) throw new UsageError((m) => m.forValue(cmd.for));
  const path = resolve(cmd.cwd, cmd.file);
  const maxBytes = maxFileBytes(resolveSettings().maxTextLength);
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(path, maxBytes);
  } catch (e) {
    throw new IoError((m) => m.cannotRead(cmd.file, reason(e)(m)));
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.invalid) {
    // Exporting text whose accents became U+FFFD would hand participants a broken document.
    const d = notUtf8Diagnostic(fileUri(path), { ...decoded, invalid: decoded.invalid }, { language: cmd.language ?? 'en' });
    const { line, character } = decoded.invalid.position;
    throw new IoError((m) => m.cannotExport(cmd.file, `${line + 1}:${character + 1}: ${d?.message ?? m.notUtf8}`));
  }
  const text = decoded.text;
  if (format === 'docx' && !cmd.out) throw new UsageError((m) => m.docxNeedsOut);
  // Checked before the work, for a quick answer; writeOutput checks again as it writes.
  const target = outputTarget(cmd.out, cmd.cwd, path, cmd.force);
  // A mission's programmes are read inside its project root (FORMAT.md §8), from any working directory.
  const projects = new ProjectConfigs({ cwd: cmd.cwd, language: cmd.language ?? 'en', languageFromFlag: true });
  const files = new DiskFiles([cmd.cwd, dirname(path)].map(fileUri), maxBytes, (uri) => projects.rootOf(uri));
  const uri = fileUri(path);
  // The language of the messages of a refused export (English unless asked).
  const service = createLanguageService({ workspace: files, settings: { language: cmd.language ?? 'en' } });
  let result: string | Uint8Array;
  try {
    result = await service.export({ uri, text }, format, {
      for: cmd.for as Audience,
      perDay: cmd.perDay,
      uidBase: basename(path).replace(/\.(programme|mission)\.ya?ml$/, ''),
    });
  } catch (e) {
    if (e instanceof UnreadableDatesError) {
      // Exit 1 and nothing written: a calendar or a document without that day would look complete.
      const lines = splitLines(text);
      throw new ContentError(
        e.dates.map((d) => {
          const at = cliLocation(d, lines);
          return cliMessages(cmd.language ?? 'en').cannotExport(cmd.file, `${at.line}:${at.column}: ${d.message}`);
        }),
      );
    }
    if (e instanceof ExportError) throw new IoError((m) => m.cannotExport(cmd.file, e.message));
    throw e;
  }
  if (target.kind === 'stdout') return { stdout: result, message: '' };
  writeOutput(cmd.cwd, cmd.out!, path, result, cmd.force);
  return { stdout: '', message: `${escapeControls(cmd.out!)}\n` };
}
