/** Turns the paths given on the command line into the list of files to check. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDerouleFile } from '../core';

/** Folders never searched: dependencies and version control. */
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

/** The command line was wrong: the message is followed by the usage. */
export class UsageError extends Error {}

/** A file or folder could not be read: one line, no usage. */
export class IoError extends Error {}

/**
 * @param onUnreadable called for a folder found (or named) that cannot be listed; without
 *   it, such a folder is an IoError. A named path that does not exist always is one.
 */
export function collectFiles(paths: string[], onUnreadable?: (path: string, error: unknown) => void): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new IoError(`cannot read '${path}': ${reason(e)}`);
    }
    if (stat.isDirectory()) walk(path, out, onUnreadable);
    else out.push(path);
  }
  return [...new Set(out)];
}

function walk(dir: string, out: string[], onUnreadable?: (path: string, error: unknown) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if (!onUnreadable) throw new IoError(`cannot read '${dir}': ${reason(e)}`);
    return onUnreadable(dir, e);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(full, out, onUnreadable);
    } else if (entry.isFile() && isDerouleFile(entry.name)) out.push(full);
  }
}

export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
