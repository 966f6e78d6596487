/**
 * A client that asks about documents it never opened, URIs that do not exist, and sends
 * garbage: every request kind answers empty (or with a reason), and the server never dies.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LSPErrorCodes } from 'vscode-languageserver-protocol/node';
import { programme } from './fixture';
import { startServer } from './harness';
import { isEmptyExport, requestKinds } from './requests';

const ON_DISK = 'sur-disque.programme.yaml';

test('requests for documents never opened and URIs that do not exist answer empty', async () => {
  const server = await startServer({ files: { [ON_DISK]: programme } });
  try {
    const uris = [
      server.uri(ON_DISK),
      server.uri('absent.programme.yaml'),
      server.uri('absent.mission.yaml'),
      server.uri('notes.txt'),
      'file:///etc/passwd',
      'untitled:Untitled-9',
      'https://example.com/atelier.programme.yaml',
      'file:///%E9%ZZ/%00.programme.yaml',
      'pas une uri',
      '',
    ];
    for (const uri of uris) {
      for (const kind of requestKinds.filter((k) => k.document)) {
        const answer = await server.connection.sendRequest(kind.method, kind.params(uri, 5));
        if (kind.method !== 'deroule/export') assert.deepEqual(answer, kind.empty, `${kind.method} ${uri}`);
        // Export… from the Explorer reads a closed file of the workspace; nothing else is read.
        else if (uri === server.uri(ON_DISK)) assert.ok((answer as { data: string }).data.length > 0, `${kind.method} ${uri}`);
        else assert.ok(isEmptyExport(answer), `${kind.method} ${uri}: ${JSON.stringify(answer).slice(0, 200)}`);
      }
    }
    assert.equal(server.exitCode(), undefined);
  } finally {
    await server.stop();
  }
});

/** Params no editor sends: wrong types, missing fields, positions outside any text. */
function garbage(uri: string): unknown[] {
  return [
    null,
    42,
    'texte',
    [],
    [1, 2],
    {},
    { textDocument: null, position: null },
    { textDocument: { uri: 42 }, position: { line: 'a', character: {} } },
    { textDocument: { uri }, position: { line: -1, character: -1 } },
    { textDocument: { uri }, position: { line: 1e9, character: 1e9 } },
    { textDocument: { uri }, position: { line: 1.5, character: Number.MAX_SAFE_INTEGER } },
    { textDocument: { uri }, range: { start: { line: 30, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{}], only: 5 } },
    { textDocument: { uri }, range: null, context: { diagnostics: [{ range: null, source: 'deroule', code: 'time-overlap', data: 7 }] } },
    { textDocument: { uri }, position: { line: 5, character: 9 }, newName: { id: 1 }, context: null },
    { query: 42 },
    { uri, format: 'exe', withNotes: 'oui' },
    { uri: 42, format: 'html' },
    { data: '!!! pas du base64 !!!', fileName: 42 },
    { data: 12, fileName: 'x.docx' },
    { language: 'klingon' },
  ];
}

test('garbage params and notifications: every request is answered and the server keeps working', { timeout: 300_000 }, async () => {
  const server = await startServer();
  try {
    const uri = server.open('atelier.programme.yaml', programme);
    await server.diagnostics(uri, 1);
    const methods = [...new Set(requestKinds.map((k) => k.method))];
    for (const method of methods) {
      for (const params of garbage(uri)) {
        const answer = await server.connection.sendRequest(method, params).then(
          () => undefined,
          (e: { code?: number; message?: string }) => e,
        );
        // Either an answer, or a protocol error from the JSON-RPC layer: never an internal error (a crash in a handler).
        if (answer) assert.notEqual(answer.code, -32603, `${method} ${JSON.stringify(params)}: ${answer.message}`);
        if (answer) assert.notEqual(answer.code, LSPErrorCodes.RequestFailed, `${method} ${JSON.stringify(params)}: ${answer.message}`);
      }
    }
    const notifications: [string, unknown][] = [
      ['textDocument/didOpen', null],
      ['textDocument/didOpen', { textDocument: { uri: server.uri('bizarre.programme.yaml'), languageId: 'deroule-programme', version: 1, text: 42 } }],
      ['textDocument/didOpen', { textDocument: { uri: 7 } }],
      ['textDocument/didChange', { textDocument: { uri: server.uri('jamais.programme.yaml'), version: 2 }, contentChanges: [{ text: 'x' }] }],
      ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: 'x' }],
      ['textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: null, text: 5 }] }],
      // Numbers, but far outside the text: the library clamps the range to the end.
      ['textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: 500, character: 0 }, end: { line: 900, character: 3 } }, text: '# fin\n' }] }],
      ['textDocument/didClose', { textDocument: { uri: server.uri('jamais.programme.yaml') } }],
      ['textDocument/didClose', {}],
      ['workspace/didChangeConfiguration', { settings: { deroule: { maxTextLength: 'x', rules: 5, language: 7, schemes: 'x' } } }],
      ['workspace/didChangeWatchedFiles', { changes: [{ uri: 5, type: 9 }, null] }],
      ['workspace/didChangeWatchedFiles', { changes: 'x' }],
      ['$/cancelRequest', { id: {} }],
      ['$/cancelRequest', null],
      ['deroule/inconnu', { x: 1 }],
    ];
    for (const [method, params] of notifications) void server.connection.sendNotification(method, params);
    // Whatever the garbage did to it, the programme is checked again and answers.
    server.change('atelier.programme.yaml', programme.replace('09h00-10h00', '08h45-10h00'), 10);
    const diagnostics = await server.diagnostics(uri, 10);
    assert.deepEqual(diagnostics.map((d) => d.code), ['time-overlap']);
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 9 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Claire Martin/);
    assert.equal(server.exitCode(), undefined);
  } finally {
    await server.stop();
  }
});
