// `deroule import --lang`: the summary after an import speaks the requested language in
// every sentence, the importer's remarks included, whatever the document's language; the
// document's own words are quoted as written.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './runCli';

const FRENCH = [
  'Formation mobilités durables',
  'Public : agents des DDT, stagiaires',
  '12 mars 2025',
  '',
  '9h00 Accueil des stagiaires',
  '9h30 Présentation du diagnostic',
  '',
  'Merci de confirmer votre venue avant vendredi.',
  '',
].join('\n');

function summary(lang: 'en' | 'fr', text: string, name: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-import-lang-'));
  writeFileSync(join(dir, name), text);
  const r = runCli(['import', '--lang', lang, '-o', 'out.programme.yaml', name], dir, { LANG: 'C.UTF-8' });
  assert.equal(r.code, 0, r.stderr);
  return r.stderr.trimEnd().split('\n');
}

test('a French document imported with --lang en: the remarks are framed in English, the quoted words stay French', () => {
  const lines = summary('en', FRENCH, 'formation.txt');
  const remarks = lines.slice(lines.indexOf('  What the import noted:') + 1).filter((l) => l.startsWith('    - '));
  assert.deepEqual(remarks, [
    '    - format: training, as the text speaks of "stagiaires", "Formation"',
    '    - line 8: "Merci de confirmer votre venue avant vendredi." not recognised, kept in context',
  ]);
  assert.doesNotMatch(lines.join('\n'), /ligne|non reconnu|supposée|le texte parle/);
});

test('the same document with --lang fr: every remark in French', () => {
  const lines = summary('fr', FRENCH, 'formation.txt');
  const remarks = lines.slice(lines.indexOf('  Ce que l’import a relevé :') + 1).filter((l) => l.startsWith('    - '));
  assert.deepEqual(remarks, [
    '    - format : formation (training), le texte parle de « stagiaires », « Formation »',
    '    - ligne 8 : « Merci de confirmer votre venue avant vendredi. » non reconnu, conservé dans le contexte (context)',
  ]);
});

test('an English document with --lang fr: the assumed year said in French', () => {
  const lines = summary('fr', ['', '12 March', '', '09:00 Welcome coffee', '09:30 Opening plenary', ''].join('\n'), 'day.txt');
  assert.ok(lines.some((l) => /^ {4}- année supposée à l'import : \d{4}-03-12$/.test(l)), lines.join('\n'));
  assert.doesNotMatch(lines.join('\n'), /assumed/);
});
