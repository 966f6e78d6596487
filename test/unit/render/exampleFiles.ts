/**
 * Every example and template, read from disk and exported as `deroule export` does (a
 * service whose files are the disk's, so a mission sees the programmes it links).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService, type LanguageService, type SourceText } from '../../../server/src/core';

export const ROOT = resolve(__dirname, '../../../..');

/** examples/**, templates/*: every programme and mission, relative to the repository, sorted. */
export function exampleFiles(): string[] {
  const examples = readdirSync(join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' }).map((f) => join('examples', f));
  const templates = readdirSync(join(ROOT, 'templates')).map((f) => join('templates', f));
  return [...examples, ...templates].filter((f) => /\.(programme|mission)\.ya?ml$/.test(f)).sort();
}

/** The service the CLI makes: files read from disk. */
export function diskService(): LanguageService {
  return createLanguageService({
    workspace: {
      readFile: (uri) => {
        try {
          return readFileSync(new URL(uri), 'utf8');
        } catch {
          return undefined;
        }
      },
    },
    settings: { language: 'fr' },
  });
}

export const sourceOf = (file: string): SourceText => ({ uri: pathToFileURL(join(ROOT, file)).href, text: readFileSync(join(ROOT, file), 'utf8') });
