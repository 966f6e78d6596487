/** `npm run docs:rules`: rewrites docs/rules.md's table of codes from the rule registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRulesTable } from './rulesTable';

const path = join(process.cwd(), 'docs/rules.md');
const before = readFileSync(path, 'utf8');
const after = withRulesTable(before);
if (after === before) {
  console.log('docs/rules.md: the table of codes is up to date');
} else {
  writeFileSync(path, after);
  console.log('docs/rules.md: the table of codes was rewritten from the rule registry');
}
