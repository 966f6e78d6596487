// Bundles the bench's entry into the core (bench/coreEntry.ts) with the same esbuild
// settings as the product bundles, so the core is measured as it ships.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const CORE_BUNDLE = fileURLToPath(new URL('./.data/core.cjs', import.meta.url));

export async function buildCore() {
  await build({
    entryPoints: [fileURLToPath(new URL('./coreEntry.ts', import.meta.url))],
    outfile: CORE_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    logLevel: 'warning',
  });
  return CORE_BUNDLE;
}
