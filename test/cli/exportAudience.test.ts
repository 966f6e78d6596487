/** `deroule export --for participants|team` (FORMAT.md 7.3) from the built CLI, every format, and `--with-notes`, its earlier name. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import mammoth from 'mammoth';
import { AUDIENCE_PROGRAMME, PUBLIC_CORPUS, TEAM_CORPUS } from '../unit/render/audienceFixture';
import { runCli } from './runCli';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-audience-'));
  writeFileSync(join(dir, 'atelier.programme.yaml'), AUDIENCE_PROGRAMME);
  return dir;
}

/** The text a reader gets: Word through mammoth, the calendar unfolded and unescaped. */
async function exported(dir: string, to: string, audience: string[]): Promise<string> {
  if (to === 'docx') {
    const r = runCli(['export', '--to', 'docx', ...audience, '-o', `out-${audience.join('')}.docx`, '--force', 'atelier.programme.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    return (await mammoth.extractRawText({ path: join(dir, `out-${audience.join('')}.docx`) })).value;
  }
  const r = runCli(['export', '--to', to, ...audience, 'atelier.programme.yaml'], dir);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.replace(/\r\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1').replace(/&#39;/g, "'");
}

test('--for participants (and the default) leaves out every team item; --for team and --with-notes keep them all', async () => {
  const dir = workspace();
  for (const to of ['html', 'md', 'docx', 'ics']) {
    for (const audience of [[], ['--for', 'participants']]) {
      const text = await exported(dir, to, audience);
      for (const item of TEAM_CORPUS) assert.ok(!text.includes(item), `${to} ${audience.join(' ') || '(default)'}: « ${item} »`);
      for (const item of PUBLIC_CORPUS) assert.ok(text.includes(item), `${to}: « ${item} »`);
    }
    for (const audience of [['--for', 'team'], ['--with-notes']]) {
      const text = await exported(dir, to, audience);
      const expected = to === 'ics' ? TEAM_CORPUS.filter((t) => t !== 'Prévenir le traiteur' && t !== 'Temps par groupe') : TEAM_CORPUS;
      for (const item of expected) assert.ok(text.includes(item), `${to} ${audience.join(' ')}: « ${item} » missing`);
      if (to !== 'ics') assert.ok(text.includes('Matériel à prévoir'), `${to}: the checklist`);
    }
  }
});

test('a wrong --for, or --with-notes with --for participants, is a usage error (exit 2, nothing written)', () => {
  const dir = workspace();
  const wrong = runCli(['export', '--to', 'html', '--for', 'everyone', 'atelier.programme.yaml'], dir);
  assert.equal(wrong.code, 2);
  assert.equal(wrong.stdout, '');
  assert.match(wrong.stderr, /^deroule: --for must be participants or team, not 'everyone'\n/);
  const both = runCli(['export', '--to', 'html', '--for', 'participants', '--with-notes', 'atelier.programme.yaml'], dir);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /^deroule: --with-notes is --for team: it cannot go with --for participants\n/);
});

test('--help says what --for does, in English and in French', () => {
  const dir = workspace();
  const en = runCli(['--help'], dir, { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
  assert.match(en.stdout, /deroule export --to html\|md\|docx\|ics \[-o OUT\] \[--for participants\|team\]/);
  assert.match(en.stdout, /--for team\s+keeps them, marked, with each day's materials checklist/);
  const fr = runCli(['--help'], dir, { LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
  assert.match(fr.stdout, /^Usage :\n/);
  assert.match(fr.stdout, /--for team les garde, signalés, avec le matériel à prévoir de chaque\s+journée/);
});
