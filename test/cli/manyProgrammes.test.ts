/**
 * `deroule check` on a folder of 2,000 programmes that book one person at the same time
 * (issue 13, item 4): before, n(n − 1) warnings exhausted the CLI's memory; now one warning
 * per programme, each naming three others and counting the rest.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const COUNT = 2000;

function atelier(i: number): string {
  return `title: Atelier ${i}
date: 2021-10-20
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
agenda:
  - time: 09h00-10h00
    title: Atelier ${i}
    type: workshop
    speakers: [archi]
`;
}

test(`${COUNT.toLocaleString('en')} programmes booking one person at the same time: ${COUNT.toLocaleString('en')} warnings of bounded length`, { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-cli-many-'));
  mkdirSync(join(dir, 'ateliers'));
  for (let i = 1; i <= COUNT; i++) writeFileSync(join(dir, 'ateliers', `atelier-${String(i).padStart(4, '0')}.programme.yaml`), atelier(i));
  const run = (lang: string) =>
    spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--lang', lang, '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  const r = run('en');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0); // warnings only
  const items = JSON.parse(r.stdout) as { file: string; line: number; column: number; severity: string; code: string; message: string }[];
  assert.equal(items.length, COUNT);
  assert.ok(items.every((i) => i.code === 'double-booked' && i.severity === 'warning' && i.line === 11 && i.column === 16));
  assert.equal(new Set(items.map((i) => i.file)).size, COUNT);
  assert.ok(Math.max(...items.map((i) => i.message.length)) < 250);
  assert.equal(
    items.find((i) => i.file === 'ateliers/atelier-0001.programme.yaml')!.message,
    'Claire Martin is also involved during this slot (from 09:00 to 10:00 on 2021-10-20) in atelier-0002.programme.yaml, atelier-0003.programme.yaml, atelier-0004.programme.yaml and 1,996 other programmes.',
  );

  const fr = JSON.parse(run('fr').stdout) as { file: string; message: string }[];
  assert.equal(fr.length, COUNT);
  assert.equal(
    fr.find((i) => i.file === 'ateliers/atelier-2000.programme.yaml')!.message,
    'Claire Martin intervient aussi pendant cette séance (de 09h00 à 10h00 le 2021-10-20) dans atelier-0001.programme.yaml, atelier-0002.programme.yaml, atelier-0003.programme.yaml et 1\u202f996 autres programmes.',
  );
});
