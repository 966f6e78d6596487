/** The README's example and its output stay true: the example is run through the built CLI. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from './runCli';


test('the README example prints what the README says', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
  const block = /```\n\$ deroule (check [^\n]*)\n([\s\S]*?)```/.exec(readme)!;
  const args = block[1]!.split(' ');
  const dir = mkdtempSync(join(tmpdir(), 'deroule-readme-'));
  writeFileSync(join(dir, args[args.length - 1]!), yaml);
  const r = runCli(args, dir);
  assert.equal(r.stdout, block[2]);
});
