/** Turns the paths given on the command line into the list of files to check. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDerouleFile } from '../core';
import { cliMessages, type CliText } from './cliMessages';
import { RefusedFile } from '../node/regularFile';
import { realPath, type WorkspaceRoots } from '../node/workspaceRoots';

/** Folders never searched: dependencies and version control. */
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

/** An error of the command line, worded in the run's language when printed (`cliMessages.ts`). */
class CliError extends Error {
  constructor(readonly text: CliText) {
    super(text(cliMessages('en')));
  }
}

/** The command line was wrong: the message is followed by the usage. */
export class UsageError extends CliError {}

/** A file or folder could not be read: one line, no usage. */
export class IoError extends CliError {}

/** The file's content cannot be exported as it is (exit code 1, like errors found by check): one line per problem. */
export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/**
 * The files to check, each once: a file given twice, or reached again through a symbolic
 * link, is the same file (by real path) and would otherwise be double-booked with itself.
 * @param onUnreadable called for a folder found (or named) that cannot be listed; without
 *   it, such a folder is an IoError. A named path that does not exist always is one.
 */
export function collectFiles(paths: string[], roots: WorkspaceRoots, onUnreadable?: (path: string, error: unknown) => void): string[] {
  const out = new Map<string, string>();
  const add = (path: string) => {
    const real = realPath(path) ?? path;
    if (!out.has(real)) out.set(real, path);
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new IoError((m) => m.cannotRead(path, reason(e)(m)));
    }
    if (stat.isDirectory()) walk(path, roots, add, onUnreadable);
    else add(path);
  }
  return [...out.values()];
}

function walk(dir: string, roots: WorkspaceRoots, add: (path: string) => void, onUnreadable?: (path: string, error: unknown) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if (!onUnreadable) throw new IoError((m) => m.cannotRead(dir, reason(e)(m)));
    return onUnreadable(dir, e);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(full, roots, add, onUnreadable);
    } else if (isDerouleFile(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && linksInside(full, roots)))) add(full);
  }
}

/**
 * A symbolic link found in a folder is checked like any file when it leads to a regular
 * file inside the roots; one that leads outside is never read. Linked folders are not
 * followed (a link to a parent would loop).
 */
function linksInside(path: string, roots: WorkspaceRoots): boolean {
  const real = realPath(path);
  if (real === undefined || !roots.containsReal(real)) return false;
  try {
    return statSync(real).isFile();
  } catch {
    return false;
  }
}

export function reason(e: unknown): CliText {
  const code = (e as { code?: string })?.code;
  if (e instanceof RefusedFile && code === 'TOO_LARGE' && e.maxBytes !== undefined) return (m) => m.tooLarge(e.maxBytes!);
  switch (code) {
    case 'ENOENT':
    case 'EISDIR':
    case 'ENAMETOOLONG':
    case 'NOT_REGULAR':
      return (m) => m.reasons[code];
    case 'EACCES':
    case 'EPERM':
      return (m) => m.reasons.EACCES;
    default:
      return () => (e as Error)?.message ?? String(e);
  }
}
