/**
 * The .vsix `npm run build` makes (dist/deroule.vsix), as a marketplace receives it: small,
 * with its icon, README, CHANGELOG and LICENSE, no sources or test fixtures, and a README
 * whose every link and image leads to a file of this repository once it is pushed.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

const ROOT = resolve(__dirname, '../../../..');
const VSIX = join(ROOT, 'dist/deroule.vsix');
/**
 * It carries the extension's two entries and servers (issue 20): for Node (dist/) and for the
 * browser (dist/web/); the Word, calendar and import bundles, loaded only when used, once
 * (dist/web/, which Node loads too). 2.2 MB when this budget was set.
 */
const MAX_BYTES = 3 * 1024 * 1024;
/** The browser's bundles loaded to start (the extension and its server's worker), minified. */
const WEB_START_MAX_BYTES = 2 * 1024 * 1024;

type PublishCheck = {
  collectPublicUrls(vsix: Buffer): Promise<string[]>;
  deadUrls(urls: string[], fetchUrl: (url: string) => Promise<{ ok: boolean; status: number }>): Promise<string[]>;
  repositoryWebUrl(manifest: unknown): string | undefined;
};
let check: PublishCheck;
let zip: JSZip;
let paths: string[];

before(async () => {
  assert.ok(existsSync(VSIX), 'dist/deroule.vsix is missing: run npm run build first');
  check = await import(pathToFileURL(join(ROOT, 'scripts/publishCheck.mjs')).href);
  zip = await JSZip.loadAsync(readFileSync(VSIX));
  paths = Object.keys(zip.files).filter(path => !zip.files[path].dir);
});

test('the .vsix is under 3 MB', () => {
  const size = statSync(VSIX).size;
  assert.ok(size < MAX_BYTES, `${size} bytes`);
});

test('it holds the icon, README, CHANGELOG and LICENSE, and the manifest names that icon', async () => {
  for (const path of ['extension/images/icon.png', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', 'extension/package.json']) {
    assert.ok(paths.includes(path), path);
  }
  const manifest = JSON.parse(await zip.file('extension/package.json')!.async('string'));
  assert.ok(paths.includes(`extension/${manifest.icon}`));
  assert.match(await zip.file('extension/changelog.md')!.async('string'), /^## Unreleased$/m);
});

test('it holds no sources, tests, fixtures, examples or dependencies (docs/ may hold pages the extension opens)', () => {
  const unwanted = paths.filter(path =>
    /^extension\/(test|server|client|common|scripts|bench|examples|node_modules|out)\//.test(path) || /\.(ts|map|mjs)$/.test(path));
  assert.deepEqual(unwanted, []);
});

test('every link and image of the packaged README leads to a file of this repository', async () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const web = check.repositoryWebUrl(manifest)!;
  const urls = await check.collectPublicUrls(readFileSync(VSIX));
  const readme = await zip.file('extension/readme.md')!.async('string');
  // vsce rewrote each relative image to the repository's raw file: none is left relative.
  assert.deepEqual(readme.match(/!\[[^\]]*\]\((?!https:)[^)]*\)/g), null);
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1]);
  assert.ok(images.length >= 6);
  for (const image of images) assert.match(image, new RegExp(`^${web}/raw/HEAD/docs/images/[\\w-]+\\.png$`));
  const missing = urls
    .filter(url => url.startsWith(`${web}/`) && /\/(blob|raw)\/HEAD\//.test(url))
    .map(url => url.replace(/^.*?\/(blob|raw)\/HEAD\//, ''))
    .filter(path => !existsSync(join(ROOT, decodeURIComponent(path))));
  assert.deepEqual(missing, []);
});

test('publish:check names each URL that does not answer, and passes when all do', async () => {
  const urls = ['https://a.test/ok', 'https://a.test/gone', 'https://a.test/down'];
  const fetchUrl = async (url: string) => {
    if (url.endsWith('/down')) throw new Error('getaddrinfo ENOTFOUND');
    return { ok: url.endsWith('/ok'), status: url.endsWith('/ok') ? 200 : 404 };
  };
  assert.deepEqual(await check.deadUrls(urls, fetchUrl), ['https://a.test/gone: HTTP 404', 'https://a.test/down: getaddrinfo ENOTFOUND']);
  assert.deepEqual(await check.deadUrls(urls.slice(0, 1), fetchUrl), []);
});

test('the browser entry and what it loads: under 2 MB to start, the Word and PDF readers only when used', async () => {
  const manifest = JSON.parse(await zip.file('extension/package.json')!.async('string')) as { browser?: string };
  assert.equal(manifest.browser, './dist/web/extension.js');
  const size = async (path: string) => (await zip.file(`extension/${path}`)!.async('uint8array')).length;
  const start = (await size('dist/web/extension.js')) + (await size('dist/web/server.js'));
  assert.ok(start < WEB_START_MAX_BYTES, `${start} bytes`);
  const server = await zip.file('extension/dist/web/server.js')!.async('string');
  // The readers are bundles of their own, asked for by name; none of their libraries is in the worker.
  for (const bundle of ['export-docx.js', 'export-ics.js', 'import.js', 'import-word.js', 'import-odt.js', 'import-pdf.js', 'import-html.js']) {
    assert.ok(paths.includes(`extension/dist/web/${bundle}`), bundle);
  }
  assert.doesNotMatch(server, /mammoth|pdfjs|GlobalWorkerOptions|JSZip/);
  assert.match(server, /__derouleImport\("export-docx\.js"\)/);
});
