/**
 * The command line's own messages — usage errors, Node's option errors worded again, files
 * it cannot read or write — in the language of the run: `--lang`, else the locale.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli } from './runCli';

const FR = { LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const EN = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const firstLine = (s: string) => s.split('\n')[0];

describe('the command line speaks French and English', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'deroule-cli-fr-'));
  writeFileSync(join(cwd, 'atelier.programme.yaml'), 'title: Atelier\nlanguage: fr\ndate: 2026-03-12\nagenda:\n  - time: 09h00-10h00\n    title: Accueil\n    type: welcome\n');
  writeFileSync(join(cwd, 'deja.html'), 'existing');

  const cases: [string, string[], string, string][] = [
    ['no command', [], 'deroule: aucune commande donnée', 'deroule: no command given'],
    ['unknown command', ['verifier'], 'deroule: commande inconnue « verifier »', "deroule: unknown command 'verifier'"],
    ['unknown option (Node says it in English)', ['check', '--strict', 'x'], 'deroule: option inconnue « --strict »', "deroule: unknown option '--strict'"],
    ['option without its value', ['export', 'atelier.programme.yaml', '--to'], 'deroule: l’option « --to » attend une valeur', "deroule: option '--to' needs a value"],
    ['bad --to', ['export', '--to', 'pdf', 'atelier.programme.yaml'], 'deroule: --to vaut html, md, docx ou ics, pas « pdf »', "deroule: --to must be html, md, docx or ics, not 'pdf'"],
    ['missing file', ['export', '--to', 'md', 'absent.programme.yaml'], 'deroule: impossible de lire « absent.programme.yaml » : fichier ou dossier introuvable', "deroule: cannot read 'absent.programme.yaml': no such file or directory"],
    ['existing output', ['export', '--to', 'html', '-o', 'deja.html', 'atelier.programme.yaml'], 'deroule: « deja.html » existe déjà : ajoutez --force pour le remplacer', "deroule: 'deja.html' already exists: use --force to overwrite it"],
  ];
  for (const [name, args, fr, en] of cases) {
    test(`${name}: exit 2, one line in the locale's language`, () => {
      const f = runCli(args, cwd, FR);
      assert.equal(f.code, 2);
      assert.equal(firstLine(f.stderr), fr);
      const e = runCli(args, cwd, EN);
      assert.equal(e.code, 2);
      assert.equal(firstLine(e.stderr), en);
    });
  }
  test('a usage error is followed by the usage in the same language', () => {
    assert.match(runCli(['verifier'], cwd, FR).stderr, /\nUsage :/);
    assert.match(runCli(['verifier'], cwd, EN).stderr, /\nUsage:/);
  });
  test('--lang wins over the locale, for check’s own messages too', () => {
    const r = runCli(['check', '--lang', 'fr', 'absent'], cwd, EN);
    assert.equal(r.code, 2);
    assert.match(firstLine(r.stderr)!, /^deroule: impossible de lire « \/.*\/absent » : fichier ou dossier introuvable$/);
    assert.equal(firstLine(runCli(['check', '--lang', 'en', '--format', 'xml', 'absent'], cwd, FR).stderr), "deroule: --format must be text, json or sarif, not 'xml'");
  });
});
