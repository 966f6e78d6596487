/**
 * A file `deroule check` finds but cannot read is reported (stderr, text summary, SARIF
 * notification) while every other file is still checked; the exit code is then 2.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const CLI = join(resolve(__dirname, '../../..'), 'dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const overlap = 'title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 9h-10h\n    title: Accueil\n  - time: 9h30-10h\n    title: Suite\n';

/**
 * A programme that a folder walk lists but nobody can open, even root (for whom permission
 * bits stop nothing): its folder's path is under PATH_MAX (4,096 bytes), so the folder is
 * listed, and the file's own path is over it, so opening it fails with ENAMETOOLONG.
 */
function workspaceWithUnreadableFile(): { dir: string; unreadable: string } {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-unreadable-'));
  writeFileSync(join(dir, 'a.programme.yaml'), overlap);
  writeFileSync(join(dir, 'z.programme.yaml'), overlap);
  const folders: string[] = [];
  let length = dir.length + '/m'.length;
  while (length < 4000) {
    const name = 'd'.repeat(Math.min(200, 4000 - length - 1) || 1);
    folders.push(name);
    length += name.length + 1;
  }
  const file = `${'f'.repeat(150)}.programme.yaml`;
  const made = spawnSync('bash', ['-c', 'set -e; cd "$0"; mkdir m; cd m; file="$1"; shift; for d in "$@"; do mkdir "$d"; cd "$d"; done; printf "title: x\\n" > "$file"', dir, file, ...folders]);
  assert.equal(made.status, 0, String(made.stderr));
  return { dir, unreadable: ['m', ...folders, file].join('/') };
}

test('text: the unreadable file is on stderr and in the summary; the others are checked; exit 2', { timeout: 60_000 }, () => {
  const { dir, unreadable } = workspaceWithUnreadableFile();
  const r = run(['check', '.'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `deroule: cannot read '${unreadable}': file name too long\n`);
  assert.equal(
    r.stdout,
    'a.programme.yaml:6:11  error  time-overlap  This slot starts 30 min before the previous one (“Accueil”) ends at 10:00.\n' +
      'z.programme.yaml:6:11  error  time-overlap  This slot starts 30 min before the previous one (“Accueil”) ends at 10:00.\n' +
      '2 errors — 2 files, 1 unreadable\n',
  );
  assert.match(run(['check', '--lang', 'fr', '.'], dir).stdout, /\n2 erreurs — 2 fichiers, 1 illisible\n$/);
});

test('json: the results of the readable files; the unreadable one on stderr only; exit 2', { timeout: 60_000 }, () => {
  const { dir, unreadable } = workspaceWithUnreadableFile();
  const r = run(['check', '--format', 'json', '.'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `deroule: cannot read '${unreadable}': file name too long\n`);
  assert.deepEqual((JSON.parse(r.stdout) as { file: string; code: string }[]).map((i) => [i.file, i.code]), [
    ['a.programme.yaml', 'time-overlap'],
    ['z.programme.yaml', 'time-overlap'],
  ]);
});

test('sarif: the unreadable file is a tool execution notification of a failed invocation', { timeout: 60_000 }, () => {
  const { dir, unreadable } = workspaceWithUnreadableFile();
  const r = run(['check', '--format', 'sarif', '.'], dir);
  assert.equal(r.code, 2);
  const sarifRun = JSON.parse(r.stdout).runs[0];
  assert.equal(sarifRun.results.length, 2);
  assert.deepEqual(sarifRun.invocations, [
    {
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: `cannot read '${unreadable}': file name too long` },
          locations: [{ physicalLocation: { artifactLocation: { uri: unreadable, uriBaseId: '%SRCROOT%' } } }],
        },
      ],
    },
  ]);
  const clean = JSON.parse(run(['check', '--format', 'sarif', 'a.programme.yaml'], dir).stdout).runs[0];
  assert.deepEqual(clean.invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
});
