/** `deroule export --to html|md|docx|ics [-o OUT] [--with-notes] [--per-day] [--force] FILE` */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../core';
import { ExportError, exportDocument, exportFormats, type ExportFormat } from '../core/export';
import { IoError, reason, UsageError } from './collectFiles';
import { existsMessage, present, writeOutput } from './writeOutput';
import { DiskFiles } from './nodeFiles';

export interface ExportCommand {
  file: string;
  to: string;
  out?: string;
  withNotes: boolean;
  perDay: boolean;
  force: boolean;
  cwd: string;
}

export async function runExport(cmd: ExportCommand): Promise<{ stdout: string | Uint8Array; message: string }> {
  if (!exportFormats.includes(cmd.to as ExportFormat)) throw new UsageError(`--to must be html, md, docx or ics, not '${cmd.to}'`);
  const format = cmd.to as ExportFormat;
  const path = resolve(cmd.cwd, cmd.file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new IoError(`cannot read '${cmd.file}': ${reason(e)}`);
  }
  if (format === 'docx' && !cmd.out) throw new UsageError('a Word document is binary: give the output file with -o');
  const out = cmd.out ? resolve(cmd.cwd, cmd.out) : undefined;
  // Checked before the work, for a quick answer; writeOutput checks again as it creates the file.
  if (out && !cmd.force && present(out)) throw new IoError(existsMessage(cmd.out!));
  const files = new DiskFiles([cmd.cwd, dirname(path)].map((p) => pathToFileURL(p).href));
  const uri = pathToFileURL(path).href;
  const service = createLanguageService({ files });
  const analysis = service.analyse(uri, text);
  let result: string | Uint8Array;
  try {
    result = await exportDocument(analysis, format, {
      withNotes: cmd.withNotes,
      perDay: cmd.perDay,
      uidBase: basename(path).replace(/\.(programme|mission)\.ya?ml$/, ''),
      linked: (path) => service.linked(uri, path),
    });
  } catch (e) {
    if (e instanceof ExportError) throw new IoError(`cannot export '${cmd.file}': ${e.message}`);
    throw e;
  }
  if (!out) return { stdout: result, message: '' };
  writeOutput(out, cmd.out!, result, cmd.force);
  return { stdout: '', message: `${cmd.out}\n` };
}
