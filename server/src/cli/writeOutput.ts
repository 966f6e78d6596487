/**
 * The one way `deroule export` and `deroule import` write their `-o` file: whole or not at
 * all. The data goes to a temporary file beside the target, which takes the target's name
 * only once complete and flushed: a full disk, a file size limit or a kill leaves no
 * truncated target behind for the next run to refuse.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CliText } from './cliMessages';
import { IoError, reason } from './collectFiles';
import { existsMessage, outputTarget } from './outputTarget';

/**
 * Writes `data` to `-o OUT` (`shown`: OUT as the user wrote it; `source`: the input file).
 * Without `force` the complete file is hard-linked to the target name, which fails if
 * anything appeared there meanwhile (EEXIST, atomically): nothing existing is ever replaced.
 * With `force` it is renamed over the target, which keeps the old file whole until then,
 * and takes the replaced file's mode (and owner, where allowed).
 */
export function writeOutput(cwd: string, shown: string, source: string, data: string | Uint8Array, force: boolean): void {
  // Again now: what is at the target may have changed during the work.
  const target = outputTarget(shown, cwd, source, force);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    if (target.kind === 'descriptor') return writeAll(target.fd, bytes);
    if (target.kind === 'device') return writeDevice(target.path, bytes);
    if (target.kind === 'stdout') throw new Error('standard output is printed by the caller');
    const temporary = writeTemporary(target.path, bytes, target.existing?.isFile() ? target.existing : undefined);
    try {
      if (force) renameSync(temporary, target.path);
      else publishExclusively(temporary, target.path);
    } finally {
      rmSync(temporary, { force: true });
    }
  } catch (e) {
    if (e instanceof IoError) throw e;
    if ((e as NodeJS.ErrnoException)?.code === 'EEXIST' && !force) throw new IoError(existsMessage(shown));
    throw new IoError((m) => m.cannotWrite(shown, writeReason(e)(m)));
  }
}

/** The complete data in a new temporary file beside `path`, flushed; removed if anything fails. */
function writeTemporary(path: string, bytes: Uint8Array, replaced: { mode: number; uid: number; gid: number } | undefined): string {
  const prefix = temporaryPrefix(path);
  removeAbandoned(dirname(path), prefix);
  const temporary = join(dirname(path), `${prefix}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', replaced ? 0o600 : 0o666);
  let complete = false;
  try {
    writeAll(fd, bytes);
    if (replaced) keepOwnerAndMode(fd, replaced);
    fsyncSync(fd);
    complete = true;
  } finally {
    closeSync(fd);
    if (!complete) rmSync(temporary, { force: true });
  }
  return temporary;
}

/** The replaced file's mode, and its owner where allowed (only root may give a file away). */
function keepOwnerAndMode(fd: number, replaced: { mode: number; uid: number; gid: number }): void {
  if (process.getuid && (replaced.uid !== process.getuid() || replaced.gid !== process.getgid?.())) {
    try {
      fchownSync(fd, replaced.uid, replaced.gid);
    } catch {
      // Not root: the new file is the user's own, as any file they write.
    }
  }
  fchmodSync(fd, replaced.mode & 0o7777);
}

/**
 * Gives the complete file the target's name unless something is there. A file system
 * without hard links (FAT, some network shares) gets an exclusive copy instead: still never
 * over an existing file, and removed if the copy fails.
 */
function publishExclusively(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EMLINK') throw e;
    try {
      copyFileSync(temporary, path, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException)?.code !== 'EEXIST') rmSync(path, { force: true });
      throw copyError;
    }
  }
}

/** `/dev/null`, a FIFO, a terminal: opened for writing as they are (no creation, no truncation). */
function writeDevice(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, constants.O_WRONLY | (constants.O_NOCTTY ?? 0));
  try {
    writeAll(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      // A pipe opened non-blocking by the process on the other end: wait for it to drain.
      if ((e as NodeJS.ErrnoException)?.code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** Short enough that the temporary name stays under the usual 255-byte limit. */
function temporaryPrefix(path: string): string {
  return `.${Array.from(basename(path)).slice(0, 40).join('')}.deroule-`;
}

/**
 * A run killed mid-write (kill -9, power cut) cannot remove its temporary file: the next
 * write of the same target removes those of runs that are no longer alive.
 */
function removeAbandoned(folder: string, prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // the write itself will say why the folder is unusable
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)-[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (pid !== undefined && !alive(Number(pid))) rmSync(join(folder, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException)?.code === 'EPERM';
  }
}

function writeReason(e: unknown): CliText {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
    case 'EROFS':
      return (m) => m.reasons[code];
    default:
      return reason(e);
  }
}
