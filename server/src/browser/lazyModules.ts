/**
 * The browser server's bundles loaded only when used (the Word export, the calendar, the
 * importer and its readers). The browser build turns each such `import()` into a call of
 * `__derouleImport(name)` (esbuild.web.mjs); this defines it. A worker started from a Blob
 * cannot fetch the extension's files (code-server refuses `vscode-remote:` URLs), so the
 * extension reads the bundle's text for it (`deroule/module`), and it is run here once.
 */

/** Gets the text of the bundle `name` (a file name of dist/web/). */
export type ModuleText = (name: string) => Promise<string>;

type Exports = Record<string, unknown>;

export function installLazyModules(fetchText: ModuleText): void {
  const loaded = new Map<string, Promise<Exports>>();
  (globalThis as { __derouleImport?: (name: string) => Promise<Exports> }).__derouleImport = (name) => {
    let module = loaded.get(name);
    if (!module) {
      module = fetchText(name).then(run);
      // A failed load (the extension was updated, a read failed) is tried again next time.
      module.catch(() => loaded.delete(name));
      loaded.set(name, module);
    }
    return module;
  };
}

/** Runs a CommonJS bundle and gives its exports. */
function run(text: string): Exports {
  const module = { exports: {} as Exports };
  // The bundle's own text, from the extension's package: the same trust as this worker's code.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('module', 'exports', text)(module, module.exports);
  return module.exports;
}
