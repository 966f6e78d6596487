/** The built CLI (`dist/cli.js`), run as a review pipeline would run it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { ROOT, runCli } from './runCli';

const run = (args: string[], cwd = ROOT) => runCli(args, cwd, { LANG: 'C.UTF-8', LC_ALL: '' });

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const overlapping = `title: Atelier territorial
date: 2021-10-20
agenda:
  - time: 08h30-09h00
    title: "🎉 Accueil des participants"
    type: welcome
  - time: 08h45-09h30 # chevauche l'accueil
    title: Présentation de la journée
`;

test('deroule check examples exits 0; the faithful seed transcription keeps its one warning', () => {
  const r = run(['check', 'examples']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0, r.stdout);
  assert.equal(
    r.stdout,
    'examples/poix-du-nord/atelier-territorial.programme.yaml:219:11  warning  no-break  3 h 45 of sessions without a break (limit 3 h): plan a break (`break`) before this slot.\n1 warning — 13 files\n',
  );
});

test('text format: compiler-style lines, then a summary; exit 1 on an error', () => {
  const dir = workspace({ 'atelier.programme.yaml': overlapping });
  const r = run(['check', 'atelier.programme.yaml'], dir);
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    'atelier.programme.yaml:7:11  error  time-overlap  This slot starts 15 min before the previous one (“🎉 Accueil des participants”) ends at 09:00.\n1 error — 1 file\n',
  );
});

test('--lang fr prints French messages and summary', () => {
  const dir = workspace({ 'atelier.programme.yaml': overlapping });
  const r = run(['check', '--lang', 'fr', 'atelier.programme.yaml'], dir);
  assert.equal(
    r.stdout,
    'atelier.programme.yaml:7:11  error  time-overlap  Cette séance commence 15 min avant la fin de la précédente (« 🎉 Accueil des participants », jusqu’à 09h00).\n1 erreur — 1 fichier\n',
  );
});

test('warnings only: exit 0', () => {
  const dir = workspace({
    'a.programme.yaml': 'title: Atelier\ndate: 2021-10-20\ndeliverables:\n  - id: synthese\n    title: Synthèse\nagenda:\n  - time: 9h-10h\n    title: Atelier\n',
  });
  const r = run(['check', '.'], dir);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /a\.programme\.yaml:4:9  warning  deliverable-unproduced/);
  assert.match(r.stdout, /1 warning — 1 file\n$/);
});

test('--format json: one array with 1-based lines and code-point columns', () => {
  const text = 'title: Atelier\ndate: 2021-10-20\nagenda: [{title: "🎉 Fête", time: 8h-9h, typ: welcome}]\n';
  const dir = workspace({ 'a.programme.yaml': text });
  const r = run(['check', '--format', 'json', 'a.programme.yaml'], dir);
  assert.equal(r.code, 1);
  const items = JSON.parse(r.stdout);
  const column = Array.from(text.split('\n')[2]!.slice(0, text.split('\n')[2]!.indexOf('typ'))).length + 1;
  assert.deepEqual(items, [
    {
      file: 'a.programme.yaml',
      line: 3,
      column,
      endLine: 3,
      endColumn: column + 3,
      severity: 'error',
      code: 'schema',
      message: '`typ` is not a slot key — did you mean `type`?',
    },
  ]);
});

test('--format json on a clean set prints an empty array', () => {
  const r = run(['check', '--format', 'json', 'examples/atelier-local', 'examples/nct-herault']);
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.stdout), []);
});

test('--format sarif: SARIF 2.1.0 with one rule per code and located results', () => {
  const dir = workspace({ 'sub dir/atelier.programme.yaml': overlapping });
  const r = run(['check', '--format', 'sarif', '.'], dir);
  assert.equal(r.code, 1);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  const run0 = log.runs[0];
  assert.equal(run0.tool.driver.name, 'deroule');
  assert.equal(run0.tool.driver.rules.length, 30); // the 26 codes of FORMAT.md §5 and the 4 of 7.4
  const rule = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'time-overlap');
  assert.equal(rule.helpUri, `${pathToFileURL(join(ROOT, 'docs/rules.md')).href}#time-overlap`);
  assert.match(rule.help.markdown, /docs\/rules\.md#time-overlap/);
  assert.equal(rule.defaultConfiguration.level, 'error');
  assert.match(rule.help.text, /previous slot/);
  assert.equal(run0.results.length, 1);
  const result = run0.results[0];
  assert.equal(result.ruleId, 'time-overlap');
  assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'time-overlap');
  assert.equal(result.level, 'error');
  assert.match(result.partialFingerprints['derouleFinding/v1'], /^[0-9a-f]{32}$/);
  assert.deepEqual(result.locations[0].physicalLocation, {
    artifactLocation: { uri: 'sub%20dir/atelier.programme.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 7, startColumn: 11, endLine: 7, endColumn: 22 },
  });
});

test('folders are searched recursively for both kinds and checked as one set', () => {
  const person = (name: string) => `people:\n  - id: p\n    name: ${name}\n`;
  const dir = workspace({
    'a/matin.programme.yaml': `title: Atelier A\ndate: 2021-10-20\n${person('Claire Martin')}agenda:\n  - time: 9h-12h\n    title: Atelier A\n    speakers: [p]\n`,
    'b/c/apres.programme.yml': `title: Atelier B\ndate: 2021-10-20\n${person('Claire  Martin')}agenda:\n  - time: 11h-12h\n    title: Atelier B\n    speakers: [p]\n`,
    'b/notes.yaml': 'not: checked\n',
    'node_modules/x/skip.programme.yaml': 'typ: x\n',
    'm.mission.yaml': 'title: Mission\nperiod: { start: 2021-01, end: 2021-12 }\n',
  });
  const r = run(['check', '--format', 'json', '.'], dir);
  const items = JSON.parse(r.stdout) as { file: string; code: string; message: string }[];
  assert.deepEqual(
    items.map((i) => [i.file, i.code]),
    [
      ['a/matin.programme.yaml', 'double-booked'],
      ['b/c/apres.programme.yml', 'double-booked'],
    ],
  );
  assert.match(items[0]!.message, /Claire Martin is also involved in “Atelier B” \(\.\.\/b\/c\/apres\.programme\.yml\) from 11:00 to 12:00 the same day\./);
  assert.equal(r.code, 0);
});

test('a missing path: one clear line, exit 2', () => {
  const r = run(['check', 'nowhere/atelier.programme.yaml']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, "deroule: cannot read '" + join(ROOT, 'nowhere/atelier.programme.yaml') + "': no such file or directory\n");
});

test('usage errors exit 2', () => {
  for (const args of [['check'], ['check', '--format', 'xml', 'examples'], ['check', '--lang', 'de', 'examples'], ['check', '--nope', 'examples'], ['frobnicate'], []]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^deroule: /);
    assert.match(r.stderr, /Usage:/);
  }
});

test('an unreadable file is an I/O error, exit 2', { skip: process.getuid?.() === 0 ? 'root can read everything' : false }, () => {
  const dir = workspace({ 'x.programme.yaml': 'title: x\n' });
  spawnSync('chmod', ['000', join(dir, 'x.programme.yaml')]);
  const r = run(['check', 'x.programme.yaml'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /permission denied/);
});

test('--version and --help', () => {
  assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /deroule check \[--format text\|json\|sarif\]/);
});

test('a mission cannot make the checker read a file outside what it was asked to check', () => {
  const dir = workspace({
    'secret.programme.yaml': 'title: Hors du dossier\ndate: 2022-10-12\n',
    'ws/flash.mission.yaml': 'title: Flash\nperiod: { start: 2022-09, end: 2022-11 }\nphases:\n  - id: a\n    title: A\n    programmes: [../secret.programme.yaml]\n',
  });
  const r = run(['check', '--format', 'json', '.'], join(dir, 'ws'));
  const items = JSON.parse(r.stdout) as { code: string; message: string }[];
  assert.deepEqual(items.map((i) => [i.code, i.message]), [
    ['programme-missing', '`../secret.programme.yaml` is not a path inside the project root (the nearest folder above with a .deroule.yaml or .git), relative to this mission: Déroulé does not read it.'],
  ]);
});
