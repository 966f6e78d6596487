/**
 * The roads into a review pipeline: the GitHub Action's own commands run here, the SARIF
 * fingerprints survive lines inserted above a finding, the pre-commit hook picks the right
 * files, and the `$deroule` problem matcher reads the CLI's real output.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { ROOT, runCli } from './runCli';

const OVERLAP = 'title: T\ndate: 2021-10-20\nagenda:\n  - time: 08h30-09h00\n    title: A\n  - time: 08h45-09h30\n    title: B\n';
const LONG_DAY = 'title: T\ndate: 2021-10-20\nagenda:\n  - time: 08h30-12h30\n    title: A\n';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-ci-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};

/** `${{ github.action_path }}` and `${{ inputs.x }}` as the runner would replace them. */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    if (name === 'github.action_path') return ROOT;
    const input = /^inputs\.(.+)$/.exec(name)?.[1];
    assert.ok(input && input in inputs, `unknown expression ${name}`);
    return inputs[input]!;
  });
}

/** Runs the action's `run` steps (the `uses:` ones are GitHub's) in `cwd`; the exit code of each. */
function runAction(cwd: string, given: Record<string, string>): { name: string; code: number | null; stderr: string }[] {
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...given };
  const out = [];
  for (const step of action.runs.steps) {
    if (!step.run) continue;
    // The build step (npm ci, esbuild) is what the test suite did before it ran: dist/ is built.
    if (step['working-directory']) {
      assert.equal(expand(step['working-directory'], inputs), ROOT);
      assert.match(step.run, /^npm ci\b.*&& node esbuild\.mjs --production$/);
      continue;
    }
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)]));
    const r = spawnSync('bash', ['-e', '-c', expand(step.run, inputs)], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
    out.push({ name: step.name ?? '', code: r.status, stderr: r.stderr });
    if (r.status !== 0) break;
  }
  return out;
}

test('action.yml: a composite action whose check writes a valid SARIF file, uploaded, then the fail level', () => {
  assert.equal(action.runs.using, 'composite');
  assert.deepEqual(Object.keys(action.inputs).sort(), ['fail-level', 'format', 'output', 'paths']);
  assert.equal(action.inputs.format!.default, 'sarif');
  const uses = action.runs.steps.map((s) => s.uses).filter(Boolean);
  assert.deepEqual(uses, ['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']);

  const dir = workspace({ 'a.programme.yaml': OVERLAP });
  const steps = runAction(dir, { paths: '.' });
  assert.deepEqual(steps.map((s) => [s.name, s.code]), [['Check', 0], ['Fail on findings at or above the fail level', 1]]);
  assert.match(steps[1]!.stderr, /1 finding\(s\) at or above 'error'/);
  const log = JSON.parse(readFileSync(join(dir, 'deroule.sarif'), 'utf8'));
  assert.equal(log.version, '2.1.0');
  assert.deepEqual(log.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]), [['time-overlap', 'error']]);
  assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'a.programme.yaml', uriBaseId: '%SRCROOT%' });
});

test('action.yml: fail-level none passes with errors; a warning fails "warning" but not "error"', () => {
  const errors = workspace({ 'a.programme.yaml': OVERLAP });
  assert.deepEqual(runAction(errors, { 'fail-level': 'none' }).map((s) => s.code), [0, 0]);
  const warnings = workspace({ 'b.programme.yaml': LONG_DAY });
  assert.deepEqual(runAction(warnings, { 'fail-level': 'error' }).map((s) => s.code), [0, 0]);
  assert.deepEqual(runAction(warnings, { 'fail-level': 'warning' }).map((s) => s.code), [0, 1]);
  assert.deepEqual(runAction(warnings, { 'fail-level': 'warning', format: 'json', output: 'r.json' }).map((s) => s.code), [0, 1]);
});

function fingerprints(text: string): string[] {
  const dir = workspace({ 'a.programme.yaml': text });
  const log = JSON.parse(runCli(['check', '--format', 'sarif', '.'], dir).stdout);
  return log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['derouleFinding/v1']);
}

test('SARIF fingerprints stay when lines are inserted above a finding, and change with its own line', () => {
  const before = fingerprints(OVERLAP);
  assert.equal(before.length, 1);
  const moved = OVERLAP.replace('agenda:\n', 'subtitle: Atelier\norganiser: DDTM 59\nagenda:\n');
  assert.deepEqual(fingerprints(moved), before);
  assert.notDeepEqual(fingerprints(OVERLAP.replace('08h45-09h30', '08h40-09h30')), before);
});

test('.pre-commit-hooks.yaml: deroule-check runs `deroule check` on programmes and missions only', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
  const hook = hooks.find((h) => h.id === 'deroule-check')!;
  assert.equal(hook.entry, 'deroule check');
  assert.equal(hook.language, 'node');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.bin.deroule, 'dist/cli.js');
  // pre-commit matches `files` with Python's re.search; this pattern reads the same in JavaScript.
  const files = new RegExp(hook.files);
  const names = ['a.programme.yaml', 'sub/b.mission.yml', 'c.yaml', 'programme.yaml', 'd.programme.yaml.bak', 'e.mission.json'];
  assert.deepEqual(names.filter((n) => files.test(n)), ['a.programme.yaml', 'sub/b.mission.yml']);
});

test('pre-commit try-repo: the deroule-check hook installs from this repository and fails on a programme with an error', (t) => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) return t.skip('pre-commit is not installed (apt-get install pre-commit): the hook is not run');
  // A user's repository: one programme with an overlap, one clean, and a YAML file the hook must not read.
  const dir = workspace({ 'a.programme.yaml': OVERLAP, 'ok.programme.yaml': 'title: T\n', 'other.yaml': 'x: 1\n' });
  const git = (...args: string[]) => assert.equal(spawnSync('git', args, { cwd: dir }).status, 0, `git ${args.join(' ')}`);
  git('init', '-q');
  git('add', '.');
  // pre-commit installs the hook as npm would (npm install, npm pack, npm install -g): a fresh cache each run.
  const run = spawnSync('pre-commit', ['try-repo', ROOT, 'deroule-check', '--all-files'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 10 * 60_000,
    env: { ...process.env, PRE_COMMIT_HOME: join(dir, '.pre-commit-cache'), SKIP: '' },
  });
  const output = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 1, output);
  assert.match(output, /Déroulé check\.+Failed/);
  assert.match(output, /^a\.programme\.yaml:6:11 {2}error {2}time-overlap {2}/m);
  assert.match(output, /1 error — 2 files/);
  assert.doesNotMatch(output, /other\.yaml/);
});

test('the $deroule problem matcher reads file, line, column, severity, code and message of real CLI output', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'deroule');
  const { regexp, file, line, column, severity, code, message } = matcher.pattern;
  const dir = workspace({ 'a.programme.yaml': OVERLAP, 'b.programme.yaml': LONG_DAY });
  const output = runCli(['check', '--lang', 'fr', '.'], dir).stdout.split('\n');
  const found = output.flatMap((l) => {
    const m = new RegExp(regexp).exec(l);
    return m ? [[m[file], m[line], m[column], m[severity], m[code], m[message]]] : [];
  });
  assert.deepEqual(found, [
    ['a.programme.yaml', '6', '11', 'error', 'time-overlap', 'Cette séance commence 15 min avant la fin de la précédente (« A », jusqu’à 09h00).'],
    ['b.programme.yaml', '4', '11', 'warning', 'no-break', found[1]?.[5]],
  ]);
  assert.match(found[1]![5]!, /pause/);
});
