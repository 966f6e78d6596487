/** `deroule import [-o OUT] [--force] FILE`: a programme written as text, Markdown or Word → YAML. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { IMPORT_LIMITS, ImportRefused, refusalMessage } from '../core/import/limits';
import { guardedImport } from '../importRunner/guardedImport';
import { IoError, reason } from './collectFiles';
import { existsMessage, present, writeOutput } from './writeOutput';

export interface ImportCommand {
  file: string;
  out?: string;
  force: boolean;
  cwd: string;
}

export async function runImport(cmd: ImportCommand): Promise<{ stdout: string; message: string }> {
  let bytes: Uint8Array;
  try {
    const path = resolve(cmd.cwd, cmd.file);
    // A file past the bound is refused without being read.
    const { size } = statSync(path);
    if (size > IMPORT_LIMITS.fileBytes) throw new ImportRefused({ reason: 'fileSize', bytes: size });
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof ImportRefused) throw new IoError(`cannot import '${cmd.file}': ${refusalMessage(e.refusal, 'en')}`);
    throw new IoError(`cannot read '${cmd.file}': ${reason(e)}`);
  }
  const out = cmd.out ? resolve(cmd.cwd, cmd.out) : undefined;
  // Checked before the work, for a quick answer; writeOutput checks again as it creates the file.
  if (out && !cmd.force && present(out)) throw new IoError(existsMessage(cmd.out!));
  let result;
  try {
    // In a worker thread with memory and time limits (importRunner/guardedImport.ts).
    result = await guardedImport(bytes, cmd.file);
  } catch (e) {
    throw new IoError(`cannot import '${cmd.file}': ${(e as Error)?.message ?? String(e)}`);
  }
  const summary = `${result.slots} slot${result.slots === 1 ? '' : 's'}${result.unplaced ? `, ${result.unplaced} line${result.unplaced === 1 ? '' : 's'} kept as not understood` : ''}`;
  if (!out) return { stdout: result.yaml, message: `${summary}\n` };
  writeOutput(out, cmd.out!, result.yaml, cmd.force);
  return { stdout: '', message: `${cmd.out}: ${summary}\n` };
}
