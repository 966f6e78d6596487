/** The one way `deroule export` and `deroule import` write their `-o` file. */
import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoError, reason } from './collectFiles';

export const existsMessage = (shown: string) => `'${shown}' already exists: use --force to overwrite it`;

/**
 * Writes `data` to `path`. Without `force`, the file is created exclusively (O_EXCL): an
 * existing file, or a link, even a dangling one, is never written through, even if it
 * appeared after the caller's first check. With `force`, the data goes to a temporary file
 * beside it that is then renamed over it, so a failed write leaves the old file whole.
 */
export function writeOutput(path: string, shown: string, data: string | Uint8Array, force: boolean): void {
  try {
    if (!force) {
      writeFileSync(path, data, { flag: 'wx' });
      return;
    }
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.deroule-tmp`);
    try {
      writeFileSync(temporary, data, { flag: 'wx' });
      renameSync(temporary, path);
    } catch (e) {
      rmSync(temporary, { force: true });
      throw e;
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'EEXIST' && !force) throw new IoError(existsMessage(shown));
    throw new IoError(`cannot write '${shown}': ${reason(e)}`);
  }
}

/** Whether anything is at `path`, a dangling link included (existsSync follows links). */
export function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
