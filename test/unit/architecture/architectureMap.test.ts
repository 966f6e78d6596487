/**
 * ARCHITECTURE.md stays true: every file or folder it names exists (its walk-throughs add
 * `slotTooLong.ts` / `slot-too-long` as an example, so those names are skipped), and every
 * folder of `server/src/core` appears on its map.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..', '..', '..');
const text = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const folders = new Set(tracked.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
const EXAMPLES = /slotTooLong|slot-too-long/;

/** The names the map gives: code spans that look like paths, and the tree's first column. */
function namedPaths(): string[] {
  const spans = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
  const tree = text.split('```')[1] ?? '';
  const column = tree.split('\n').map((line) => line.trim().split(/\s+/)[0]).filter((w) => w && /[./]/.test(w));
  return [...spans, ...column]
    .flatMap((p) => p.split(','))
    .filter((p) => /^[\w.-]+(\/[\w.-]*)*$/.test(p) && (p.includes('/') || /\.(ts|md|json|mjs)$/.test(p)))
    .filter((p) => !EXAMPLES.test(p) && !/^(https?|textDocument\/|deroule\/|workspace\/)/.test(p));
}

/** A path exists when a tracked file or folder ends with it (the map abbreviates from its part). */
function exists(path: string): boolean {
  const p = path.replace(/\/$/, '');
  return tracked.some((f) => f === p || f.endsWith(`/${p}`)) || [...folders].some((d) => d === p || d.endsWith(`/${p}`));
}

test('every file and folder ARCHITECTURE.md names exists', () => {
  const names = namedPaths();
  assert.ok(names.length > 60, `only ${names.length} paths found: the extraction is broken`);
  assert.deepEqual(names.filter((p) => !exists(p)), []);
});

test('a path that does not exist is caught', () => {
  assert.equal(exists('server/src/core/parse/index.ts'), true);
  assert.equal(exists('core/rules/registry.ts'), true);
  assert.equal(exists('server/src/core/parser/index.ts'), false);
});

test('every folder of server/src/core is on the map', () => {
  const core = join(ROOT, 'server', 'src', 'core');
  const missing = readdirSync(core).filter((n) => statSync(join(core, n)).isDirectory() && !text.includes(`${n}/`));
  assert.deepEqual(missing, []);
});
