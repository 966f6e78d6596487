/**
 * The .vsix holds every bundle esbuild.mjs writes (dist/ and dist/web/): a bundle loaded
 * lazily (the importer, its Word reader, the import's worker thread) and missing from
 * `.vscodeignore` would only fail when a user imports. Asked of vsce itself (`vsce ls`, the
 * files `npm run package` packs), of the bundles a build has just written.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../../..');

test('every bundle esbuild.mjs writes is packaged, the import worker included', { timeout: 120_000 }, () => {
  const built = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f}`);
  const bundles = [...built('dist'), ...built('dist/web')];
  assert.ok(bundles.includes('dist/import-worker.js') && bundles.includes('dist/web/import-word.js'), bundles.join(' '));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const packaged = new Set(r.stdout.split('\n'));
  assert.deepEqual(bundles.filter((b) => !packaged.has(b)), []);
});
