// Bundles the CLI (and, as they are added, the client, server and preview) into dist/.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
mkdirSync('dist', { recursive: true });

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
 * one that imports it, built from its own entry below. Word, calendar and import code is
 * needed only when a user exports or imports, so checking and the language server start
 * without parsing ~700 KB of docx, mammoth and ical-generator (imports run in a worker thread,
 * whose small entry loads the importer the same way); the extension's language
 * client is loaded just after activation (client/src/languageClient.ts).
 */
function lazy(bundles) {
  const escape = (specifier) => specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const filter = new RegExp(`^(?:${Object.keys(bundles).map(escape).join('|')})$`);
  return {
    name: 'lazy-bundles',
    setup(b) {
      b.onResolve({ filter }, (args) =>
        args.kind === 'dynamic-import' && Object.hasOwn(bundles, args.path) ? { path: bundles[args.path], external: true } : undefined,
      );
    },
  };
}
const node = { ...common, plugins: [lazy({ './docx.js': './export-docx.js', './ics.js': './export-ics.js', './wordText.js': './import-word.js', '../core/import/index.js': './import.js' })] };

await Promise.all([
  build({ ...node, entryPoints: ['server/src/core/export/docx.ts'], outfile: 'dist/export-docx.js' }),
  build({ ...node, entryPoints: ['server/src/core/export/ics.ts'], outfile: 'dist/export-ics.js' }),
  build({ ...node, entryPoints: ['server/src/core/import/index.ts'], outfile: 'dist/import.js' }),
  // The Word reader: mammoth and JSZip, loaded only for a .docx.
  build({ ...node, entryPoints: ['server/src/core/import/wordText.ts'], outfile: 'dist/import-word.js' }),
  // Imports run in this worker thread, which the CLI and the server can stop (importRunner/).
  build({ ...node, entryPoints: ['server/src/importRunner/worker.ts'], outfile: 'dist/import-worker.js' }),
  // The CLI, which also starts the server with `deroule lsp --stdio`.
  build({ ...node, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  // The server the extension starts over IPC.
  build({ ...node, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  // The extension itself: `vscode` is provided by the editor. The language client library is
  // a bundle of its own, loaded just after activation (client/src/languageClient.ts).
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazy({ './languageClient.js': './client.js' })] }),
  build({ ...common, entryPoints: ['client/src/languageClient.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // The preview webview's script: a browser bundle of its own.
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/preview/main.ts'], outfile: 'dist/preview.js' }),
  previewStylesheet(),
]);

// The calendar export's time zone definition: @touch4it/ical-timezones reads it from disk,
// next to the bundle that contains it.
mkdirSync('dist/zones/Europe', { recursive: true });
copyFileSync('node_modules/@touch4it/ical-timezones/zones/Europe/Paris.ics', 'dist/zones/Europe/Paris.ics');

/** dist/preview.css: the same stylesheet as the HTML export, as a file the webview's CSP allows. */
async function previewStylesheet() {
  const result = await build({ entryPoints: ['server/src/core/export/htmlStyles.ts'], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', result.outputFiles[0].text)(module, module.exports);
  writeFileSync('dist/preview.css', module.exports.HTML_STYLES);
}
// The CLI is run directly (`./dist/cli.js`) as well as through npm's bin link.
chmodSync('dist/cli.js', 0o755);
