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

/** The file's content cannot be exported as it is (exit code 1, like errors found by check): one line per problem. */
export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new IoError(`cannot read '${path}': ${reason(e)}`);
    }
    if (stat.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return [...new Set(out)];
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new IoError(`cannot read '${dir}': ${reason(e)}`);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(full, out);
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
    default:
      return (e as Error)?.message ?? String(e);
  }
}
