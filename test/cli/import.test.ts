/** `deroule import`: the seed's text becomes a checked programme; Word files too; no overwrite. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from './runCli';

const SEEDS = join(ROOT, '../shared/seeds');
// Skipped, not failed, where shared/ is not beside the repository (a worktree).
const SEED = existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => f.startsWith('004_')) : undefined;

const run = (args: string[], cwd: string) => runCli(args, cwd, { LANG: 'C.UTF-8' });

test('the seed 004 day imports into a programme that checks without errors', { skip: SEED ? false : 'shared/seeds not beside the repository' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-import-'));
  const r = run(['import', '-o', 'poix.programme.yaml', join(ROOT, '../shared/seeds', SEED!)], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^poix\.programme\.yaml: 11 slots/);
  const yaml = readFileSync(join(dir, 'poix.programme.yaml'), 'utf8');
  assert.match(yaml, /time: 08h30-09h00/);
  assert.match(yaml, /per_group: 15/);
  const check = run(['check', '--format', 'json', 'poix.programme.yaml'], dir);
  const errors = (JSON.parse(check.stdout) as { severity: string; message: string }[]).filter((d) => d.severity === 'error');
  assert.deepEqual(errors, []);
});

test('stdout without -o; an existing file is kept unless --force', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-import-'));
  writeFileSync(join(dir, 'jour.txt'), 'Atelier CRTE — Date : 5 juin 2025\n\n9h00 - 9h30 : Accueil café\n9h30 - 11h00 : Atelier en sous-groupes\n11h00 - 11h15 : Restitution\n');
  const r = run(['import', 'jour.txt'], dir);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Accueil café/);
  writeFileSync(join(dir, 'jour.programme.yaml'), '# mon travail\n');
  const refused = run(['import', '-o', 'jour.programme.yaml', 'jour.txt'], dir);
  assert.equal(refused.code, 2);
  assert.equal(refused.stderr, "deroule: 'jour.programme.yaml' already exists: use --force to overwrite it\n");
  assert.equal(readFileSync(join(dir, 'jour.programme.yaml'), 'utf8'), '# mon travail\n');
  assert.equal(run(['import', '-o', 'jour.programme.yaml', '--force', 'jour.txt'], dir).code, 0);
});

test('a Word document is read through mammoth', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-import-'));
  const { Document, Packer, Paragraph } = await import('docx');
  const doc = new Document({ sections: [{ children: ['Séminaire SCoT — 14 mars 2022', '09h00/09h30 Accueil des participants', '09h30/10h30 Table ronde des élus', '10h30/10h45 Pause'].map((t) => new Paragraph(t)) }] });
  writeFileSync(join(dir, 'seminaire.docx'), await Packer.toBuffer(doc));
  const r = run(['import', 'seminaire.docx'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /date: 2022-03-14/);
  assert.match(r.stdout, /Table ronde des élus/);
});

test('a missing file is one clear line', () => {
  const r = run(['import', 'absent.txt'], ROOT);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "deroule: cannot read 'absent.txt': no such file or directory\n");
});

test('without --force the import never replaces a file, nor writes through a link: exit 2, byte-identical', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-import-'));
  writeFileSync(join(dir, 'jour.txt'), '9h00 - 9h30 : Accueil café\n9h30 - 11h00 : Atelier\n');
  const previous = Buffer.from('title: Mon programme\r\n# commentaire\u00a0\n', 'utf8');
  writeFileSync(join(dir, 'mine.programme.yaml'), previous);
  const r = run(['import', '-o', 'mine.programme.yaml', 'jour.txt'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.deepEqual(readFileSync(join(dir, 'mine.programme.yaml')), previous);
  // The source itself is no output either.
  assert.equal(run(['import', '-o', 'jour.txt', 'jour.txt'], dir).code, 2);
  assert.equal(readFileSync(join(dir, 'jour.txt'), 'utf8'), '9h00 - 9h30 : Accueil café\n9h30 - 11h00 : Atelier\n');
  symlinkSync(join(dir, 'ailleurs.programme.yaml'), join(dir, 'lien.programme.yaml'));
  assert.equal(run(['import', '-o', 'lien.programme.yaml', 'jour.txt'], dir).code, 2);
  assert.equal(existsSync(join(dir, 'ailleurs.programme.yaml')), false);
  const forced = run(['import', '-o', 'mine.programme.yaml', '--force', 'jour.txt'], dir);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(readFileSync(join(dir, 'mine.programme.yaml'), 'utf8'), /Accueil café/);
  assert.deepEqual(readdirSync(dir).sort(), ['jour.txt', 'lien.programme.yaml', 'mine.programme.yaml']);
});
