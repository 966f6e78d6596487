/**
 * Files a mission links to, or a folder holds, that are not plain files of the workspace:
 * a FIFO, a link to /dev/zero, a file over the size limit, a folder, a link that leads
 * outside, a link to a file inside, the same file named twice. The checker never hangs on
 * them, never reads outside, and checks each file once. Every run has a hang guard: the
 * CLI is killed (and the test fails) if it does not end by itself.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
/** The most bytes read of a file, at the default `maxTextLength` (4,000,000 × 3). */
const MAX_BYTES = 12_000_000;
const GUARD = { timeout: 120_000 };
const posixOnly = process.platform === 'win32' ? 'FIFOs and /dev/zero are POSIX' : false;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
  assert.equal(r.signal, null, `deroule ${args.join(' ')} did not end by itself`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-links-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const mission = (path: string) =>
  `title: Mission flash\nperiod: { start: 2022-09, end: 2022-11 }\nphases:\n  - id: atelier\n    title: Atelier sur site\n    programmes: [${path}]\n`;
const programme = (title: string, speaker = 'Claire Martin') =>
  `title: ${title}\ndate: 2022-10-12\npeople:\n  - id: p\n    name: ${speaker}\nagenda:\n  - time: 9h-12h\n    title: Atelier\n    speakers: [p]\n`;

/** `check --format json` of the folder: [code, message] of each diagnostic. */
function checkJson(dir: string, ...paths: string[]) {
  const r = run(['check', '--format', 'json', ...(paths.length ? paths : ['.'])], dir);
  assert.equal(r.stderr, '');
  return (JSON.parse(r.stdout) as { file: string; code: string; message: string }[]).map((d) => [d.file, d.code, d.message]);
}

const missing = (path: string) => ['m.mission.yaml', 'programme-missing', `No programme file at \`${path}\` (relative to this mission).`];
const outside = (path: string) => ['m.mission.yaml', 'programme-missing', `\`${path}\` is not a path inside the project root (the nearest folder above with a .deroule.yaml or .git), relative to this mission: Déroulé does not read it.`];

/** The mission's Markdown export: its phase row shows the path when the programme is not read. */
function exportedPhaseRow(dir: string): string {
  const r = run(['export', '--to', 'md', 'm.mission.yaml'], dir);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.split('\n').find((l) => l.startsWith('| Atelier sur site'))!;
}

test('a linked programme that is a FIFO: check and export end at once, the link is reported missing', { ...GUARD, skip: posixOnly }, () => {
  const dir = workspace({ 'm.mission.yaml': mission('fifo.programme.yaml') });
  assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.programme.yaml')]).status, 0);
  assert.deepEqual(checkJson(dir, 'm.mission.yaml'), [missing('fifo.programme.yaml')]);
  assert.equal(exportedPhaseRow(dir), '| Atelier sur site | … – … | fifo.programme.yaml |  |  |');
});

test('a FIFO found in a folder is not opened; named on the command line it is an I/O error', { ...GUARD, skip: posixOnly }, () => {
  const dir = workspace({ 'a.programme.yaml': programme('Atelier A') });
  assert.equal(spawnSync('mkfifo', [join(dir, 'fifo.programme.yaml')]).status, 0);
  const folder = run(['check', '.'], dir);
  assert.equal(folder.stdout, 'no problems — 1 file\n');
  const named = run(['check', 'fifo.programme.yaml'], dir);
  assert.equal(named.code, 2);
  assert.equal(named.stderr, "deroule: cannot read 'fifo.programme.yaml': not a regular file\n");
  const exported = run(['export', '--to', 'md', 'fifo.programme.yaml'], dir);
  assert.equal(exported.code, 2);
  assert.equal(exported.stderr, "deroule: cannot read 'fifo.programme.yaml': not a regular file\n");
});

test('a linked programme that is a link to /dev/zero is never read (its real path is outside)', { ...GUARD, skip: posixOnly }, () => {
  const dir = workspace({ 'm.mission.yaml': mission('zero.programme.yaml') });
  symlinkSync('/dev/zero', join(dir, 'zero.programme.yaml'));
  assert.deepEqual(checkJson(dir, 'm.mission.yaml'), [outside('zero.programme.yaml')]);
  assert.equal(exportedPhaseRow(dir), '| Atelier sur site | … – … | zero.programme.yaml |  |  |');
  // Found in a folder, the link is skipped; named, it is refused unread.
  assert.deepEqual(checkJson(dir), [outside('zero.programme.yaml')]);
  const named = run(['check', 'zero.programme.yaml'], dir);
  assert.equal(named.code, 2);
  assert.equal(named.stderr, "deroule: cannot read 'zero.programme.yaml': not a regular file\n");
});

test('a linked programme larger than the limit is not read; named, it is an I/O error', GUARD, () => {
  const dir = workspace({ 'm.mission.yaml': mission('big.programme.yaml'), 'big.programme.yaml': 'title: Énorme\n' });
  truncateSync(join(dir, 'big.programme.yaml'), MAX_BYTES + 1); // a sparse file: no disk used
  assert.deepEqual(checkJson(dir, 'm.mission.yaml'), [missing('big.programme.yaml')]);
  assert.equal(exportedPhaseRow(dir), '| Atelier sur site | … – … | big.programme.yaml |  |  |');
  const named = run(['check', 'big.programme.yaml'], dir);
  assert.equal(named.code, 2);
  assert.equal(named.stderr, "deroule: cannot read 'big.programme.yaml': larger than 12,000,000 bytes\n");
});

test('a linked programme at the limit is read', GUARD, () => {
  const text = programme('Juste assez');
  const dir = workspace({ 'm.mission.yaml': mission('p.programme.yaml'), 'p.programme.yaml': text + '#'.repeat(3_900_000 - text.length) + '\n' });
  assert.deepEqual(checkJson(dir, 'm.mission.yaml'), []);
  assert.equal(exportedPhaseRow(dir), '| Atelier sur site | … – … | Juste assez (12 octobre 2022) |  |  |');
});

test('a linked programme that is a folder is reported missing', GUARD, () => {
  const dir = workspace({ 'm.mission.yaml': mission('dossier.programme.yaml') });
  mkdirSync(join(dir, 'dossier.programme.yaml'));
  assert.deepEqual(checkJson(dir), [missing('dossier.programme.yaml')]);
  assert.equal(exportedPhaseRow(dir), '| Atelier sur site | … – … | dossier.programme.yaml |  |  |');
});

test('a link inside the workspace that leads outside it is never read: not by check, not by export', GUARD, () => {
  const dir = workspace({ 'secret.programme.yaml': programme('Programme confidentiel'), 'ws/m.mission.yaml': mission('lien.programme.yaml') });
  symlinkSync(join(dir, 'secret.programme.yaml'), join(dir, 'ws/lien.programme.yaml'));
  const ws = join(dir, 'ws');
  assert.deepEqual(checkJson(ws), [outside('lien.programme.yaml')]);
  assert.deepEqual(checkJson(ws, 'm.mission.yaml'), [outside('lien.programme.yaml')]);
  const md = run(['export', '--to', 'md', 'm.mission.yaml'], ws);
  assert.doesNotMatch(md.stdout, /confidentiel/);
  assert.equal(exportedPhaseRow(ws), '| Atelier sur site | … – … | lien.programme.yaml |  |  |');
});

test('a link to a programme inside the folder is checked once, like the file itself', GUARD, () => {
  const dir = workspace({ 'a/matin.programme.yaml': programme('Matin'), 'b/apres.programme.yaml': programme('Après-midi') });
  symlinkSync(join(dir, 'b/apres.programme.yaml'), join(dir, 'a/lien.programme.yaml'));
  // Checked from inside `a`: the link's target is outside what the checker may read.
  assert.deepEqual(checkJson(join(dir, 'a')), []);
  // The whole folder: the link and its target are one file, booked once against `matin`.
  assert.deepEqual(checkJson(dir), [
    ['a/lien.programme.yaml', 'double-booked', 'Claire Martin is also involved in “Atelier” (matin.programme.yaml) from 09:00 to 12:00 the same day.'],
    ['a/matin.programme.yaml', 'double-booked', 'Claire Martin is also involved in “Atelier” (lien.programme.yaml) from 09:00 to 12:00 the same day.'],
  ]);
  // A link alone in a folder is checked like a file (here, a programme in error).
  const lone = workspace({ 'src/x.programme.yaml': 'title: X\ndate: 2022-10-12\nagenda:\n  - time: 9h-10h\n    title: A\n  - time: 9h30-11h\n    title: B\n' });
  mkdirSync(join(lone, 'ws'));
  symlinkSync(join(lone, 'src/x.programme.yaml'), join(lone, 'ws/x.programme.yaml'));
  assert.deepEqual(checkJson(lone, 'ws', 'src').map(([file, code]) => [file, code]), [['ws/x.programme.yaml', 'time-overlap']]);
});

test('the same file named twice, or through a link, is not double-booked with itself', GUARD, () => {
  const dir = workspace({ 'a.programme.yaml': programme('Atelier A') });
  symlinkSync(join(dir, 'a.programme.yaml'), join(dir, 'alias.programme.yaml'));
  for (const paths of [['a.programme.yaml', 'a.programme.yaml'], ['a.programme.yaml', './a.programme.yaml', '.'], ['a.programme.yaml', 'alias.programme.yaml']]) {
    const r = run(['check', ...paths], dir);
    assert.equal(r.stdout, 'no problems — 1 file\n', paths.join(' '));
    assert.equal(r.code, 0);
  }
});
