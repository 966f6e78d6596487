/**
 * `deroule export` of a programme with a date the calendar does not have: exit 1, one line
 * per date on stderr (line, column, the reason, in the locale's language), nothing on stdout
 * and no file, whatever the format. A year below 100 is exported as written.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const CLI = join(resolve(__dirname, '../../..'), 'dist/cli.js');

function run(args: string[], cwd: string, lang = 'C') {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TWO_DAYS = `title: Formation-action — concertation
format: meeting
days:
  - date: 2023-02-28
    agenda:
      - time: 09h30-12h00
        title: Comité de suivi
        type: plenary
  - date: 2023-02-29
    agenda:
      - time: 09h30-12h00
        title: Atelier de co-construction
        type: workshop
`;

test('an impossible date: exit 1, the date on stderr, no file and nothing on stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-dates-'));
  writeFileSync(join(dir, 'formation.programme.yaml'), TWO_DAYS);
  for (const to of ['ics', 'html', 'md', 'docx']) {
    const out = `formation.${to}`;
    const r = run(['export', '--to', to, '-o', out, 'formation.programme.yaml'], dir);
    assert.equal(r.code, 1, `${to}: ${r.stderr}`);
    assert.equal(r.stderr, "deroule: cannot export 'formation.programme.yaml': 9:11: `2023-02-29` is not a day of the calendar: 2023-02 has 28 days.\n");
    assert.equal(r.stdout, '');
    assert.equal(existsSync(join(dir, out)), false, to);
  }
  const stdout = run(['export', '--to', 'ics', 'formation.programme.yaml'], dir, 'fr_FR.UTF-8');
  assert.equal(stdout.code, 1);
  assert.equal(stdout.stdout, '');
  assert.equal(stdout.stderr, "deroule: impossible d’exporter « formation.programme.yaml » : 9:11: `2023-02-29` n’existe pas dans le calendrier : 2023-02 compte 28 jours.\n");
  assert.deepEqual(readdirSync(dir), ['formation.programme.yaml']);
});

test('a year below 100 is exported as written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-dates-'));
  writeFileSync(join(dir, 'formation.programme.yaml'), TWO_DAYS.replace('2023-02-28', '0024-02-28').replace('2023-02-29', '0024-02-29'));
  const r = run(['export', '--to', 'ics', 'formation.programme.yaml'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /DTSTART;TZID=Europe\/Paris:00240228T093000/);
  assert.match(r.stdout, /DTSTART;TZID=Europe\/Paris:00240229T093000/);
});
