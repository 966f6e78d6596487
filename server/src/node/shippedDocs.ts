/**
 * Where the rules documentation is on this machine. The .vsix and the npm package ship
 * docs/rules.md and docs/rules.fr.md beside dist/ (see .vscodeignore and package.json
 * `files`), so a diagnostic's link and SARIF's `helpUri` name a file that exists: the
 * `file:` URI of that page, with the code's heading as its fragment. The folder is found
 * by walking up from this bundle (dist/ in the package, out/… in the tests).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES_DOC_FILES, ruleDocUrl, type Language } from '../core';

/** The docs/ folder that holds the rules pages, or undefined when this install has none. */
export function shippedDocsDir(from: string = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const docs = join(dir, 'docs');
    if (Object.values(RULES_DOC_FILES).every((file) => existsSync(join(docs, file)))) return docs;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

let cached: { dir: string | undefined } | undefined;

/** The `file:` URI of the shipped docs/ folder, or undefined when this install has none. */
export function shippedDocsUri(): string | undefined {
  cached ??= { dir: shippedDocsDir() };
  return cached.dir && pathToFileURL(cached.dir).href;
}

/** The link to a code's section of the shipped page, or undefined when no page is shipped. */
export function ruleHelpUri(code: Parameters<typeof ruleDocUrl>[0], language: Language): string | undefined {
  const dir = shippedDocsUri();
  return dir === undefined ? undefined : ruleDocUrl(code, language, dir);
}

/** The `file:` URI of the shipped README.md (SARIF's `informationUri`), if there is one. */
export function shippedReadmeUri(): string | undefined {
  cached ??= { dir: shippedDocsDir() };
  const readme = cached.dir && join(dirname(cached.dir), 'README.md');
  return readme && existsSync(readme) ? pathToFileURL(readme).href : undefined;
}
