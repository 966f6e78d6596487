/**
 * `-o` files of `deroule export` and `deroule import` are written whole or not at all: a full
 * disk, a file size limit or a kill leaves no truncated file for the next run to refuse. The
 * source is never an output; devices are written to, not replaced; `--force` keeps the mode
 * and refuses a read-only file.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const POIX = join(ROOT, 'examples/poix-du-nord/atelier-territorial.programme.yaml');
const GUARD = { timeout: 60_000 };

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, options: { preload?: string; fileSizeLimitKb?: number } = {}): Run {
  const env = { ...process.env, LANG: 'C.UTF-8', NODE_OPTIONS: options.preload ? `--require ${options.preload}` : '' };
  const spawn: SpawnSyncOptions = { cwd, encoding: 'utf8', env };
  // `ulimit -f` is the file size limit of the shell and what it runs (in 1024-byte blocks here).
  const r =
    options.fileSizeLimitKb === undefined
      ? spawnSync(process.execPath, [CLI, ...args], spawn)
      : spawnSync('bash', ['-c', `ulimit -f ${options.fileSizeLimitKb} && exec "$0" "$@"`, process.execPath, CLI, ...args], spawn);
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const folder = () => mkdtempSync(join(tmpdir(), 'deroule-outputs-'));

/**
 * A script loaded with `node --require` before the CLI: the first write to a file (not to
 * stdout or stderr) writes half its bytes, then `failure` happens. `before-link` instead
 * makes another program create the target just before the CLI publishes its file.
 */
function preload(dir: string, failure: 'ENOSPC' | 'SIGKILL' | 'before-link'): string {
  const path = join(dir, '..', `${dir.split('/').pop()}-preload.js`);
  writeFileSync(
    path,
    `const fs = require('node:fs');
const failure = ${JSON.stringify(failure)};
if (failure === 'before-link') {
  const link = fs.linkSync;
  fs.linkSync = (from, to) => { fs.writeFileSync(to, 'written by someone else'); return link(from, to); };
} else {
  const write = fs.writeSync;
  fs.writeSync = (fd, buffer, offset, length, ...rest) => {
    if (fd <= 2 || typeof buffer === 'string') return write(fd, buffer, offset, length, ...rest);
    write(fd, buffer, offset, Math.floor(length / 2), ...rest);
    if (failure === 'SIGKILL') process.kill(process.pid, 'SIGKILL');
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  };
}
`,
  );
  return path;
}

const expected = (to: string) => run(['export', '--to', to, POIX], tmpdir()).stdout;

test('a file size limit (ulimit -f) leaves no file, and the next run writes it whole', GUARD, () => {
  const dir = folder();
  const limited = run(['export', '--to', 'html', '-o', 'poix.html', POIX], dir, { fileSizeLimitKb: 4 });
  assert.equal(limited.code, 2);
  assert.equal(limited.stderr, "deroule: cannot write 'poix.html': file too large (file size limit reached)\n");
  assert.deepEqual(readdirSync(dir), []);
  const next = run(['export', '--to', 'html', '-o', 'poix.html', POIX], dir);
  assert.equal(next.code, 0, next.stderr);
  assert.equal(readFileSync(join(dir, 'poix.html'), 'utf8'), expected('html'));
  assert.deepEqual(readdirSync(dir), ['poix.html']);
});

test('import under a file size limit leaves no file either', GUARD, () => {
  const dir = folder();
  const lines = Array.from({ length: 60 }, (_, i) => `${8 + Math.floor(i / 6)}h${(i % 6) * 10 || '00'} Séquence ${i + 1} : travail en atelier sur le projet de territoire`);
  writeFileSync(join(dir, 'jour.txt'), `Atelier — 5 juin 2025\n\n${lines.join('\n')}\n`);
  const limited = run(['import', '-o', 'jour.programme.yaml', 'jour.txt'], dir, { fileSizeLimitKb: 1 });
  assert.equal(limited.code, 2);
  assert.equal(limited.stderr, "deroule: cannot write 'jour.programme.yaml': file too large (file size limit reached)\n");
  assert.deepEqual(readdirSync(dir), ['jour.txt']);
  assert.equal(run(['import', '-o', 'jour.programme.yaml', 'jour.txt'], dir).code, 0);
  assert.match(readFileSync(join(dir, 'jour.programme.yaml'), 'utf8'), /Séquence 60/);
});

test('--force under a file size limit: the old file stays whole, with its mode', GUARD, () => {
  const dir = folder();
  writeFileSync(join(dir, 'poix.html'), 'la version de la semaine dernière');
  chmodSync(join(dir, 'poix.html'), 0o640);
  const limited = run(['export', '--to', 'html', '-o', 'poix.html', '--force', POIX], dir, { fileSizeLimitKb: 4 });
  assert.equal(limited.code, 2);
  assert.equal(readFileSync(join(dir, 'poix.html'), 'utf8'), 'la version de la semaine dernière');
  assert.equal(statSync(join(dir, 'poix.html')).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir), ['poix.html']);
});

test('a full disk (ENOSPC injected halfway through the write) leaves no file', GUARD, () => {
  const dir = folder();
  const r = run(['export', '--to', 'docx', '-o', 'poix.docx', POIX], dir, { preload: preload(dir, 'ENOSPC') });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "deroule: cannot write 'poix.docx': no space left on device\n");
  assert.deepEqual(readdirSync(dir), []);
  assert.equal(run(['export', '--to', 'docx', '-o', 'poix.docx', POIX], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'poix.docx')).subarray(0, 2).toString(), 'PK');
});

test('kill -9 halfway through the write: no target; the next run writes it and removes the dead run’s temporary file', GUARD, () => {
  const dir = folder();
  const killed = run(['export', '--to', 'md', '-o', 'poix.md', POIX], dir, { preload: preload(dir, 'SIGKILL') });
  assert.equal(killed.signal, 'SIGKILL');
  const left = readdirSync(dir);
  assert.equal(left.length, 1);
  assert.match(left[0]!, /^\.poix\.md\.deroule-\d+-[0-9a-f]{12}\.tmp$/);
  const next = run(['export', '--to', 'md', '-o', 'poix.md', POIX], dir);
  assert.equal(next.code, 0, next.stderr);
  assert.deepEqual(readdirSync(dir), ['poix.md']);
  assert.equal(readFileSync(join(dir, 'poix.md'), 'utf8'), expected('md'));
});

test('kill -9 during a --force write leaves the old file whole', GUARD, () => {
  const dir = folder();
  writeFileSync(join(dir, 'poix.md'), '# ma version\n');
  const killed = run(['export', '--to', 'md', '-o', 'poix.md', '--force', POIX], dir, { preload: preload(dir, 'SIGKILL') });
  assert.equal(killed.signal, 'SIGKILL');
  assert.equal(readFileSync(join(dir, 'poix.md'), 'utf8'), '# ma version\n');
});

test('without --force, a file that appears while the export runs is never replaced', GUARD, () => {
  const dir = folder();
  const r = run(['export', '--to', 'md', '-o', 'poix.md', POIX], dir, { preload: preload(dir, 'before-link') });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "deroule: 'poix.md' already exists: use --force to overwrite it\n");
  assert.equal(readFileSync(join(dir, 'poix.md'), 'utf8'), 'written by someone else');
  assert.deepEqual(readdirSync(dir), ['poix.md']);
});

test('-o naming the source (same path, ./ form, symbolic link, hard link) is refused, even with --force', GUARD, () => {
  const dir = folder();
  const source = 'title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 9h-10h\n    title: Accueil\n';
  writeFileSync(join(dir, 'a.programme.yaml'), source);
  symlinkSync('a.programme.yaml', join(dir, 'lien.md'));
  linkSync(join(dir, 'a.programme.yaml'), join(dir, 'dur.md'));
  for (const out of ['a.programme.yaml', './a.programme.yaml', join(dir, 'a.programme.yaml'), 'lien.md', 'dur.md']) {
    for (const force of [[], ['--force']]) {
      const r = run(['export', '--to', 'md', '-o', out, ...force, 'a.programme.yaml'], dir);
      assert.equal(r.code, 2, `${out} ${force}`);
      assert.equal(r.stderr, `deroule: '${out}' is the input file itself (or a link to it): choose another output file\n`);
    }
  }
  // Import reads Markdown: `dur.md` is the same file as `a.programme.yaml`, the output asked for.
  const imported = run(['import', '-o', 'a.programme.yaml', '--force', 'dur.md'], dir);
  assert.equal(imported.code, 2);
  assert.equal(imported.stderr, "deroule: 'a.programme.yaml' is the input file itself (or a link to it): choose another output file\n");
  assert.equal(readFileSync(join(dir, 'a.programme.yaml'), 'utf8'), source);
  assert.deepEqual(readdirSync(dir).sort(), ['a.programme.yaml', 'dur.md', 'lien.md']);
});

test('-o - writes to standard output, Word included; /dev/stdout too', GUARD, () => {
  const dir = folder();
  const md = run(['export', '--to', 'md', '-o', '-', POIX], dir);
  assert.equal(md.code, 0);
  assert.equal(md.stdout, expected('md'));
  assert.equal(md.stderr, '');
  const docx = spawnSync(process.execPath, [CLI, 'export', '--to', 'docx', '-o', '-', POIX], { cwd: dir });
  assert.equal(docx.status, 0);
  assert.equal(docx.stdout.subarray(0, 2).toString(), 'PK');
  const devStdout = run(['export', '--to', 'md', '-o', '/dev/stdout', POIX], dir);
  assert.equal(devStdout.code, 0);
  assert.equal(devStdout.stdout, expected('md'));
  writeFileSync(join(dir, 'jour.txt'), '9h00 - 9h30 : Accueil café\n');
  const imported = run(['import', '-o', '-', 'jour.txt'], dir);
  assert.equal(imported.code, 0);
  assert.match(imported.stdout, /Accueil café/);
  assert.deepEqual(readdirSync(dir), ['jour.txt']);
});

test('-o /dev/null is written to as a device, with or without --force, and stays a device', GUARD, () => {
  for (const force of [[], ['--force']]) {
    const r = run(['export', '--to', 'html', '-o', '/dev/null', ...force, POIX], tmpdir());
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '/dev/null\n');
  }
  assert.ok(statSync('/dev/null').isCharacterDevice());
});

test('--force keeps the replaced file’s mode; a new file gets the usual one', GUARD, () => {
  const dir = folder();
  writeFileSync(join(dir, 'poix.md'), 'ancien');
  chmodSync(join(dir, 'poix.md'), 0o640);
  const r = run(['export', '--to', 'md', '-o', 'poix.md', '--force', POIX], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(dir, 'poix.md'), 'utf8'), expected('md'));
  assert.equal(statSync(join(dir, 'poix.md')).mode & 0o7777, 0o640);
  assert.equal(run(['export', '--to', 'md', '-o', 'new.md', POIX], dir).code, 0);
  // The mode any program gets for a new file under the same umask.
  writeFileSync(join(dir, 'usual.txt'), '');
  assert.equal(statSync(join(dir, 'new.md')).mode & 0o777, statSync(join(dir, 'usual.txt')).mode & 0o777);
  assert.deepEqual(readdirSync(dir).sort(), ['new.md', 'poix.md', 'usual.txt']);
});

test('a read-only file is not replaced, even with --force (the mode is checked, not left to EACCES)', GUARD, () => {
  const dir = folder();
  writeFileSync(join(dir, 'poix.md'), 'version signée');
  chmodSync(join(dir, 'poix.md'), 0o444);
  writeFileSync(join(dir, 'jour.txt'), '9h00 - 10h00 Accueil café\n');
  for (const command of [['export', '--to', 'md', '-o', 'poix.md', '--force', POIX], ['import', '-o', 'poix.md', '--force', 'jour.txt']]) {
    const r = run(command, dir);
    assert.equal(r.code, 2, command.join(' '));
    assert.equal(r.stderr, "deroule: 'poix.md' is read-only: deroule does not replace it, even with --force\n");
  }
  assert.equal(readFileSync(join(dir, 'poix.md'), 'utf8'), 'version signée');
  assert.equal(statSync(join(dir, 'poix.md')).mode & 0o777, 0o444);
  assert.deepEqual(readdirSync(dir).sort(), ['jour.txt', 'poix.md']);
});

test('--force on a name with other hard links replaces that name only: the other links keep their content', GUARD, () => {
  const dir = folder();
  writeFileSync(join(dir, 'poix.md'), 'sauvegarde');
  linkSync(join(dir, 'poix.md'), join(dir, 'copie.md'));
  const r = run(['export', '--to', 'md', '-o', 'poix.md', '--force', POIX], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(dir, 'poix.md'), 'utf8'), expected('md'));
  assert.equal(readFileSync(join(dir, 'copie.md'), 'utf8'), 'sauvegarde');
});

test('an output name with a newline or an escape sequence is printed escaped, on one line', GUARD, () => {
  const dir = folder();
  const name = 'poix\n\x1b[2Kfaux.md';
  const r = run(['export', '--to', 'md', '-o', name, POIX], dir);
  assert.equal(r.code, 0);
  assert.equal(r.stderr, 'poix\\n\\x1b[2Kfaux.md\n');
  const again = run(['export', '--to', 'md', '-o', name, POIX], dir);
  assert.equal(again.stderr, "deroule: 'poix\\n\\x1b[2Kfaux.md' already exists: use --force to overwrite it\n");
  assert.deepEqual(readdirSync(dir), [name]);
});
