/**
 * The bundles loaded only when used (the Word export, the calendar, the importer and its
 * readers) are built once, for the browser (dist/web/, esbuild.web.mjs), and Node loads the
 * same files: one copy of each in the packages, and the Node tests exercise the code the
 * browser runs. In them, a lazy `import()` of another such bundle is `__derouleImport(name)`
 * (the browser's worker asks the extension for it); under Node it is the file in dist/web/
 * beside this bundle. Imported for this effect by each Node entry that loads them.
 */
import { join } from 'node:path';

const global = globalThis as { __derouleImport?: (name: string) => Promise<unknown> };
// `require`: they are CommonJS without the hints Node's `import()` reads named exports from.
global.__derouleImport ??= async (name) => require(join(__dirname, 'web', name)) as unknown;
