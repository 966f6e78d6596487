/** `deroule import [-o OUT] [--force] FILE`: a programme written as text, Markdown or Word → YAML. */
import { resolve } from 'node:path';
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

/**
 * The largest source read. A Word document carries its pictures, so this is far above the
 * size of a programme's text; it only keeps a FIFO, a device or a runaway file from hanging
 * the command or filling the memory.
 */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export async function runImport(cmd: ImportCommand): Promise<{ stdout: string; message: string }> {
  const path = resolve(cmd.cwd, cmd.file);
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(path, MAX_IMPORT_BYTES);
  } catch (e) {
    throw new IoError(`cannot read '${cmd.file}': ${reason(e)}`);
  }
  // Checked before the work, for a quick answer; writeOutput checks again as it writes.
  const target = outputTarget(cmd.out, cmd.cwd, path, cmd.force);
  let result;
  try {
    // The importer is a bundle of its own, loaded on first use (see esbuild.mjs).
    const { importFile } = await import('../core/import/index.js');
    result = await importFile(bytes, cmd.file);
  } catch (e) {
    throw new IoError(`cannot import '${cmd.file}': ${(e as Error)?.message ?? String(e)}`);
  }
  const summary = `${result.slots} slot${result.slots === 1 ? '' : 's'}${result.unplaced ? `, ${result.unplaced} line${result.unplaced === 1 ? '' : 's'} kept as not understood` : ''}`;
  if (target.kind === 'stdout') return { stdout: result.yaml, message: `${summary}\n` };
  writeOutput(cmd.cwd, cmd.out!, path, result.yaml, cmd.force);
  return { stdout: '', message: `${escapeControls(cmd.out!)}: ${summary}\n` };
}
