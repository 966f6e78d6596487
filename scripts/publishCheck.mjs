// Before `vsce publish` / `ovsx publish`: every public URL the package shows answers.
//
// `npm run package` makes vsce rewrite the README's relative links and images against the
// manifest's `repository` (https://github.com/<owner>/<repository>/blob|raw/HEAD/<path>), because the
// Marketplace and Open VSX pages cannot read files inside the .vsix. Those URLs, and the
// manifest's repository, homepage and bugs pages, only work once the repository is public
// and pushed. This script fetches each of them and fails, naming every one that does not
// answer, so a package is never published with a wrong or dead URL (npm run publish:check).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

/** A markdown link or image target, or an HTML src/href, that is an absolute http(s) URL. */
const MARKDOWN_URL = /\]\((https?:\/\/[^)\s]+)\)/g;
const HTML_URL = /\b(?:src|href)=["'](https?:\/\/[^"']+)["']/g;

/** The repository's web address from a package.json `repository` (string or object). */
export function repositoryWebUrl(manifest) {
  const raw = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (typeof raw !== 'string') return undefined;
  return raw.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** Every distinct public URL of a .vsix: its manifest's links, then those of its README and CHANGELOG. */
export async function collectPublicUrls(vsixBytes) {
  const zip = await JSZip.loadAsync(vsixBytes);
  const manifest = JSON.parse(await zip.file('extension/package.json').async('string'));
  const urls = [repositoryWebUrl(manifest), manifest.homepage, manifest.bugs?.url];
  for (const page of ['extension/readme.md', 'extension/changelog.md']) {
    const text = await zip.file(page)?.async('string');
    if (text === undefined) continue;
    for (const pattern of [MARKDOWN_URL, HTML_URL]) {
      for (const match of text.matchAll(pattern)) urls.push(match[1]);
    }
  }
  // A fragment is not fetched: the page without it is what must answer.
  return [...new Set(urls.filter(url => typeof url === 'string').map(url => url.replace(/#.*$/, '')))];
}

/** The URLs that do not answer with a success (after redirects), each with why. */
export async function deadUrls(urls, fetchUrl = fetch) {
  const dead = [];
  for (const url of urls) {
    try {
      const response = await fetchUrl(url, { method: 'GET', redirect: 'follow' });
      if (!response.ok) dead.push(`${url}: HTTP ${response.status}`);
    } catch (error) {
      dead.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return dead;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const vsix = process.argv[2] ?? 'dist/deroule.vsix';
  const urls = await collectPublicUrls(readFileSync(vsix));
  const dead = await deadUrls(urls);
  if (dead.length > 0) {
    console.error(`publish:check: ${dead.length} of the ${urls.length} public URLs of ${vsix} do not answer:`);
    for (const line of dead) console.error(`  ${line}`);
    console.error('Push the repository named in package.json "repository" (public), or set it there, then npm run build again.');
    process.exit(1);
  }
  console.log(`publish:check: the ${urls.length} public URLs of ${vsix} answer.`);
}
