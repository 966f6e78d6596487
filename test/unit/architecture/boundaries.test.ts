/**
 * The parts' boundaries (issue 14), on the import lines of the sources. The TypeScript
 * projects (tsconfig.json in each part, `tsc -b`) already refuse an import of a file outside
 * the parts a project references; this test also refuses what the compiler lets through:
 * - the extension (client/src) imports only itself and common/; its browser entry
 *   (client/web) also client/src, and no Node built-in; the preview webview
 *   (client/preview) only itself and common/; common/ only itself, and no package;
 * - the core (server/src/core) imports nothing of the rest of server/src, no `vscode`, no
 *   language server or client library (`vscode-languageserver`, `…/node`,
 *   `vscode-languageserver-protocol`, `vscode-jsonrpc`, `vscode-languageclient`) and no Node
 *   built-in (`node:*`, `fs`, `path`…). The data types of the LSP
 *   (`vscode-languageserver-types`, `vscode-languageserver-textdocument`) and `vscode-uri`
 *   are plain data, not a host, and stay allowed;
 * - no hand-written file of server/src or client (not `*.generated.ts`) is over 400 lines,
 *   and no file of the importer (core/import, a folder of small readers: issue 17) over 300.
 * Each check is shown to fail on a planted violation.
 */
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { importsOf, readFromDisk, sourceFiles, type ReadSource } from './importGraph';

const ROOT = resolve(__dirname, '../../../..');
const at = (path: string) => join(ROOT, path);
const under = (file: string, dir: string) => file === at(dir) || file.startsWith(at(dir) + sep);
const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

const MAX_LINES = 400;
/** The importer is a folder of small readers, each readable on its own (issue 17). */
const IMPORT_DIR = 'server/src/core/import';
const IMPORT_MAX_LINES = 300;

/** Packages that are a host or a connection, not data: never in the core. */
const HOST_PACKAGE = /^(?:vscode|vscode-languageserver|vscode-languageserver-protocol|vscode-languageclient|vscode-jsonrpc)(?:\/|$)/;
const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!);

interface Part {
  dir: string;
  /** Folders its relative imports may reach. */
  reaches: string[];
  /** Why a package import is refused here (undefined: allowed). */
  refusePackage: (specifier: string) => string | undefined;
}

const PARTS: Part[] = [
  { dir: 'client/src', reaches: ['client/src', 'common'], refusePackage: () => undefined },
  { dir: 'client/preview', reaches: ['client/preview', 'common'], refusePackage: () => undefined },
  // The browser entries (issue 20): no Node built-in; the server's only through its shared parts.
  { dir: 'client/web', reaches: ['client/web', 'client/src', 'common'], refusePackage: (s) => (isNodeBuiltin(s) ? 'a Node built-in' : undefined) },
  {
    dir: 'server/src/browser',
    reaches: ['server/src/browser', 'server/src/lsp', 'server/src/core', 'server/src/importRunner/runJob.ts', 'server/src/importRunner/protocol.ts', 'common'],
    refusePackage: (s) => (isNodeBuiltin(s) ? 'a Node built-in' : undefined),
  },
  { dir: 'common', reaches: ['common'], refusePackage: () => 'a package' },
  {
    dir: 'server/src/core',
    reaches: ['server/src/core', 'schemas', 'snippets'],
    refusePackage: (s) => (HOST_PACKAGE.test(s) ? 'a host library' : isNodeBuiltin(s) ? 'a Node built-in' : undefined),
  },
];

const filesOf = (dir: string) => sourceFiles(at(dir)).sort();

/** What crosses a boundary or passes the ceiling, one line per problem (empty when all is well). */
function violations(read: ReadSource): string[] {
  const out: string[] = [];
  for (const part of PARTS) {
    for (const file of filesOf(part.dir)) {
      for (const imp of importsOf(file, read)) {
        if (imp.file) {
          if (!part.reaches.some((dir) => under(imp.file!, dir))) out.push(`${rel(file)} imports ${rel(imp.file)}: '${imp.specifier}'`);
        } else {
          const why = part.refusePackage(imp.specifier);
          if (why) out.push(`${rel(file)} imports ${why}: '${imp.specifier}'`);
        }
      }
    }
  }
  for (const file of [...filesOf('server/src'), ...filesOf('client')]) {
    if (file.endsWith('.generated.ts')) continue;
    const source = read(file) ?? '';
    const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    const max = under(file, IMPORT_DIR) ? IMPORT_MAX_LINES : MAX_LINES;
    if (lines > max) out.push(`${rel(file)} has ${lines} lines (at most ${max})`);
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

test('each part imports only what it may, and no hand-written file is over 400 lines', () => {
  for (const part of PARTS) assert.ok(filesOf(part.dir).length >= 1, `${part.dir} has sources`);
  assert.ok(filesOf('server/src/core').length >= 50, 'the core is found');
  assert.deepEqual(violations(readFromDisk), []);
});

test('the extension importing the core, or a server module, fails the check', () => {
  const read = planted({
    'client/src/status.ts': (s) => `import { messagesFor } from '../../server/src/core/messages';\n${s}`,
    'client/src/preview.ts': (s) => `import type { ServerState } from '../../server/src/lsp/server';\n${s}`,
  });
  assert.deepEqual(violations(read), [
    "client/src/preview.ts imports server/src/lsp/server.ts: '../../server/src/lsp/server'",
    "client/src/status.ts imports server/src/core/messages/index.ts: '../../server/src/core/messages'",
  ]);
});

test('the preview importing the extension or the server fails the check; common/ is allowed', () => {
  const read = planted({
    'client/preview/main.ts': (s) => `import type { Settings } from '../../server/src/core/types';\nimport { previewRequest } from '../../common/protocol';\nimport { show } from '../src/preview';\n${s}`,
  });
  assert.deepEqual(violations(read), [
    "client/preview/main.ts imports server/src/core/types.ts: '../../server/src/core/types'",
    "client/preview/main.ts imports client/src/preview.ts: '../src/preview'",
  ]);
});

test('common/ importing a package or the server fails the check', () => {
  const read = planted({ 'common/protocol.ts': (s) => `import { RequestType } from 'vscode-jsonrpc';\nimport type { Settings } from '../server/src/core/types';\n${s}` });
  assert.deepEqual(violations(read), [
    "common/protocol.ts imports a package: 'vscode-jsonrpc'",
    "common/protocol.ts imports server/src/core/types.ts: '../server/src/core/types'",
  ]);
});

test('the core importing vscode, an LSP library, a Node built-in or the language server fails the check', () => {
  const read = planted({
    'server/src/core/time.ts': (s) =>
      [
        "import * as vscode from 'vscode';",
        "import { createConnection } from 'vscode-languageserver/node';",
        "import type { Connection } from 'vscode-languageserver';",
        "import { LanguageClient } from 'vscode-languageclient/node';",
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import { readFile } from 'fs/promises';",
        "const { Worker } = require('worker_threads');",
        "import type { ServerState } from '../lsp/server';",
        // Data types of the LSP and URIs stay allowed.
        "import type { Range } from 'vscode-languageserver-types';",
        "import { URI } from 'vscode-uri';",
        s,
      ].join('\n'),
  });
  assert.deepEqual(violations(read), [
    "server/src/core/time.ts imports a host library: 'vscode'",
    "server/src/core/time.ts imports a host library: 'vscode-languageserver/node'",
    "server/src/core/time.ts imports a host library: 'vscode-languageserver'",
    "server/src/core/time.ts imports a host library: 'vscode-languageclient/node'",
    "server/src/core/time.ts imports a Node built-in: 'node:fs'",
    "server/src/core/time.ts imports a Node built-in: 'path'",
    "server/src/core/time.ts imports a Node built-in: 'fs/promises'",
    "server/src/core/time.ts imports server/src/lsp/server.ts: '../lsp/server'",
    "server/src/core/time.ts imports a Node built-in: 'worker_threads'",
  ]);
});

test('a hand-written file over 400 lines fails the check, an importer file over 300 too; generated code does not', () => {
  const long = (s: string) => s + '\n// filler\n'.repeat(MAX_LINES);
  const read = planted({
    'server/src/lsp/settings.ts': long,
    'client/src/status.ts': long,
    'server/src/core/import/textImport.ts': long,
    'server/src/core/schema/validators.generated.ts': long,
  });
  const found = violations(read);
  assert.equal(found.length, 3, found.join('\n'));
  assert.match(found[0]!, /^server\/src\/core\/import\/textImport\.ts has \d+ lines \(at most 300\)$/);
  assert.match(found[1]!, /^server\/src\/lsp\/settings\.ts has \d+ lines \(at most 400\)$/);
  assert.match(found[2]!, /^client\/src\/status\.ts has \d+ lines \(at most 400\)$/);
});

test('an importer file of exactly 300 lines passes, 301 fails', () => {
  const lines = (n: number) => () => 'x;\n'.repeat(n);
  assert.deepEqual(violations(planted({ 'server/src/core/import/clocks.ts': lines(300) })), []);
  assert.deepEqual(violations(planted({ 'server/src/core/import/clocks.ts': lines(301) })), ['server/src/core/import/clocks.ts has 301 lines (at most 300)']);
});

test('a file of exactly 400 lines passes, 401 fails', () => {
  const lines = (n: number) => () => 'x;\n'.repeat(n);
  assert.deepEqual(violations(planted({ 'server/src/cli/escape.ts': lines(400) })), []);
  assert.deepEqual(violations(planted({ 'server/src/cli/escape.ts': lines(401) })), ['server/src/cli/escape.ts has 401 lines (at most 400)']);
});
