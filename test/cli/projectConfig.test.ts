/**
 * `deroule check` and a project's `.deroule.yaml` (FORMAT.md §8): each file follows its
 * nearest config (or `--config FILE`), flags win over it, a malformed config is a warning
 * line and the defaults, and a mission reads its programmes inside its project root from
 * any working directory, never outside it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { DAY, EXPECTED, OUTSIDE_MESSAGE, projectOnDisk } from '../projectFixture';
import { runCli } from './runCli';

interface JsonItem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

/** `check --format json`, files made relative to `root` whatever the working directory. */
function check(cwd: string, root: string, args: string[]) {
  const r = runCli(['check', '--format', 'json', '--lang', 'en', ...args], cwd);
  const items = r.stdout ? (JSON.parse(r.stdout) as JsonItem[]) : [];
  return { ...r, items: items.map((d) => ({ ...d, file: relative(root, resolve(cwd, d.file)).split('\\').join('/') })) };
}

const brief = (items: JsonItem[]) => items.map((d) => [d.file, d.code, d.severity, d.line, d.column]);

test('the nearest .deroule.yaml turns time-gap off, raises no-break to error and lowers maxDayMinutes', () => {
  const { root } = projectOnDisk();
  const r = check(root, root, ['.']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 1);
  assert.deepEqual(brief(r.items), EXPECTED);
  assert.equal(r.items.find((d) => d.code === 'day-too-long')!.message, 'This day lasts 8 h (09:00 to 17:00), beyond the limit of 7 h.');
});

test('a mission checked from three working directories: the same result, its programme read, the outside one refused', () => {
  const { tmp, root } = projectOnDisk();
  const mission = join(root, 'missions/nct.mission.yaml');
  const runs = [root, join(root, 'missions'), tmp].map((cwd) => check(cwd, root, [relative(cwd, mission)]));
  for (const r of runs) {
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.items.map((d) => [d.file, d.code, d.line, d.column, d.endLine, d.endColumn, d.message]),
      [['missions/nct.mission.yaml', 'programme-missing', 6, 50, 6, 78, OUTSIDE_MESSAGE]],
    );
  }
});

test('without .deroule.yaml or .git: the working directory when the mission lies inside it, else its own folder', () => {
  const { tmp, root } = projectOnDisk();
  unlinkSync(join(root, '.deroule.yaml'));
  mkdirSync(join(tmp, 'elsewhere'));
  const mission = join(root, 'missions/nct.mission.yaml');
  // From <tmp>, ../../outside.programme.yaml lies inside the working directory: it is read.
  assert.deepEqual(brief(check(tmp, root, [mission]).items), []);
  // From the mission's folder, or from a folder that does not hold it, the root is that folder.
  for (const cwd of [join(root, 'missions'), join(tmp, 'elsewhere')]) {
    assert.deepEqual(brief(check(cwd, root, [mission]).items), [['missions/nct.mission.yaml', 'programme-missing', 'error', 6, 50]]);
  }
});

test('--config FILE governs every file, wherever it is; a missing one is an I/O error', () => {
  const { tmp, root } = projectOnDisk('');
  mkdirSync(join(tmp, 'ci'));
  writeFileSync(join(tmp, 'ci/strict.yaml'), 'rules:\n  time-gap: error\n');
  const r = check(root, root, ['--config', join(tmp, 'ci/strict.yaml'), 'journee.programme.yaml']);
  assert.deepEqual(brief(r.items), [
    ['journee.programme.yaml', 'time-gap', 'error', 6, 11],
    ['journee.programme.yaml', 'no-break', 'warning', 8, 11],
    ['journee.programme.yaml', 'time-gap', 'error', 8, 11],
  ]);
  const missing = runCli(['check', '--lang', 'en', '--config', 'nowhere.yaml', '.'], root);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, "deroule: cannot read 'nowhere.yaml': no such file or directory\n");
});

test('files under two configs in one run each get their own', () => {
  const { root } = projectOnDisk();
  mkdirSync(join(root, 'lenient'));
  writeFileSync(join(root, 'lenient/.deroule.yaml'), 'rules:\n  no-break: off\n  day-too-long: off\n');
  writeFileSync(join(root, 'lenient/journee.programme.yaml'), DAY);
  const r = check(root, root, ['journee.programme.yaml', 'lenient']);
  assert.deepEqual(brief(r.items), [
    ['journee.programme.yaml', 'day-too-long', 'warning', 2, 7],
    ['journee.programme.yaml', 'no-break', 'error', 8, 11],
    // The nearest file wins whole: lenient/.deroule.yaml does not say time-gap, which keeps its default.
    ['lenient/journee.programme.yaml', 'time-gap', 'information', 6, 11],
    ['lenient/journee.programme.yaml', 'time-gap', 'information', 8, 11],
  ]);
});

test('a malformed .deroule.yaml: one warning line per problem, the defaults for it, the rest applied', () => {
  const { root } = projectOnDisk('rules:\n  time-gap: off\n  no-break: eror\nmaxDayMinutes: 420\n');
  const r = check(root, root, ['journee.programme.yaml']);
  assert.equal(
    r.stderr,
    'deroule: .deroule.yaml:3:13: “eror” is not a severity for “no-break”; did you mean “error”? Possible values: error, warning, information, hint, off. — checking goes on with the default for what cannot be read\n',
  );
  assert.equal(r.code, 0);
  assert.deepEqual(brief(r.items), [
    ['journee.programme.yaml', 'day-too-long', 'warning', 2, 7],
    ['journee.programme.yaml', 'no-break', 'warning', 8, 11],
  ]);
  // Not YAML at all: said in French with --lang fr, and every key keeps its default.
  writeFileSync(join(root, '.deroule.yaml'), 'rules: [time-gap\n');
  const fr = runCli(['check', '--format', 'json', '--lang', 'fr', 'journee.programme.yaml'], root);
  assert.match(fr.stderr, /^deroule: \.deroule\.yaml:\d+:\d+: .* — la vérification continue avec la valeur par défaut de ce qui ne peut être lu\n$/);
  assert.deepEqual(
    (JSON.parse(fr.stdout) as JsonItem[]).map((d) => d.code),
    ['time-gap', 'no-break', 'time-gap'],
  );
});

test('language: the file’s applies without --lang; --lang wins over it', () => {
  const { root } = projectOnDisk('language: fr\n');
  const withoutFlag = runCli(['check', 'journee.programme.yaml'], root, { LANG: 'en_US.UTF-8', LC_ALL: '' });
  assert.match(withoutFlag.stdout, /Aucune séance ne couvre les 30 min entre 10h00 et 10h30\./);
  const withFlag = runCli(['check', '--lang', 'en', 'journee.programme.yaml'], root, { LANG: 'en_US.UTF-8', LC_ALL: '' });
  assert.match(withFlag.stdout, /No slot covers the 30 min between 10:00 and 10:30\./);
});

test('deroule --help names --config and says that flags win over the file', () => {
  const help = runCli(['--help'], '.', { LANG: 'en_US.UTF-8', LC_ALL: '' }).stdout;
  assert.match(help, /deroule check \[--format text\|json\|sarif\] \[--lang fr\|en\] \[--config FILE\] PATH\.\.\./);
  assert.match(help, /flags given here \(--lang\) win over it/);
});
