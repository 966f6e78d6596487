/** The CLI's file access: the disk, with the texts being checked taking precedence. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { insideFolders, type FileSystem } from '../core';

export class DiskFiles implements FileSystem {
  private readonly overlay = new Map<string, string>();

  /** @param roots folders (file URIs) whose files may be read; the others never are. */
  constructor(private readonly roots: string[] = []) {}

  allows(uri: string): boolean {
    return insideFolders(uri, this.roots);
  }

  set(uri: string, text: string): void {
    this.overlay.set(uri, text);
  }

  readFile(uri: string): string | undefined {
    const known = this.overlay.get(uri);
    if (known !== undefined) return known;
    if (!uri.startsWith('file:') || !this.allows(uri)) return undefined;
    try {
      return readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  }
}
