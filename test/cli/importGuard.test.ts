/**
 * `deroule import` on hostile documents: one clear line on stderr, exit 2, no output file,
 * and a bounded peak memory. The CLI runs as a child process with a preload that reports
 * `process.resourceUsage().maxRSS` (the peak resident memory of the whole process, the
 * import's worker thread included) when it exits. What is asserted: under 768 MB, the
 * worker's 512 MB heap limit plus the rest of the process; before the bounds, the issue
 * measured 4.5 GB for the document of 2 million paragraphs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { binaryData, emptyParagraphsDocx, hugeText, zipBombDocx } from '../hostileImports';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const MAX_RSS_MB = 768;
const BOUNDS = 'over the bounds of an import (at most 20 MB of file, 16 MB of XML once unzipped, 10,000 paragraphs or lines, 200 PDF pages, 1,000,000 characters, 512 MB of memory, 60 s)';

const PRELOAD = `const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => require('node:fs').writeFileSync(process.env.DEROULE_TEST_RSS, String(process.resourceUsage().maxRSS)));
`;

/** Runs `deroule import -o out.programme.yaml FILE` in `dir`; the peak RSS in MB. */
function importInto(dir: string, file: string) {
  const preload = join(dir, 'peak-rss.cjs');
  const report = join(dir, 'peak-rss.txt');
  writeFileSync(preload, PRELOAD);
  const r = spawnSync(process.execPath, ['--require', preload, CLI, 'import', '-o', 'out.programme.yaml', file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', DEROULE_TEST_RSS: report },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, peakMb: Number(readFileSync(report, 'utf8')) / 1024 };
}

async function hostile(name: string, make: () => Buffer | Promise<Buffer>, stderr: string) {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-import-guard-'));
  writeFileSync(join(dir, name), await make());
  const r = importInto(dir, name);
  assert.equal(r.stderr, `deroule: cannot import '${name}': ${stderr}\n`);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(existsSync(join(dir, 'out.programme.yaml')), false);
  assert.deepEqual(readdirSync(dir).sort(), [name, 'peak-rss.cjs', 'peak-rss.txt'].sort());
  assert.ok(r.peakMb < MAX_RSS_MB, `peak RSS ${Math.round(r.peakMb)} MB`);
}

const options = { timeout: 300_000 };

test('a .docx of 2 million empty paragraphs', options, () =>
  hostile('vide.docx', () => emptyParagraphsDocx(2_000_000), `it has 2,000,000 paragraphs, ${BOUNDS}`),
);

test('a zip bomb whose document.xml inflates to 2 GiB, its size declared', options, () =>
  hostile('bombe.docx', () => zipBombDocx(2048, false), `its XML (Word or LibreOffice) unzips to more than 16 MB, ${BOUNDS}`),
);

test('the same zip bomb with a header that declares 1 KB', options, () =>
  hostile('bombe.docx', () => zipBombDocx(2048, true), `its XML (Word or LibreOffice) unzips to more than 16 MB, ${BOUNDS}`),
);

test('a 73 MB text is refused without being read', options, () => hostile('long.txt', () => hugeText(73_000_000), `the file is 70 MB, ${BOUNDS}`));

test('binary data named .txt', options, () =>
  hostile('photo.txt', () => binaryData(1_000_000), 'it is not text (it holds binary data): import a text, Markdown, HTML, Word (.docx), LibreOffice (.odt) or PDF file'),
);

test('a text within the bounds is still imported and written', options, () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-import-guard-'));
  // UTF-16 LE with its byte order mark, as Notepad's "Unicode".
  writeFileSync(join(dir, 'jour.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Atelier — 5 juin 2025\r\n9h00 - 9h30 : Accueil café\r\n9h30 - 11h00 : Atelier\r\n', 'utf16le')]));
  const r = importInto(dir, 'jour.txt');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^out\.programme\.yaml: 2 slots imported; check: /);
  assert.match(readFileSync(join(dir, 'out.programme.yaml'), 'utf8'), /title: Accueil café/);
});
