/**
 * One reading of a document (issue 14): the preview and every export read the typed model
 * only. A module under `core/render/` or `core/export/` that imports the parse layer
 * (directly, or through any module it loads), imports the raw-data readers of
 * `model/read.ts`, or reads a `.data` (the raw YAML data) or an analysis' `.doc` fails here;
 * hover and completion may look positions up in the parse layer but read content from the
 * model, never `.data`. Each check is shown to fail on a planted violation.
 */
import assert from 'node:assert/strict';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { importsOf, loadedModules, readFromDisk, sourceFiles, type ReadSource } from './importGraph';

const ROOT = resolve(__dirname, '../../../..');
const CORE = join(ROOT, 'server/src/core');
const PARSE = join(CORE, 'parse') + sep;
const RAW_READERS = join(CORE, 'model/read.ts');
const rel = (file: string) => relative(CORE, file).split(sep).join('/');

/** Reading the raw data (`model.data`, `doc.data`, `x['data']`, `const { data } = model`). */
const READS_DATA = /\.data\b(?!-)|\[\s*['"]data['"]\s*\]|\{[^{}]*\bdata\b[^{}]*\}\s*=\s*[\w.]*model\b/;
/** Reaching into the parsed document from an analysis (`analysis.doc`, `.doc.yaml`…). */
const READS_DOC = /\.doc\b/;

function renderModules(): string[] {
  return [...sourceFiles(join(CORE, 'render')), ...sourceFiles(join(CORE, 'export'))].sort();
}

const CONTENT_FEATURES = ['features/hover.ts', 'features/completion.ts'].map((f) => join(CORE, f));

/** What breaks the one reading, one line per problem (empty when all is well). */
function violations(read: ReadSource): string[] {
  const out: string[] = [];
  for (const file of renderModules()) {
    for (const imp of importsOf(file, read)) {
      if (imp.file?.startsWith(PARSE)) out.push(`${rel(file)} imports the parse layer: '${imp.specifier}'`);
      if (imp.file === RAW_READERS) out.push(`${rel(file)} imports the raw-data readers: '${imp.specifier}'`);
    }
    // The shortest way in is enough to show; a direct import is already reported above.
    const chain = [...loadedModules(file, read).values()].find((c) => c[c.length - 1]!.startsWith(PARSE));
    if (chain && chain.length > 2) out.push(`${rel(file)} loads the parse layer: ${chain.map(rel).join(' → ')}`);
    const source = read(file) ?? '';
    if (READS_DATA.test(source)) out.push(`${rel(file)} reads raw data: ${READS_DATA.exec(source)![0]}`);
    if (READS_DOC.test(source)) out.push(`${rel(file)} reads the parsed document: ${READS_DOC.exec(source)![0]}`);
  }
  for (const file of CONTENT_FEATURES) {
    const source = read(file) ?? '';
    if (READS_DATA.test(source)) out.push(`${rel(file)} reads raw data: ${READS_DATA.exec(source)![0]}`);
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

test('render and export read the model only; hover and completion read no raw data', () => {
  assert.ok(renderModules().length >= 8, 'the render and export modules are found');
  assert.deepEqual(violations(readFromDisk), []);
});

test('a render module importing the parse layer fails the check', () => {
  const read = planted({ 'render/buildView.ts': (s) => `import { nodeAt } from '../parse/nodes';\n${s}` });
  assert.deepEqual(violations(read), [
    // Every export goes through the view model, so each one now reaches the parse layer.
    'export/index.ts loads the parse layer: export/index.ts → render/buildView.ts → parse/nodes.ts',
    "render/buildView.ts imports the parse layer: '../parse/nodes'",
  ]);
});

test('a type-only import of the parse layer in an export module fails too (it ties the export to the tree)', () => {
  const read = planted({ 'export/markdown.ts': (s) => `import type { PathSegment } from '../parse/nodes';\n${s}` });
  assert.deepEqual(violations(read), ["export/markdown.ts imports the parse layer: '../parse/nodes'"]);
});

test('an export module that reaches the parse layer through another module fails, with the chain', () => {
  const read = planted({ 'export/html.ts': (s) => `import { hover } from '../features/hover';\nvoid hover;\n${s}` });
  assert.deepEqual(violations(read), [
    'export/html.ts loads the parse layer: export/html.ts → features/hover.ts → parse/index.ts',
    // export/index.ts loads html.ts, so it reaches the parse layer too, one step further.
    'export/index.ts loads the parse layer: export/index.ts → export/html.ts → features/hover.ts → parse/index.ts',
  ]);
});

test('type-only imports are not followed: the type of an analysis is not the parse layer', () => {
  const read = planted({ 'export/html.ts': (s) => `import type { Analysis } from '../languageService';\n${s}` });
  assert.deepEqual(violations(read), []);
});

test('reading model.data, the raw readers or analysis.doc in render or export fails the check', () => {
  const read = planted({
    'render/buildView.ts': (s) => s.replace("import type { Analysis }", "import { asArray } from '../model/read';\nimport type { Analysis }"),
    'export/markdown.ts': (s) => `${s}\nexport const people = (analysis: { model: { data: { people: unknown } } }) => analysis.model.data.people;\n`,
    'render/labels.ts': (s) => `${s}\nexport const lineOf = (analysis: { doc: { lines: unknown } }) => analysis.doc.lines;\n`,
  });
  assert.deepEqual(violations(read), [
    'export/markdown.ts reads raw data: .data',
    "render/buildView.ts imports the raw-data readers: '../model/read'",
    'render/labels.ts reads the parsed document: .doc',
  ]);
});

test('hover reading model.data fails the check', () => {
  const read = planted({ 'features/hover.ts': (s) => `${s}\nexport const raw = (model: { data: { people?: unknown } }) => model.data.people;\n` });
  assert.deepEqual(violations(read), ['features/hover.ts reads raw data: .data']);
});
