/**
 * A file's project (FORMAT.md §8), shared by the CLI and the language server: its
 * configuration is the nearest `.deroule.yaml` in its folder or above; its root, the
 * nearest folder above it that holds `.deroule.yaml` or `.git`. The host gives the
 * fallback root (the CLI's working directory or the file's folder; VS Code's workspace
 * folder) and the folder the search never goes above (VS Code's workspace folder).
 */
import { lstatSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { CONFIG_FILE_NAME } from '../core';

export interface Project {
  /** The folder whose files the file's links may reach (a path). */
  root: string;
  /** The `.deroule.yaml` that governs the file (a path), if any. */
  config: string | undefined;
}

export interface FindOptions {
  /** The root when no folder above holds `.deroule.yaml` or `.git`. */
  fallback: string;
  /** A folder the search does not go above (it is searched itself). */
  top?: string;
}

/** Finds projects on the disk, remembering what each folder holds until `clear()`. */
export class ProjectFinder {
  private readonly entries = new Map<string, boolean>();

  find(file: string, options: FindOptions): Project {
    let root: string | undefined;
    let config: string | undefined;
    let dir = dirname(file);
    for (;;) {
      if (config === undefined && this.has(dir, CONFIG_FILE_NAME, true)) config = join(dir, CONFIG_FILE_NAME);
      if (root === undefined && (config !== undefined || this.has(dir, '.git', false))) root = dir;
      if ((root !== undefined && config !== undefined) || (options.top !== undefined && sameOrAbove(dir, options.top))) break;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return { root: root ?? options.fallback, config };
  }

  /** Forget what was seen: a `.deroule.yaml` or `.git` was created or deleted. */
  clear(): void {
    this.entries.clear();
  }

  /** Whether `dir` holds `name` (a regular file when `file`; anything for `.git`, a folder or a worktree's file). */
  private has(dir: string, name: string, file: boolean): boolean {
    const key = `${dir}${sep}${name}`;
    let found = this.entries.get(key);
    if (found === undefined) {
      try {
        const stat = lstatSync(key);
        found = file ? stat.isFile() || stat.isSymbolicLink() : true;
      } catch {
        found = false;
      }
      this.entries.set(key, found);
    }
    return found;
  }
}

/** Whether `dir` is `top` or a folder above it (the search has reached the top). */
function sameOrAbove(dir: string, top: string): boolean {
  return insidePath(top, dir);
}

/** Whether `path` is `folder` or inside it (paths as written). */
export function insidePath(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}
