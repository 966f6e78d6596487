/**
 * `deroule import` for every extension Déroulé imports (issue 17): each reaches the importer;
 * the summary on stderr, in English and French; bad input is one line, exit 2, no file.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { IMPORT_EXTENSIONS } from '../../common/importFormats';
import { SAMPLE_SLOTS, sampleDocx, sampleHtml, sampleMarkdown, sampleOdt, samplePdf, sampleText } from '../importSamples';
import { runCli } from './runCli';

const folder = () => mkdtempSync(join(tmpdir(), 'deroule-import-formats-'));
const en = { LANG: 'C.UTF-8', LC_ALL: '' };
const fr = { LANG: 'fr_FR.UTF-8', LC_ALL: '' };

const SUMMARY_EN = [
  'out.programme.yaml: 3 slots imported; check: no problem.',
  '  Imported: “Atelier mobilités du Vimeu”',
  '  Date: 2025-06-05',
  '  3 slots, 0 people (0 speakers)',
  '  Not recognised: nothing, every line found its place',
  '  Check: no problem',
];
const SUMMARY_FR = [
  'out.programme.yaml: 3 séances importées ; vérification : aucun problème.',
  '  Importé : « Atelier mobilités du Vimeu »',
  '  Date : 2025-06-05',
  '  3 séances, 0 personne (0 intervenant)',
  '  Non reconnu : rien, chaque ligne a trouvé sa place',
  '  Vérification : aucun problème',
];

const lines = (s: string) => s.split('\n').slice(0, -1);

for (const [ext, make] of [['txt', sampleText], ['md', sampleMarkdown], ['markdown', sampleMarkdown]] as const) {
  test(`.${ext}: the three slots are written, and the summary says so`, () => {
    const dir = folder();
    writeFileSync(join(dir, `jour.${ext}`), make());
    const r = runCli(['import', '-o', 'out.programme.yaml', `jour.${ext}`], dir, en);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(r.stderr), SUMMARY_EN);
    const yaml = readFileSync(join(dir, 'out.programme.yaml'), 'utf8');
    for (const [, , title] of SAMPLE_SLOTS) assert.match(yaml, new RegExp(`title: ${title}`));
  });
}

test('the summary in French, from the locale or from --lang', () => {
  const dir = folder();
  writeFileSync(join(dir, 'jour.txt'), sampleText());
  const r = runCli(['import', '-o', 'out.programme.yaml', 'jour.txt'], dir, fr);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(lines(r.stderr), SUMMARY_FR);
  const asked = runCli(['import', '--lang', 'fr', 'jour.txt'], dir, en);
  assert.deepEqual(lines(asked.stderr), [SUMMARY_FR[0]!.replace('out.programme.yaml: ', ''), ...SUMMARY_FR.slice(1)]);
  assert.match(asked.stdout, /title: Accueil café/);
});

test('what is not recognised is counted and listed, and the check result is told', () => {
  const dir = folder();
  writeFileSync(join(dir, 'jour.txt'), `${sampleText()}\nMerci de confirmer votre présence.\n10h00 - 9h00 : Séance à l'envers\n`);
  const r = runCli(['import', 'jour.txt'], dir, en);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^  Not recognised: 1 line, kept in the file under “not recognised on import” comments$/m);
  assert.match(r.stderr, /^    - .*Merci de confirmer votre présence\..*$/m);
  assert.match(r.stderr, /^  Check: [1-9]\d* errors?, \d+ warnings?$/m);
});

test('a Word table reaches the importer: its slots are written', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'jour.docx'), await sampleDocx());
  const r = runCli(['import', '-o', 'out.programme.yaml', 'jour.docx'], dir, en);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^out\.programme\.yaml: 3 slots imported/);
  const yaml = readFileSync(join(dir, 'out.programme.yaml'), 'utf8');
  for (const [, , title] of SAMPLE_SLOTS) assert.match(yaml, new RegExp(`title: ${title}`));
});

/** HTML, LibreOffice and PDF: each read by its own reader into the same three slots. */
for (const [ext, make] of [['html', sampleHtml], ['htm', sampleHtml], ['odt', sampleOdt], ['pdf', samplePdf]] as const) {
  test(`.${ext}: its slots, and the summary`, async () => {
    const dir = folder();
    writeFileSync(join(dir, `jour.${ext}`), await make());
    const r = runCli(['import', '-o', 'out.programme.yaml', `jour.${ext}`], dir, en);
    assert.equal(r.code, 0, r.stderr);
    const yaml = readFileSync(join(dir, 'out.programme.yaml'), 'utf8');
    for (const [, , title] of SAMPLE_SLOTS) assert.match(yaml, new RegExp(`title: ${title}`), `.${ext} imported, but not its slots`);
    assert.match(r.stderr, /^out\.programme\.yaml: 3 slots imported/);
  });
}

test('the extensions are those of common/importFormats.ts', () => {
  assert.deepEqual([...IMPORT_EXTENSIONS], ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'odt', 'pdf']);
});

test('another extension is refused before it is read: one line, exit 2, no file (English and French)', () => {
  const dir = folder();
  writeFileSync(join(dir, 'jour.rtf'), '{\\rtf1 9h00 - 9h30 : Accueil}');
  const r = runCli(['import', '-o', 'out.programme.yaml', 'jour.rtf'], dir, en);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, "deroule: cannot import 'jour.rtf': Déroulé imports .txt, .md, .html, .docx, .odt, .pdf files (or a text with no extension)\n");
  const f = runCli(['import', '-o', 'out.programme.yaml', 'jour.rtf'], dir, fr);
  assert.equal(f.stderr, "deroule: impossible d’importer « jour.rtf » : Déroulé importe les fichiers .txt, .md, .html, .docx, .odt, .pdf (ou un texte sans extension)\n");
  assert.deepEqual(readdirSync(dir), ['jour.rtf']);
});

test('a corrupt .docx and binary data named .txt: one line, exit 2, nothing written, an existing file kept', () => {
  const dir = folder();
  writeFileSync(join(dir, 'casse.docx'), 'PK\u0003\u0004 not really a zip');
  writeFileSync(join(dir, 'out.programme.yaml'), '# mine\n');
  const r = runCli(['import', '-o', 'out.programme.yaml', '--force', 'casse.docx'], dir, en);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^deroule: cannot import 'casse\.docx': [^\n]+\n$/);
  assert.equal(readFileSync(join(dir, 'out.programme.yaml'), 'utf8'), '# mine\n');
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xd8, 0, 0, 0x10, 0x11]));
  const b = runCli(['import', '-o', 'new.programme.yaml', 'photo.txt'], dir, fr);
  assert.equal(b.code, 2);
  assert.match(b.stderr, /^deroule: impossible d’importer « photo\.txt » : [^\n]+\n$/);
  assert.equal(existsSync(join(dir, 'new.programme.yaml')), false);
});

test('usage errors of import: one file, a known --lang; in the language asked', () => {
  const dir = folder();
  const none = runCli(['import'], dir, fr);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^deroule: import prend un seul fichier \(texte, Markdown, HTML, Word, LibreOffice ou PDF\)\nUsage :/);
  const lang = runCli(['import', '--lang', 'de', 'jour.txt'], dir, en);
  assert.equal(lang.code, 2);
  assert.match(lang.stderr, /^deroule: --lang must be fr or en, not 'de'\n/);
  const missing = runCli(['import', '--lang', 'fr', 'absent.txt'], dir, en);
  assert.equal(missing.stderr, "deroule: impossible de lire « absent.txt » : fichier ou dossier introuvable\n");
});
