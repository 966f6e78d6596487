/**
 * `npm run docs:rules`: rewrites docs/rules.md's table of codes and the whole of
 * docs/rules.fr.md from the rule registry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRulesTable } from './rulesTable';
import { rulesPageFr } from './rulesPageFr';

function rewrite(file: string, make: (before: string) => string): void {
  const path = join(process.cwd(), file);
  let before = '';
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    // a page made whole (rules.fr.md) may not exist yet
  }
  const after = make(before);
  if (after === before) {
    console.log(`${file}: up to date`);
  } else {
    writeFileSync(path, after);
    console.log(`${file}: rewritten from the rule registry`);
  }
}

rewrite('docs/rules.md', withRulesTable);
rewrite('docs/rules.fr.md', () => rulesPageFr());
