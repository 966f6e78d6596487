/** `deroule export`: every format from the built CLI, notes, overwrite protection, errors. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CRTE_MISSION, SEMINAIRE } from '../unit/render/missionV2Fixture';
import { ROOT, runCli } from './runCli';

const POIX = join(ROOT, 'examples/poix-du-nord/atelier-territorial.programme.yaml');

const run = (args: string[], cwd: string) => runCli(args, cwd);

test('html, md and ics go to stdout; html is self-contained', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-'));
  const html = run(['export', '--to', 'html', POIX], dir);
  assert.equal(html.code, 0);
  assert.match(html.stdout, /^<!DOCTYPE html>/);
  assert.match(html.stdout, /Restitution par groupe/);
  assert.doesNotMatch(html.stdout, /<link |<script|src=/);
  const md = run(['export', '--to', 'md', POIX], dir);
  assert.match(md.stdout, /^# Identifier et mettre en œuvre/);
  const ics = run(['export', '--to', 'ics', POIX], dir);
  assert.match(ics.stdout, /^BEGIN:VCALENDAR\r\n/);
  assert.equal((ics.stdout.match(/BEGIN:VEVENT/g) ?? []).length, 11);
  assert.match(ics.stdout, /DTSTART;TZID=Europe\/Paris:20211020T083000/);
});

test('-o writes the file and names it on stderr; an existing file needs --force', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-'));
  const first = run(['export', '--to', 'docx', '-o', 'poix.docx', POIX], dir);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stderr, 'poix.docx\n');
  assert.equal(readFileSync(join(dir, 'poix.docx')).subarray(0, 2).toString(), 'PK');
  writeFileSync(join(dir, 'keep.html'), 'version de la semaine dernière');
  const refused = run(['export', '--to', 'html', '-o', 'keep.html', POIX], dir);
  assert.equal(refused.code, 2);
  assert.equal(refused.stderr, "deroule: 'keep.html' already exists: use --force to overwrite it\n");
  assert.equal(readFileSync(join(dir, 'keep.html'), 'utf8'), 'version de la semaine dernière');
  const forced = run(['export', '--to', 'html', '-o', 'keep.html', '--force', POIX], dir);
  assert.equal(forced.code, 0);
  assert.match(readFileSync(join(dir, 'keep.html'), 'utf8'), /<!DOCTYPE html>/);
});

test('facilitator notes only with --with-notes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-'));
  writeFileSync(
    join(dir, 'a.programme.yaml'),
    'title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 9h-10h\n    title: Accueil\n    notes: Clés de la salle chez le gardien\n',
  );
  // ICS folds long lines: unfold before looking for the words.
  const out = (args: string[]) => run(args, dir).stdout.replace(/\r\n[ \t]/g, '');
  for (const to of ['html', 'md', 'ics']) {
    assert.doesNotMatch(out(['export', '--to', to, 'a.programme.yaml']), /gardien/, to);
    assert.match(out(['export', '--to', to, '--with-notes', 'a.programme.yaml']), /Clés de la salle chez le gardien/, to);
  }
});

test('errors are one clear line: unknown format, docx without -o, missing file, unwritable output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-'));
  const cases: [string[], RegExp][] = [
    [['export', '--to', 'pdf', POIX], /^deroule: --to must be html, md, docx or ics, not 'pdf'/],
    [['export', '--to', 'docx', POIX], /^deroule: a Word document is binary: give the output file with -o/],
    [['export', '--to', 'html', 'absent.programme.yaml'], /^deroule: cannot read 'absent.programme.yaml': no such file or directory\n$/],
    [['export', '--to', 'html', '-o', 'no/such/dir/x.html', POIX], /^deroule: cannot write 'no\/such\/dir\/x.html': no such file or directory\n$/],
    [['export', POIX], /^deroule: export needs --to html\|md\|docx\|ics/],
  ];
  for (const [args, expected] of cases) {
    const r = run(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, expected);
  }
  assert.equal(existsSync(join(dir, 'no')), false);
});

test('a mission exports its phases with the linked programmes', () => {
  const r = run(['export', '--to', 'md', join(ROOT, 'examples/atelier-local/atelier-local.mission.yaml')], ROOT);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /\| Phases \| Dates \| Programme \| Livrables \| Gouvernance \|/);
  // Months in words, never ISO; the linked programmes with their dates.
  assert.match(r.stdout, /\n\| [^|]+ \| [a-zéû]+( – [a-zéû]+)? \d{4} \| [^|]+ \(\d+(er)? [a-zéû]+ \d{4}[,)]/);
  assert.doesNotMatch(r.stdout, /\b\d{4}-\d{2}\b/);
});

test('deroule export --to ics of a mission: milestones, deliverable dues and the linked programmes\' days', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-'));
  writeFileSync(join(dir, 'crte.mission.yaml'), CRTE_MISSION);
  writeFileSync(join(dir, 'seminaire.programme.yaml'), SEMINAIRE);
  const r = run(['export', '--to', 'ics', 'crte.mission.yaml'], dir);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.replace(/\r\n[ \t]/g, '');
  assert.equal((out.match(/BEGIN:VEVENT/g) ?? []).length, 7);
  assert.match(out, /UID:crte-milestone-signature-pa@deroule\r\n/);
  assert.match(out, /DTSTART;VALUE=DATE:20211231\r\n/);
  assert.match(out, /UID:crte-programme-seminaire\.programme\.yaml-20211118@deroule\r\n/);
  assert.match(out, /DTSTART;TZID=Europe\/Paris:20211118T090000\r\nDTEND;TZID=Europe\/Paris:20211118T163000\r\n/);
});

test('without --force no format overwrites an existing file: exit 2, the file byte-identical', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-'));
  const previous = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0a, 0x0d, 0x0a]);
  for (const to of ['html', 'md', 'docx', 'ics']) {
    writeFileSync(join(dir, `mine.${to}`), previous);
    const r = run(['export', '--to', to, '-o', `mine.${to}`, POIX], dir);
    assert.equal(r.code, 2, to);
    assert.equal(r.stderr, `deroule: 'mine.${to}' already exists: use --force to overwrite it\n`);
    assert.deepEqual(readFileSync(join(dir, `mine.${to}`)), previous, to);
  }
  // Not the programme itself either.
  const self = run(['export', '--to', 'md', '-o', POIX, POIX], dir);
  assert.equal(self.code, 2);
  assert.match(readFileSync(POIX, 'utf8'), /^title: /m);
});

test('a link at the output path, even a dangling one, is never written through without --force', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-'));
  symlinkSync(join(dir, 'elsewhere.html'), join(dir, 'link.html'));
  const r = run(['export', '--to', 'html', '-o', 'link.html', POIX], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "deroule: 'link.html' already exists: use --force to overwrite it\n");
  assert.equal(existsSync(join(dir, 'elsewhere.html')), false);
});

test('--force: a write that fails (the path is a folder) leaves what was there and no temporary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-export-'));
  mkdirSync(join(dir, 'keep.md'));
  writeFileSync(join(dir, 'keep.md', 'inside.txt'), 'mon travail');
  const r = run(['export', '--to', 'md', '-o', 'keep.md', '--force', POIX], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^deroule: cannot write 'keep\.md': /);
  assert.equal(readFileSync(join(dir, 'keep.md', 'inside.txt'), 'utf8'), 'mon travail');
  assert.deepEqual(readdirSync(dir), ['keep.md']);
});
