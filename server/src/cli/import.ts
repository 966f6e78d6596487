/** `deroule import [-o OUT] [--force] FILE`: a programme written as text, Markdown or Word → YAML. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPORT_LIMITS, ImportRefused, refusalMessage } from '../core';
import { guardedImport } from '../importRunner/guardedImport';
import { readRegularFile } from '../node/regularFile';
import { IoError, reason } from './collectFiles';
import { outputTarget } from './outputTarget';
import { escapeControls } from './escape';
import { writeOutput } from './writeOutput';

export interface ImportCommand {
  file: string;
  out?: string;
  force: boolean;
  cwd: string;
}

export async function runImport(cmd: ImportCommand): Promise<{ stdout: string; message: string }> {
  const path = resolve(cmd.cwd, cmd.file);
  let bytes: Uint8Array;
  try {
    // A file past the bound is refused without being read; stat does not open a FIFO.
    const { size } = statSync(path);
    if (size > IMPORT_LIMITS.fileBytes) throw new ImportRefused({ reason: 'fileSize', bytes: size });
    bytes = readRegularFile(path, IMPORT_LIMITS.fileBytes);
  } catch (e) {
    if (e instanceof ImportRefused) throw new IoError((m) => m.cannotImport(cmd.file, refusalMessage(e.refusal, m.language)));
    throw new IoError((m) => m.cannotRead(cmd.file, reason(e)(m)));
  }
  // Checked before the work, for a quick answer; writeOutput checks again as it writes.
  const target = outputTarget(cmd.out, cmd.cwd, path, cmd.force);
  let result;
  try {
    // In a worker thread with memory and time limits (importRunner/guardedImport.ts).
    result = await guardedImport(bytes, cmd.file);
  } catch (e) {
    throw new IoError((m) => m.cannotImport(cmd.file, (e as Error)?.message ?? String(e)));
  }
  const summary = `${result.slots} slot${result.slots === 1 ? '' : 's'}${result.unplaced ? `, ${result.unplaced} line${result.unplaced === 1 ? '' : 's'} kept as not understood` : ''}`;
  if (target.kind === 'stdout') return { stdout: result.yaml, message: `${summary}\n` };
  writeOutput(cmd.cwd, cmd.out!, path, result.yaml, cmd.force);
  return { stdout: '', message: `${escapeControls(cmd.out!)}: ${summary}\n` };
}
