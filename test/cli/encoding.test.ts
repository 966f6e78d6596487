/**
 * Files that are not UTF-8 (a programme saved as Windows-1252 by Word or Notepad): `check`
 * and `export` say so where the first bad byte is, `import` reads them as Windows-1252.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './runCli';

const run = (args: string[], cwd: string, lang = 'C.UTF-8') => runCli(args, cwd, { LANG: lang, LC_ALL: '' });

/** Windows-1252 bytes of a text made of Latin-1 characters plus the curly quote and dash. */
function cp1252(text: string): Buffer {
  const extra: Record<string, number> = { '’': 0x92, '–': 0x96, '€': 0x80, '“': 0x93, '”': 0x94, Œ: 0x8c, œ: 0x9c };
  return Buffer.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

const programme = `title: Atelier territorial
date: 2021-10-20
agenda:
  - time: 08h30-09h00
    title: Accueil café – présentation
    type: welcome
`;

function dirWith(name: string, bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-enc-'));
  writeFileSync(join(dir, name), bytes);
  return dir;
}

test('check: a Windows-1252 file is one yaml-syntax error at its first bad byte, in English and French', () => {
  const dir = dirWith('atelier.programme.yaml', cp1252(programme));
  const en = run(['check', 'atelier.programme.yaml'], dir);
  assert.equal(en.code, 1);
  assert.equal(
    en.stdout,
    'atelier.programme.yaml:5:23  error  yaml-syntax  This file is not UTF-8 text (byte 0xE9 here): it was probably saved as Windows-1252 (Latin-1), for example from Word. Save it again as UTF-8 (in VS Code: “Save with Encoding”): it is not checked until then.\n1 error — 1 file\n',
  );
  const fr = run(['check', '--lang', 'fr', '--format', 'json', 'atelier.programme.yaml'], dir);
  const [d, ...rest] = JSON.parse(fr.stdout) as { line: number; column: number; code: string; severity: string; message: string }[];
  assert.deepEqual(rest, []);
  assert.deepEqual([d!.line, d!.column, d!.code, d!.severity], [5, 23, 'yaml-syntax', 'error']);
  assert.match(d!.message, /^Ce fichier n’est pas du texte UTF-8 \(octet 0xE9 ici\) : il a sans doute été enregistré en Windows-1252/);
});

test('check: the other files of the set are still checked; valid UTF-8 (accents, emoji, U+FFFD itself) is not reported', () => {
  const dir = dirWith('a.programme.yaml', cp1252(programme));
  writeFileSync(join(dir, 'b.programme.yaml'), `${programme.replace('café', '🎉 café \uFFFD')}  - time: 08h45-09h30\n    title: Suite\n`);
  const r = run(['check', '--format', 'json', '.'], dir);
  const found = (JSON.parse(r.stdout) as { file: string; line: number; code: string }[]).map((d) => `${d.file}:${d.line} ${d.code}`);
  assert.deepEqual(found, ['a.programme.yaml:5 yaml-syntax', 'b.programme.yaml:7 time-overlap']);
});

test('export: refused with the position and the reason, nothing written', () => {
  const dir = dirWith('atelier.programme.yaml', cp1252(programme));
  const r = run(['export', '--to', 'html', '-o', 'out.html', 'atelier.programme.yaml'], dir);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^deroule: cannot export 'atelier\.programme\.yaml': 5:23: This file is not UTF-8 text \(byte 0xE9 here\)/);
  const fr = run(['export', '--to', 'md', 'atelier.programme.yaml'], dir, 'fr_FR.UTF-8');
  assert.match(fr.stderr, /5:23: Ce fichier n’est pas du texte UTF-8/);
});

test('import: a Windows-1252 text gives exactly what its UTF-8 version gives', () => {
  const text = 'Atelier territorial – Poix-du-Nord\nŒuvrer ensemble : « à première vue »\n20 octobre 2021\n8h30-9h00 Accueil café\n9h00-10h00 Visite de l’opération\n';
  const dir = dirWith('ansi.txt', cp1252(text));
  writeFileSync(join(dir, 'utf8.txt'), text);
  const ansi = run(['import', 'ansi.txt'], dir);
  assert.equal(ansi.code, 0, ansi.stderr);
  assert.match(ansi.stdout, /Accueil café/);
  assert.match(ansi.stdout, /Visite de l’opération/);
  assert.equal(ansi.stdout, run(['import', 'utf8.txt'], dir).stdout);
});
