/**
 * One front door to the parse layer (issue 14): every module of `server/src` outside
 * `core/parse/` imports the layer through `core/parse/index.ts` only, and the modules of
 * `core/parse/` outside `parse/fast/` reach the fast parser through `parse/fast/index.ts`
 * only. So the fast path's internals can change without touching anything else, and the
 * public surface is the one index lists. (Tests may import internals; they are not scanned.)
 * Each check is shown to fail on a planted violation.
 */
import assert from 'node:assert/strict';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { importsOf, readFromDisk, sourceFiles, type ReadSource } from './importGraph';

const ROOT = resolve(__dirname, '../../../..');
const SRC = join(ROOT, 'server/src');
const PARSE = join(SRC, 'core/parse') + sep;
const FAST = join(PARSE, 'fast') + sep;
const PARSE_ENTRY = join(PARSE, 'index.ts');
const FAST_ENTRY = join(FAST, 'index.ts');
const rel = (file: string) => relative(SRC, file).split(sep).join('/');

/** What goes around a front door, one line per import (empty when all is well). */
function violations(read: ReadSource): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(SRC).sort()) {
    for (const imp of importsOf(file, read)) {
      if (!imp.file) continue;
      if (!file.startsWith(PARSE) && imp.file.startsWith(PARSE) && imp.file !== PARSE_ENTRY) {
        out.push(`${rel(file)} imports '${imp.specifier}': outside core/parse/, import core/parse/index.ts`);
      } else if (file.startsWith(PARSE) && !file.startsWith(FAST) && imp.file.startsWith(FAST) && imp.file !== FAST_ENTRY) {
        out.push(`${rel(file)} imports '${imp.specifier}': outside parse/fast/, import parse/fast/index.ts`);
      }
    }
  }
  return out;
}

/** The sources on disk, with some files' text changed (nothing is written). */
function planted(changes: Record<string, (source: string) => string>): ReadSource {
  return (file) => {
    const source = readFromDisk(file);
    const change = changes[rel(file)];
    return source !== undefined && change ? change(source) : source;
  };
}

test('the parse layer is entered through parse/index.ts, the fast path through parse/fast/index.ts', () => {
  const files = sourceFiles(SRC);
  const entering = files.filter((f) => !f.startsWith(PARSE) && importsOf(f, readFromDisk).some((i) => i.file === PARSE_ENTRY));
  // The check sees the real users of the layer (features, rules, code actions, the LSP…).
  assert.ok(entering.length >= 20, `${entering.length} modules import core/parse/index.ts`);
  assert.ok(files.some((f) => f.startsWith(FAST)) && files.includes(FAST_ENTRY), 'the fast path has its folder and its index');
  assert.deepEqual(violations(readFromDisk), []);
});

test('a core module importing a parse module other than the index fails the check', () => {
  const read = planted({ 'core/features/hover.ts': (s) => `import { rangeAt } from '../parse/nodes';\n${s}` });
  assert.deepEqual(violations(read), ["core/features/hover.ts imports '../parse/nodes': outside core/parse/, import core/parse/index.ts"]);
});

test('a module outside the core importing a parse module fails too, as a type-only import does', () => {
  const read = planted({
    'lsp/render.ts': (s) => `import type { ParsedDocument } from '../core/parse/parseDocument';\n${s}`,
    'cli/check.ts': (s) => `import { fastTape } from '../core/parse/fast';\n${s}`,
  });
  assert.deepEqual(violations(read), [
    "cli/check.ts imports '../core/parse/fast': outside core/parse/, import core/parse/index.ts",
    "lsp/render.ts imports '../core/parse/parseDocument': outside core/parse/, import core/parse/index.ts",
  ]);
});

test('a fast-path internal imported from outside core/parse/ fails the check', () => {
  const read = planted({ 'core/schema/schemaLookup.ts': (s) => `import { lookupWork } from '../parse/fast/treeView';\n${s}` });
  assert.deepEqual(violations(read), ["core/schema/schemaLookup.ts imports '../parse/fast/treeView': outside core/parse/, import core/parse/index.ts"]);
});

test('a parse module outside parse/fast/ importing a fast internal fails the check; the fast index does not', () => {
  const read = planted({
    'core/parse/nodes.ts': (s) => `import { tapeView } from './fast/treeView';\n${s}`,
    'core/parse/locate.ts': (s) => `import { fastTape } from './fast/index';\n${s}`,
  });
  assert.deepEqual(violations(read), ["core/parse/nodes.ts imports './fast/treeView': outside parse/fast/, import parse/fast/index.ts"]);
});
