// The preview page as the panel builds it (client/src/previewPage.ts, bundled on the fly), for a page served at `origin`.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const out = fileURLToPath(new URL('../.data/previewPage.cjs', import.meta.url));
mkdirSync(new URL('../.data/', import.meta.url), { recursive: true });
await build({ entryPoints: [fileURLToPath(new URL('../../client/src/previewPage.ts', import.meta.url))], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
const page = createRequire(import.meta.url)(out).previewPage;

export function previewPage(origin) {
  return page({ nonce: '0123456789abcdef0123456789abcdef', cspSource: origin, scriptUri: `${origin}/dist/preview.js`, styleUri: `${origin}/dist/preview.css`, language: 'fr', title: 'Aperçu' });
}
