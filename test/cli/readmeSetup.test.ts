/**
 * The README's first set-up command ends with `npm run examples`: it checks examples/ and
 * exports the Poix-du-Nord atelier to the page the README names. Its two CLI commands are
 * run here as the script writes them, into a temporary folder instead of dist/examples/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from './runCli';

const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
const PAGE = 'dist/examples/atelier-territorial.html';

/** The `node dist/cli.js …` commands of the examples script, as argument lists. */
function cliCommands(script: string): string[][] {
  return script.split(' && ').filter(part => part.startsWith('node dist/cli.js ')).map(part => part.split(' ').slice(2));
}

test('the README says where the build puts the exported example, and the build script writes it there', () => {
  assert.match(scripts.build, /&& npm run examples$/);
  assert.ok(scripts.examples.includes(`-o ${PAGE} `));
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const setup = /## Set-up\n([\s\S]*?)\n## /.exec(readme)![1]!;
  assert.ok(setup.includes(`npm ci && npm run build`));
  assert.ok(setup.includes(PAGE), `the set-up section does not name ${PAGE}`);
});

test('the examples check without an error, and the atelier exports to a whole page, again on a second run', () => {
  const [check, exportCommand] = cliCommands(scripts.examples);
  assert.deepEqual(check, ['check', 'examples']);
  const checked = runCli(check!, ROOT, { LANG: 'C' });
  assert.equal(checked.code, 0, checked.stderr);
  assert.match(checked.stdout, /^examples\/poix-du-nord\/atelier-territorial\.programme\.yaml:\d+:\d+ {2}warning {2}no-break /m);

  const folder = mkdtempSync(join(tmpdir(), 'deroule-examples-'));
  const target = join(folder, 'atelier-territorial.html');
  const args = exportCommand!.map(arg => (arg === PAGE ? target : arg));
  assert.ok(args.includes('--force'), 'a second build would be refused without --force');
  for (const run of [1, 2]) {
    const exported = runCli(args, ROOT, { LANG: 'C' });
    assert.equal(exported.code, 0, `run ${run}: ${exported.stderr}`);
    assert.ok(existsSync(target));
    const html = readFileSync(target, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.match(html, /Poix-du-Nord/);
    assert.match(html, /<\/html>\s*$/);
  }
});
