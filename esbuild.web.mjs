// The browser build (issue 20): the extension's `browser` entry, its language server as a
// web worker, and the bundles that worker loads only when used, all in dist/web/.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** The modules loaded only when used, by path from the repository (without extension) → bundle. */
export const LAZY = {
  'server/src/core/export/docx': 'export-docx.js',
  'server/src/core/export/ics': 'export-ics.js',
  'server/src/core/import/index': 'import.js',
  'server/src/core/import/sources/html': 'import-html.js',
  'server/src/core/import/sources/docx': 'import-word.js',
  'server/src/core/import/sources/odt': 'import-odt.js',
  'server/src/core/import/sources/pdf': 'import-pdf.js',
};
const MARK = 'deroule-lazy:';

/**
 * A dynamic `import()` of a lazy module becomes `__derouleImport(name)`
 * (server/src/browser/lazyModules.ts): a worker started from a Blob has no URL to import from.
 * esbuild leaves an external dynamic import as written; the mark is replaced in the output.
 */
const lazyImports = {
  name: 'lazy-web-bundles',
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const module = relative(ROOT, resolve(args.resolveDir, args.path)).replace(/\\/g, '/').replace(/\.js$/, '');
      return Object.hasOwn(LAZY, module) ? { path: MARK + LAZY[module], external: true } : undefined;
    });
  },
};

/**
 * Node-only corners of libraries, given their browser path:
 * - mammoth's browser build opens only an ArrayBuffer; the Word reader passes its own bounded
 *   zip (`file`), which mammoth's Node `openZip` takes as is;
 * - @touch4it/ical-timezones reads its zone files from disk: the one zone the calendar uses
 *   (Europe/Paris, core/export/icsParts.ts) is put in the bundle as text.
 */
const browserPaths = {
  name: 'browser-paths',
  setup(b) {
    b.onResolve({ filter: /^\.\/unzip$/ }, (args) => (/[\\/]node_modules[\\/]mammoth[\\/]lib[\\/]/.test(args.importer) ? { path: 'mammoth-unzip', namespace: 'deroule-web' } : undefined));
    b.onResolve({ filter: /^@touch4it\/ical-timezones$/ }, () => ({ path: 'ical-timezones', namespace: 'deroule-web' }));
    b.onLoad({ filter: /^mammoth-unzip$/, namespace: 'deroule-web' }, () => ({
      contents: `var promises = require(${JSON.stringify(require.resolve('mammoth/lib/promises'))});
exports.openZip = function (options) { return options.file ? promises.resolve(options.file) : promises.reject(new Error("Could not find file in options")); };`,
      resolveDir: ROOT,
    }));
    b.onLoad({ filter: /^ical-timezones$/, namespace: 'deroule-web' }, () => ({
      contents: `import paris from ${JSON.stringify(resolve(dirname(require.resolve('@touch4it/ical-timezones')), 'zones/Europe/Paris.ics'))};
export function getVtimezoneComponent(zone) {
  return zone === 'Europe/Paris' ? paris.slice(paris.indexOf('BEGIN:VTIMEZONE'), paris.indexOf('END:VCALENDAR')) : null;
}`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

export async function buildWeb({ production, define }) {
  mkdirSync('dist/web', { recursive: true });
  const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    define: { ...define, 'import.meta.url': 'undefined' },
    loader: { '.ics': 'text' },
    external: ['@napi-rs/canvas'],
    plugins: [lazyImports, browserPaths],
    write: false,
  };
  const bundles = [
    // The extension's browser entry: CommonJS, as the web extension host loads it.
    { entryPoints: ['client/web/extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] },
    // The language server's worker.
    { entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js', format: 'iife' },
    // Loaded by the worker when used: CommonJS text it runs (lazyModules.ts).
    ...Object.entries(LAZY).map(([module, file]) => ({ entryPoints: [`${module}.ts`], outfile: `dist/web/${file}`, format: 'cjs' })),
  ];
  const results = await Promise.all(bundles.map((options) => build({ ...common, ...options, external: [...common.external, ...(options.external ?? [])] })));
  for (const result of results) {
    for (const file of result.outputFiles) {
      let text = file.text;
      if (file.path.endsWith('.js')) {
        text = text.replace(/\bimport\((["'`])deroule-lazy:([\w.-]+)\1\)/g, (_, q, name) => `__derouleImport(${q}${name}${q})`);
        if (text.includes(MARK)) throw new Error(`${file.path}: a lazy import was not rewritten`);
      }
      writeFileSync(file.path, text);
    }
  }
}
