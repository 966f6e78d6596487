/**
 * One front door to the core, and no import circle (issue 14): a module of the language
 * server (`server/src/lsp`) or of the CLI (`server/src/cli`) imports the core only through
 * its index (`../core`), never a module inside it; no module of `server/src` loads itself
 * back through its imports; and the modules of the server and the CLI form no circle even
 * through type-only imports (the issue's `server.ts` ↔ `features.ts` circle was one).
 * Type-only imports inside the core are erased from the built code and not counted here.
 * Each check is shown to fail on a planted violation.
 */
import assert from 'node:assert/strict';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { importsOf, readFromDisk, sourceFiles, type ReadSource } from './importGraph';

const ROOT = resolve(__dirname, '../../../..');
const SRC = join(ROOT, 'server/src');
const CORE = join(SRC, 'core');
const CORE_INDEX = join(CORE, 'index.ts');
const HOSTS = [join(SRC, 'lsp'), join(SRC, 'cli')];
const rel = (file: string) => relative(SRC, file).split(sep).join('/');

/** `lsp/features.ts imports core/features/hover.ts`, for each import of a core module other than the index. */
function backDoors(files: string[], read: ReadSource): string[] {
  return files.flatMap((file) =>
    importsOf(file, read)
      .filter((imp) => imp.file !== undefined && imp.file.startsWith(CORE + sep) && imp.file !== CORE_INDEX)
      .map((imp) => `${rel(file)} imports ${rel(imp.file!)}`),
  );
}

/**
 * The import circles among `files`, each as the chain of modules (`a.ts → b.ts → a.ts`);
 * type-only imports count when `withTypes`.
 */
function circles(files: string[], read: ReadSource, withTypes = false): string[] {
  const follows = (i: { typeOnly: boolean; file: string | undefined }) => (withTypes || !i.typeOnly) && i.file !== undefined && files.includes(i.file);
  const edges = new Map(files.map((f) => [f, [...new Set(importsOf(f, read).flatMap((i) => (follows(i) ? [i.file!] : [])))]]));
  const found: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'visiting') found.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

const hostFiles = () => HOSTS.flatMap(sourceFiles).sort();
const allFiles = () => sourceFiles(SRC).sort();

/** The disk, with `file` replaced by `text`. */
const planted = (file: string, text: (original: string) => string): ReadSource => (f) => {
  const original = readFromDisk(f);
  return f === file && original !== undefined ? text(original) : original;
};

test('the server and the CLI import the core only through its index', () => {
  assert.ok(hostFiles().length > 10, 'the scan finds the lsp and cli sources');
  assert.deepEqual(backDoors(hostFiles(), readFromDisk), []);
});

test('a host module importing a core module directly is found', () => {
  const file = join(SRC, 'lsp/features.ts');
  const read = planted(file, (s) => `import { hover } from '../core/features/hover';\n${s}`);
  assert.deepEqual(backDoors(hostFiles(), read), ['lsp/features.ts imports core/features/hover.ts']);
  const cli = join(SRC, 'cli/formatters/text.ts');
  const typeOnly = planted(cli, (s) => `import type { Messages } from '../../core/messages';\n${s}`);
  assert.deepEqual(backDoors(hostFiles(), typeOnly), ['cli/formatters/text.ts imports core/messages/index.ts']);
});

test('no module of server/src loads itself back through its imports', () => {
  assert.ok(allFiles().length > 100, 'the scan finds the server sources');
  assert.deepEqual(circles(allFiles(), readFromDisk), []);
});

test('the modules of the server and the CLI form no circle, types included', () => {
  assert.deepEqual(circles(hostFiles(), readFromDisk, true), []);
});

test('an import circle is found', () => {
  // The circle the issue named: the server imports the features, which imported the server back.
  const file = join(SRC, 'lsp/features.ts');
  const read = planted(file, (s) => `import { startServer } from './server';\n${s}`);
  assert.deepEqual(circles(allFiles(), read), ['lsp/server.ts → lsp/features.ts → lsp/server.ts']);
  // A type-only import is erased from the built code, but is a circle between host modules.
  const typeOnly = planted(file, (s) => `import type { ServerState } from './server';\n${s}`);
  assert.deepEqual(circles(allFiles(), typeOnly), []);
  assert.deepEqual(circles(hostFiles(), typeOnly, true), ['lsp/server.ts → lsp/features.ts → lsp/server.ts']);
});
