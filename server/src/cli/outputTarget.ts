/**
 * Where `deroule export -o OUT` and `deroule import -o OUT` send their result, and what they
 * refuse to write over. Decided before the work, for a quick answer, and again just before
 * the write, since the folder may have changed meanwhile.
 */
import { accessSync, constants, lstatSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { CliText } from './cliMessages';
import { IoError, reason } from './collectFiles';

export type OutputTarget =
  /** No `-o`, `-o -` or `-o /dev/stdout`: the caller prints the result. */
  | { kind: 'stdout' }
  /** `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: written to that open descriptor, where it stands. */
  | { kind: 'descriptor'; fd: number }
  /** Something that exists and is neither a regular file nor a folder (`/dev/null`, a FIFO): written to, never replaced. */
  | { kind: 'device'; path: string }
  /** A file, new or (with `--force`) replaced whole; `existing` is what is there now, if anything. */
  | { kind: 'file'; path: string; existing?: Stats };

export const existsMessage = (shown: string): CliText => (m) => m.exists(shown);

/**
 * @param out `-o` as given (undefined without it), resolved against `cwd`.
 * @param source the file being exported or imported: never an output, whatever names it.
 */
export function outputTarget(out: string | undefined, cwd: string, source: string, force: boolean): OutputTarget {
  if (out === undefined || out === '-') return { kind: 'stdout' };
  const path = resolve(cwd, out);
  const fd = descriptorOf(path);
  if (fd === 1) return { kind: 'stdout' };
  if (fd !== undefined) return { kind: 'descriptor', fd };
  // Following links: a symbolic link to the source, or another hard link of it, is the source.
  const target = statOrUndefined(path, statSync, out);
  const sourceStat = statOrUndefined(source, statSync, out);
  if (path === resolve(source) || (target && sourceStat && target.dev === sourceStat.dev && target.ino === sourceStat.ino)) {
    throw new IoError((m) => m.outputIsInput(out));
  }
  if (target?.isDirectory()) throw new IoError((m) => m.cannotWrite(out, m.reasons.EISDIR));
  if (target && !target.isFile()) return { kind: 'device', path };
  // Not following links: a link, even a dangling one, is something that exists.
  const existing = statOrUndefined(path, lstatSync, out);
  if (!existing) return { kind: 'file', path };
  if (!force) throw new IoError(existsMessage(out));
  if (existing.isFile() && readOnly(path, existing)) throw new IoError((m) => m.readOnly(out));
  return { kind: 'file', path, existing };
}

/** The descriptor a `/dev` or `/proc` name stands for; those names cannot be replaced by a file. */
function descriptorOf(path: string): number | undefined {
  if (process.platform === 'win32') return undefined;
  if (path === '/dev/stdout') return 1;
  if (path === '/dev/stderr') return 2;
  const fd = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(path)?.[1];
  return fd === undefined ? undefined : Number(fd);
}

function statOrUndefined(path: string, stat: (p: string) => Stats, shown: string): Stats | undefined {
  try {
    return stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return undefined;
    throw new IoError((m) => m.cannotWrite(shown, reason(e)(m)));
  }
}

/**
 * Replacing a file needs write access to its folder, not to the file: a file the user made
 * read-only would be replaced silently. The mode is read explicitly (as root, access()
 * grants everything) and access() covers a file of another user.
 */
function readOnly(path: string, stat: Stats): boolean {
  if ((stat.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}
