/** `deroule import [-o OUT] [--force] FILE`: a programme written as text, Markdown or Word → YAML. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { IoError, reason } from './collectFiles';

export interface ImportCommand {
  file: string;
  out?: string;
  force: boolean;
  cwd: string;
}

export async function runImport(cmd: ImportCommand): Promise<{ stdout: string; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(cmd.cwd, cmd.file));
  } catch (e) {
    throw new IoError(`cannot read '${cmd.file}': ${reason(e)}`);
  }
  const out = cmd.out ? resolve(cmd.cwd, cmd.out) : undefined;
  if (out && existsSync(out) && !cmd.force) throw new IoError(`'${cmd.out}' already exists: use --force to overwrite it`);
  let result;
  try {
    // The importer is a bundle of its own, loaded on first use (see esbuild.mjs).
    const { importFile } = await import('../core/import/index.js');
    result = await importFile(bytes, cmd.file);
  } catch (e) {
    throw new IoError(`cannot import '${cmd.file}': ${(e as Error)?.message ?? String(e)}`);
  }
  const summary = `${result.slots} slot${result.slots === 1 ? '' : 's'}${result.unplaced ? `, ${result.unplaced} line${result.unplaced === 1 ? '' : 's'} kept as not understood` : ''}`;
  if (!out) return { stdout: result.yaml, message: `${summary}\n` };
  try {
    writeFileSync(out, result.yaml);
  } catch (e) {
    throw new IoError(`cannot write '${cmd.out}': ${reason(e)}`);
  }
  return { stdout: '', message: `${cmd.out}: ${summary}\n` };
}
