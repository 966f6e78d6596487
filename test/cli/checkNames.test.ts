/**
 * A file name or a slot title with a newline, `\r` or an escape sequence cannot forge or
 * repaint lines of `deroule check`'s text output; JSON and SARIF stay exact and escaped.
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

/** One overlap error at line 6, column 11, in a programme whose first title is `title`. */
const overlapping = (title: string) => `title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 9h-10h\n    title: ${JSON.stringify(title)}\n  - time: 9h30-10h\n    title: Suite\n`;
const NEWLINE = 'a\nfaux.programme.yaml:1:1  error  forged  Fake line\nb.programme.yaml';
const ESCAPE = 'c\x1b[2K\r\x1b[1A\x9b31m.programme.yaml';

function names() {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-names-'));
  writeFileSync(join(dir, NEWLINE), overlapping('Accueil'));
  writeFileSync(join(dir, ESCAPE), overlapping('Accueil\x1b]0;titre\x07\u202egnp.exe'));
  return dir;
}

test('text: a file name with a newline or escape sequences is one quoted, escaped line each', () => {
  const r = run(['check', '.'], names());
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    [
      '"a\\nfaux.programme.yaml:1:1  error  forged  Fake line\\nb.programme.yaml":6:11  error  time-overlap  This slot starts 30 min before the previous one (“Accueil”) ends at 10:00.',
      '"c\\x1b[2K\\r\\x1b[1A\\x9b31m.programme.yaml":6:11  error  time-overlap  This slot starts 30 min before the previous one (“Accueil\\x1b]0;titre\\x07\\u{202e}gnp.exe”) ends at 10:00.',
      '2 errors — 2 files',
      '',
    ].join('\n'),
  );
});

test('text: a plain name is printed as it is, a backslash in a quoted one is doubled', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-names-'));
  writeFileSync(join(dir, 'é t\\é.programme.yaml'), overlapping('Accueil'));
  writeFileSync(join(dir, 'x\\n\ty.programme.yaml'), overlapping('Accueil'));
  const files = run(['check', '.'], dir).stdout.split('\n').map((line) => line.split(':6:11  error')[0]);
  assert.deepEqual(files, ['é t\\é.programme.yaml', '"x\\\\n\\ty.programme.yaml"', '2 errors — 2 files', '']);
});

test('json and sarif carry the names and messages exactly, with every control character escaped', () => {
  const dir = names();
  const json = run(['check', '--format', 'json', '.'], dir);
  assert.doesNotMatch(json.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  const items = JSON.parse(json.stdout) as { file: string; message: string }[];
  assert.deepEqual(items.map((i) => i.file), [NEWLINE, ESCAPE]);
  assert.match(items[1]!.message, /“Accueil\x1b\]0;titre\x07\u202egnp\.exe”/);
  const sarif = run(['check', '--format', 'sarif', '.'], dir);
  assert.doesNotMatch(sarif.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  const results = JSON.parse(sarif.stdout).runs[0].results as { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  assert.deepEqual(results.map((r) => decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri)), [NEWLINE, ESCAPE]);
  assert.equal(results[1]!.message.text, items[1]!.message);
});
