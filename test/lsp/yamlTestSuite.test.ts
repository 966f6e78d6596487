/**
 * Every case of the YAML test suite, as a programme and as a mission, sent to one built
 * server over stdio: every request answers without the server logging a failure, every
 * range is inside the document, invalid cases get `yaml-syntax`, and the server still
 * answers at the end.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import { assertPositionInside, assertRangeInside, lineLengths } from '../unit/reliability/everyFeature';
import { ACCEPTED_INVALID, loadSuite, type SuiteCase } from '../unit/reliability/yamlSuiteCases';
import { startServer, type Harness } from './harness';

let cases: SuiteCase[] = [];
let server: Harness;
const logged: string[] = [];

before(async () => {
  cases = await loadSuite();
  server = await startServer({ pull: true });
  server.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (p.type === 1) logged.push(p.message);
  });
});
after(() => server.stop());

/** Cursor positions over the wire: line starts and ends, the document end, a few token edges. */
function positions(text: string): Position[] {
  const doc = TextDocument.create('file:///x', 'yaml', 1, text);
  const out = new Map<string, Position>();
  const add = (p: Position) => out.set(`${p.line}:${p.character}`, p);
  lineLengths(text).forEach((length, line) => {
    add({ line, character: 0 });
    add({ line, character: length });
  });
  const edges = [...text.matchAll(/[:\-[\]{},&*!|>]|\w+/g)].map((m) => m.index);
  for (const o of edges.slice(0, 10)) add(doc.positionAt(o));
  return [...out.values()].slice(0, 24);
}

/** Every range-like object in an answer about `uri` (parts about other files are skipped). */
function rangesIn(value: unknown, uri: string, out: { range?: Range; position?: Position }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => rangesIn(v, uri, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.uri === 'string' && o.uri !== uri) return out;
    if (isPosition(o.start) && isPosition(o.end)) out.push({ range: o as unknown as Range });
    for (const [k, v] of Object.entries(o)) {
      if (k === 'position' && isPosition(v)) out.push({ position: v });
      else rangesIn(v, uri, out);
    }
  }
  return out;
}
const isPosition = (v: unknown): v is Position => !!v && typeof v === 'object' && typeof (v as Position).line === 'number' && typeof (v as Position).character === 'number';

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

async function exercise(c: SuiteCase, name: string, slowest: { what: string; ms: number }): Promise<Diagnostic[]> {
  const text = c.yaml;
  const uri = server.open(name, text);
  const lines = lineLengths(text);
  const td = { textDocument: { uri } };
  const send = async (method: string, params: object, what = method): Promise<unknown> => {
    const t0 = performance.now();
    const result = await server.connection.sendRequest(method, params);
    const ms = performance.now() - t0;
    if (ms > slowest.ms) Object.assign(slowest, { what: `${what} on ${c.id} (${name})`, ms });
    for (const r of rangesIn(result, uri)) {
      if (r.range) assertRangeInside(lines, r.range, `${c.id} ${name} ${what}`);
      if (r.position) assertPositionInside(lines, r.position, `${c.id} ${name} ${what}`);
    }
    return result;
  };
  const report = (await send('textDocument/diagnostic', td)) as DocumentDiagnosticReport;
  const diagnostics = report.kind === 'full' ? report.items : [];
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)! } };
  const requests: Promise<unknown>[] = [];
  for (const position of positions(text)) {
    const at = `${position.line}:${position.character}`;
    requests.push(
      send('textDocument/completion', { ...td, position }, `completion at ${at}`),
      send('textDocument/hover', { ...td, position }, `hover at ${at}`),
      send('textDocument/prepareRename', { ...td, position }, `prepareRename at ${at}`),
      send('textDocument/definition', { ...td, position }, `definition at ${at}`),
      send('textDocument/references', { ...td, position, context: { includeDeclaration: true } }, `references at ${at}`),
    );
  }
  requests.push(
    send('textDocument/documentSymbol', td),
    send('textDocument/foldingRange', td),
    send('textDocument/documentLink', td),
    send('textDocument/inlayHint', { ...td, range: whole }),
    send('deroule/preview', { uri, withNotes: true }),
    ...['html', 'md', 'ics'].map((format) => send('deroule/export', { uri, format, withNotes: true }, `export ${format}`)),
  );
  const actionLists = [
    ...diagnostics.map((d) => send('textDocument/codeAction', { ...td, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } }, `quick fix ${String(d.code)}`)),
    send('textDocument/codeAction', { ...td, range: whole, context: { diagnostics } }, 'refactors'),
  ];
  await Promise.all(requests);
  for (const list of (await Promise.all(actionLists)) as CodeAction[][]) {
    for (const action of list ?? []) TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), editsOf(action, uri));
  }
  void server.connection.sendNotification('textDocument/didClose', td);
  return diagnostics;
}

test('every suite case as a programme and as a mission, over stdio, one server', async (t) => {
  const slowest = { what: '', ms: -1 };
  const failures: string[] = [];
  for (const c of cases) {
    for (const kind of ['programme', 'mission']) {
      const name = `${c.id.replace('#', '-')}.${kind}.yaml`;
      try {
        const diagnostics = await exercise(c, name, slowest);
        const syntax = diagnostics.some((d) => d.code === 'yaml-syntax');
        if (c.fail && !(c.id in ACCEPTED_INVALID) && !syntax) failures.push(`${c.id} (${name}): invalid YAML without yaml-syntax`);
      } catch (e) {
        failures.push(`${c.id} (${name}): ${(e as Error).message}`);
      }
    }
  }
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} failure(s)`);
  assert.deepEqual(logged.slice(0, 3), [], 'the server logged failures');
  // Still alive and answering after all of it.
  const uri = server.open('after.programme.yaml', 'title: Atelier\ndate: 2021-10-20\n');
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  assert.equal(report.kind, 'full');
  assert.equal(server.process.exitCode, null);
  t.diagnostic(`slowest request ${slowest.ms.toFixed(1)} ms: ${slowest.what}`);
  if (process.env.DEROULE_FUZZ) assert.ok(slowest.ms < 1000, `slowest request ${slowest.ms.toFixed(0)} ms: ${slowest.what}`);
});
