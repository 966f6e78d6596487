// Bundles the CLI, the server, the extension and the preview into dist/, and the browser build into dist/web/ (esbuild.web.mjs).
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb, LAZY } from './esbuild.web.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
mkdirSync('dist', { recursive: true });
// Bundles an earlier build wrote and this one does not (moved to dist/web/, renamed) are
// removed, so nothing stale is taken for current: the package test lists what is on disk.
for (const dir of ['dist', 'dist/web']) {
  for (const file of existsSync(dir) ? readdirSync(dir) : []) if (/\.js(\.map)?$/.test(file)) rmSync(join(dir, file));
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { DEROULE_VERSION: JSON.stringify(pkg.version) },
};

/**
 * Code loaded by a dynamic `import()` of its own: the specifier becomes a bundle beside the
 * one that imports it. Word, calendar and import code is needed only when a user exports or
 * imports, so checking and the language server start without parsing ~700 KB of docx, mammoth
 * and ical-generator (imports run in a worker thread, whose small entry loads the importer
 * the same way); those bundles are the browser build's (dist/web/), which Node loads too.
 * The extension's language client is loaded just after activation (client/src/languageClient.ts).
 */
function lazy(bundles) {
  // Keyed by the module's path from the repository (without extension), not by the specifier:
  // `./docx.js` is the Word export in core/export and the Word reader in core/import/sources.
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'lazy-bundles',
    setup(b) {
      b.onResolve({ filter: /^\.{1,2}\// }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const module = relative(root, resolve(args.resolveDir, args.path)).replace(/\\/g, '/').replace(/\.js$/, '');
        return Object.hasOwn(bundles, module) ? { path: bundles[module], external: true } : undefined;
      });
    },
  };
}
// Node loads the browser's lazy bundles (dist/web/, esbuild.web.mjs): one copy of each.
// They are CommonJS written for a browser, without the hints Node's `import()` reads named
// exports from: `require` them (esbuild turns each `import()` into one).
const node = {
  ...common,
  supported: { 'dynamic-import': false },
  plugins: [lazy(Object.fromEntries(Object.entries(LAZY).map(([module, file]) => [module, `./web/${file}`])))],
};

await Promise.all([
  // Imports run in this worker thread, which the CLI and the server can stop (importRunner/).
  build({ ...node, entryPoints: ['server/src/importRunner/worker.ts'], outfile: 'dist/import-worker.js' }),
  // The CLI, which also starts the server with `deroule lsp --stdio`.
  build({ ...node, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  // The server the extension starts over IPC.
  build({ ...node, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  // The extension itself: `vscode` is provided by the editor. The language client library is
  // a bundle of its own, loaded just after activation (client/src/languageClient.ts).
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazy({ 'client/src/languageClient': './client.js' })] }),
  build({ ...common, entryPoints: ['client/src/languageClient.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // The preview webview's script: a browser bundle of its own.
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/preview/main.ts'], outfile: 'dist/preview.js' }),
  previewStylesheet(),
  // The browser build (vscode.dev, github.dev): esbuild.web.mjs.
  buildWeb({ production, define: common.define }),
]);

/**
 * dist/preview.css: the same stylesheet as the HTML export, as a file the webview's CSP allows,
 * then the styles of the preview's editing controls (client/preview/editStyles.ts).
 */
async function previewStylesheet() {
  const load = async (file) => {
    const result = await build({ entryPoints: [file], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'warning' });
    const module = { exports: {} };
    new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
    return module.exports;
  };
  const [{ HTML_STYLES }, { PREVIEW_EDIT_STYLES }] = await Promise.all([load('server/src/core/export/htmlStyles.ts'), load('client/preview/editStyles.ts')]);
  writeFileSync('dist/preview.css', HTML_STYLES + PREVIEW_EDIT_STYLES);
}
// The CLI is run directly (`./dist/cli.js`) as well as through npm's bin link.
chmodSync('dist/cli.js', 0o755);
