/**
 * Cancellation of every request: the server answers each with its result or the LSP
 * `RequestCancelled` error, drops the work it can, and answers the next request normally.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { programme } from './fixture';
import { startServer } from './harness';
import { isEmptyExport, requestKinds } from './requests';

/** `  - id: archi`: a line where every request has something to say. */
const ID_LINE = 5;
/** The fixture with a person nobody cites: the pull diagnostics have something to report. */
const text = programme.replace('groups:\n', '  - id: paysagiste\ngroups:\n');

test('every request cancelled at once answers RequestCancelled (or its result), and the server keeps working', { timeout: 300_000 }, async () => {
  const server = await startServer({ files: { 'autre.programme.yaml': 'title: Autre atelier\ndate: 2021-11-04\n' } });
  try {
    const uri = server.open('atelier.programme.yaml', text);
    await server.diagnostics(uri, 1);
    // A burst, as when the user types on: every request of every kind five times, each followed by its cancellation.
    const sent = requestKinds.flatMap((kind, k) => Array.from({ length: 5 }, (_, n) => ({ kind, id: `burst-${k}-${n}` })));
    const answers = await server.burst(
      sent.flatMap(({ kind, id }) => [
        { id, method: kind.method, params: kind.params(uri, ID_LINE) },
        { method: '$/cancelRequest', params: { id } },
      ]),
    );
    let cancelled = 0;
    for (const { kind, id } of sent) {
      const a = answers.get(id)!;
      if (a.error) {
        assert.equal(a.error.code, LSPErrorCodes.RequestCancelled, `${kind.method}: ${a.error.message}`);
        cancelled++;
      } else assert.notEqual(a.result, undefined, kind.method);
    }
    // The work was dropped, not only the answer. (A burst split by the pipe may let a request
    // or two run before its cancellation is read: those answer their result.)
    assert.ok(cancelled >= sent.length - 5, `${cancelled} of ${sent.length} cancelled`);

    // A cancellation sent by the client library after the request, as VS Code does.
    for (const kind of requestKinds) {
      const source = new CancellationTokenSource();
      const answer = server.connection.sendRequest(kind.method, kind.params(uri, ID_LINE), source.token);
      source.cancel();
      await answer.catch((e: unknown) => {
        assert.ok(e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled, `${kind.method}: ${String(e)}`);
      });
    }

    // Afterwards, each request answers in full for the open document.
    for (const kind of requestKinds) {
      const result = await server.connection.sendRequest(kind.method, kind.params(uri, ID_LINE));
      // A programme links to no file (missions do).
      if (kind.method === 'textDocument/documentLink') continue;
      assert.notDeepEqual(result, kind.empty, `${kind.method} answers after the cancellations`);
      if (kind.method === 'deroule/export') assert.ok(!isEmptyExport(result), JSON.stringify(result).slice(0, 200));
    }
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: ID_LINE, character: 9 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Claire Martin/);
    assert.equal(server.exitCode(), undefined);
  } finally {
    await server.stop();
  }
});

test('a request cancelled after its answer was sent changes nothing', async () => {
  const server = await startServer();
  try {
    const uri = server.open('atelier.programme.yaml', programme);
    await server.diagnostics(uri, 1);
    const source = new CancellationTokenSource();
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token)) as unknown[];
    source.cancel();
    assert.ok(symbols.length > 0);
    const again = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
    assert.deepEqual(again, symbols);
  } finally {
    await server.stop();
  }
});
