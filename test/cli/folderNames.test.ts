/**
 * Folder names as French users write them: « l'atelier », « proj (2024) », « R&D »… The
 * programme beside a mission, or in a subfolder named so, is found by `check` and shown by
 * `export`, for every character a folder name may hold. (Node's `pathToFileURL` and
 * vscode-uri encode `'`, `&`, `(`, `)`, `+`, `@`, `,`, `;`, `=`, `!`, `$`, `~` differently: a
 * file then fell outside its own workspace.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

/** Every character tested, alone in a folder name (`dossier<c>2024`). */
const FOLDER_CHARACTERS = [' ', 'é', 'è', 'à', 'ç', 'ô', 'œ', 'É', "'", '’', '&', '(', ')', '+', '@', ',', ';', '=', '#', '%', '[', ']', '!', '$', '~', '«', '»', '\u00a0'];

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
  assert.equal(r.signal, null, `deroule ${args.join(' ')} did not end by itself`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const mission = (path: string) =>
  `title: Mission\nperiod: { start: 2022-09, end: 2022-11 }\nphases:\n  - id: atelier\n    title: Atelier sur site\n    start: 2022-10\n    end: 2022-10\n    programmes: [${JSON.stringify(path)}]\n`;
const programme = (title: string, time: string) =>
  `title: ${title}\ndate: 2022-10-12\npeople:\n  - id: p\n    name: Claire Martin\nagenda:\n  - time: ${time}\n    title: Atelier\n    speakers: [p]\n`;

/**
 * A workspace `<tmp>/<folder>` holding a mission that links the programme beside it and the
 * one in `<folder>/<folder>`, the two booking Claire Martin at overlapping times.
 */
function workspace(folder: string): string {
  const ws = join(mkdtempSync(join(tmpdir(), 'deroule-names-')), folder);
  mkdirSync(join(ws, folder), { recursive: true });
  writeFileSync(join(ws, 'm.mission.yaml'), mission('p.programme.yaml').replace(/\]\n$/, `, ${JSON.stringify(`${folder}/q.programme.yaml`)}]\n`));
  writeFileSync(join(ws, 'p.programme.yaml'), programme('Séance à côté', '9h-12h'));
  writeFileSync(join(ws, folder, 'q.programme.yaml'), programme('Séance du sous-dossier', '11h-12h'));
  return ws;
}

for (const [name, c] of [...FOLDER_CHARACTERS.map((c) => [JSON.stringify(c), c]), ['all of them', FOLDER_CHARACTERS.join('')]] as [string, string][]) {
  const folder = `dossier${c}2024`;
  test(`a folder named with ${name}: check finds the linked programmes, export shows them`, { timeout: 120_000 }, () => {
    const ws = workspace(folder);
    // From inside the folder (what was broken); for all of them, also from its parent naming it.
    const runs = [[ws, '.', ''], [join(ws, '..'), folder, `${folder}/`]] as const;
    for (const [cwd, path, prefix] of c.length > 1 ? runs : runs.slice(0, 1)) {
      const r = run(['check', '--format', 'json', path], cwd);
      assert.equal(r.stderr, '');
      const items = (JSON.parse(r.stdout) as { file: string; code: string }[]).map((d) => [d.file, d.code]);
      // No programme-missing: both links resolve; the two files are booked against each other once.
      assert.deepEqual(items, [
        [`${prefix}${folder}/q.programme.yaml`, 'double-booked'],
        [`${prefix}p.programme.yaml`, 'double-booked'],
      ]);
    }
    const md = run(['export', '--to', 'md', 'm.mission.yaml'], ws);
    assert.equal(md.code, 0, md.stderr);
    assert.equal(
      md.stdout.split('\n').find((l) => l.startsWith('| Atelier sur site')),
      '| Atelier sur site | octobre 2022 | Séance à côté (12 octobre 2022) ; Séance du sous-dossier (12 octobre 2022) |  |  |',
    );
  });
}
