/** The CLI's file access: the disk, with the texts being checked taking precedence. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileSystem } from '../core';

export class DiskFiles implements FileSystem {
  private readonly overlay = new Map<string, string>();

  set(uri: string, text: string): void {
    this.overlay.set(uri, text);
  }

  readFile(uri: string): string | undefined {
    const known = this.overlay.get(uri);
    if (known !== undefined) return known;
    if (!uri.startsWith('file:')) return undefined;
    try {
      return readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  }
}
