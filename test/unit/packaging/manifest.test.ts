/**
 * package.json as the Marketplace and Open VSX read it, validated with @vscode/vsce's own
 * functions (those `vsce package` runs first), plus what vsce leaves to the Marketplace:
 * allowed categories, the number of keywords, and links that all lead to the one repository.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '../../../..');
// vsce's packaging steps (node_modules/@vscode/vsce/out/package.js); the package has no types.
const vsce = require('@vscode/vsce/out/package.js') as {
  readManifest(cwd: string, nls?: boolean): Promise<Record<string, unknown>>;
  validateManifestForPackaging(manifest: Record<string, unknown>): Record<string, unknown>;
};

/** The Marketplace's categories, as the extension manifest reference lists them. */
const MARKETPLACE_CATEGORIES = new Set([
  'AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters',
  'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other',
  'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization',
]);
/** Hosts that stand for no real page. */
const PLACEHOLDER_HOSTS = /deroule\.dev|example\.(com|org|net)|localhost|127\.0\.0\.1|your-?(org|name|user)|OWNER|TODO/i;

const manifestText = readFileSync(join(ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText);

test('vsce reads the manifest and validates it for packaging', async () => {
  const read = await vsce.readManifest(ROOT);
  const validated = vsce.validateManifestForPackaging(read);
  assert.equal(validated.publisher, 'deroule');
  assert.equal(validated.name, 'deroule');
  // The manifest is the extension's: `npm publish` would send a package without its bundles.
  assert.equal(read.private, true);
});

test('the categories are the Marketplace\'s and the keywords within its limit of 30 tags', () => {
  assert.ok(manifest.categories.length > 0);
  for (const category of manifest.categories) assert.ok(MARKETPLACE_CATEGORIES.has(category), `unknown category '${category}'`);
  assert.ok(manifest.keywords.length <= 30);
  assert.equal(new Set(manifest.keywords.map((k: string) => k.toLowerCase())).size, manifest.keywords.length, 'a keyword twice');
});

test('repository, homepage and bugs are one public GitHub repository, set in one place', () => {
  const url = manifest.repository.url as string;
  const match = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)\.git$/.exec(url);
  assert.ok(match, `repository.url is not a GitHub https URL: ${url}`);
  const web = `https://github.com/${match[1]}/${match[2]}`;
  assert.equal(manifest.homepage, `${web}#readme`);
  assert.equal(manifest.bugs.url, `${web}/issues`);
});

test('no URL of the manifest is a placeholder', () => {
  const urls = manifestText.match(/https?:\/\/[^\s"')]+/g) ?? [];
  assert.ok(urls.length >= 3);
  assert.deepEqual(urls.filter(url => PLACEHOLDER_HOSTS.test(url)), []);
});

test('the gallery banner is a colour and a theme the Marketplace knows', () => {
  assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
  assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
});

test('packaging needs no --allow-missing-repository and no base URL; the build exports an example', () => {
  const script: string = manifest.scripts.package;
  assert.match(script, /^vsce package /);
  for (const flag of ['--allow-missing-repository', '--baseContentUrl', '--baseImagesUrl', '--no-rewrite-relative-links']) {
    assert.ok(!script.includes(flag), `${flag} in the package script`);
  }
  assert.match(manifest.scripts.build, /npm run package && npm run examples$/);
  assert.match(manifest.scripts.examples, /check examples && .* export --to html --force -o dist\/examples\/atelier-territorial\.html examples\/poix-du-nord\/atelier-territorial\.programme\.yaml$/);
});

test('.vscodeignore keeps the icon, README, CHANGELOG and LICENSE; the CHANGELOG has its Unreleased section', () => {
  const kept = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
  for (const file of ['images/icon.png', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(kept.includes(`!${file}`), file);
  assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), /^## Unreleased$/m);
});
