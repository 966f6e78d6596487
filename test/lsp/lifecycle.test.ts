/**
 * The server's side of the LSP lifecycle and of message framing over stdio
 * (server/src/lsp/lifecycle.ts, boundedInput.ts): a request before `initialize` gets
 * ServerNotInitialized (-32002), a second `initialize` gets InvalidRequest (-32600), and a
 * message longer than the limit is dropped as it arrives, never kept in memory.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { programme } from './fixture';
import { eventually, startServer } from './harness';

const ROOT = resolve(__dirname, '../../..');
/** lsp/main.ts: 64 MiB. */
const LIMIT = 67_108_864;

function rejection(p: Promise<unknown>): Promise<{ code?: number; message?: string } | undefined> {
  return p.then(
    () => undefined,
    (e: { code?: number; message?: string }) => e,
  );
}

test('before initialize a request gets -32002; a second initialize is refused', { timeout: 60_000 }, async () => {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: unknown[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    published.push(p);
  });
  connection.listen();
  try {
    const uri = 'file:///tmp/avant.programme.yaml';
    const early = await rejection(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }));
    assert.equal(early?.code, -32002);
    assert.equal(early?.message, 'the server is not initialized: send initialize first');
    assert.equal((await rejection(connection.sendRequest('shutdown')))?.code, -32002);
    // A notification before initialize is dropped: this document is never opened.
    void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'deroule-programme', version: 1, text: programme } });

    const init = { processId: process.pid, rootUri: null, capabilities: {} };
    const first = (await connection.sendRequest('initialize', init)) as { capabilities: { hoverProvider?: boolean } };
    assert.equal(first.capabilities.hoverProvider, true);
    const second = await rejection(connection.sendRequest('initialize', init));
    assert.equal(second?.code, -32600);
    assert.equal(second?.message, 'initialize may be sent only once');
    await connection.sendNotification('initialized', {});
    // Still working: the document sent before initialize is unknown, one opened now is checked.
    assert.equal(await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 9 } }), null);
    const late = 'file:///tmp/apres.programme.yaml';
    void connection.sendNotification('textDocument/didOpen', { textDocument: { uri: late, languageId: 'deroule-programme', version: 1, text: programme } });
    await eventually('diagnostics of the document opened after initialize', () => published.some((p) => (p as { uri: string }).uri === late));
    assert.ok(!published.some((p) => (p as { uri: string }).uri === uri));
    await connection.sendRequest('shutdown');
    const exit = new Promise<number | null>((r) => child.on('exit', r));
    await connection.sendNotification('exit');
    assert.equal(await exit, 0);
  } finally {
    connection.dispose();
    child.kill();
  }
});

/** Resident and peak memory of a process, in kB (Linux /proc). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

test('a 300 MB message is refused unread: memory stays flat, the server answers the next request', { timeout: 300_000 }, async () => {
  const server = await startServer();
  let stderr = '';
  server.process.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const uri = server.open('atelier.programme.yaml', programme);
    await server.diagnostics(uri, 1);
    const before = memory(server.process.pid!);
    const size = 300 * 1024 * 1024;
    const stdin = server.process.stdin!;
    const write = (chunk: Buffer | string) => new Promise<void>((r) => (stdin.write(chunk) ? r() : stdin.once('drain', () => r())));
    await write(`Content-Length: ${size}\r\n\r\n`);
    const start = '{"jsonrpc":"2.0","id":"x","method":"textDocument/hover","params":';
    await write(start);
    await eventually('the refusal is logged', () => stderr.includes('refused'));
    assert.equal(stderr, `deroule: a message of ${size} bytes was refused unread (the limit is ${LIMIT} bytes)\n`);
    // The client goes on sending the whole body: the server drops it as it comes.
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = Buffer.byteLength(start);
    while (sent + chunk.length <= size) {
      await write(chunk);
      sent += chunk.length;
    }
    await write(Buffer.alloc(size - sent, 0x20));
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 9 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Claire Martin/);
    const after = memory(server.process.pid!);
    // Buffered, the body alone would add 300 MB to the peak; dropped, the server barely moves.
    assert.ok(after.peak - before.peak < 64 * 1024, `peak ${before.peak} kB → ${after.peak} kB`);
    assert.ok(after.rss - before.rss < 64 * 1024, `resident ${before.rss} kB → ${after.rss} kB`);
    assert.equal(server.exitCode(), undefined);
  } finally {
    await server.stop();
  }
});

test('a message just under the limit still gets through', { timeout: 300_000 }, async () => {
  const server = await startServer();
  try {
    // A 9,000,000-character programme, mostly accented (2–3 bytes each): larger than the
    // default maxTextLength, so it is reported as too large, which proves it was read.
    const name = 'gros.programme.yaml';
    const text = `title: Gros\ndate: 2021-10-20\n# ${'é'.repeat(9_000_000)}\nagenda: []\n`;
    const uri = server.open(name, text);
    const diagnostics = await server.diagnostics(uri, 1);
    assert.equal(diagnostics.length, 1);
    assert.match(String(diagnostics[0]!.message), /too large/);
  } finally {
    await server.stop();
  }
});
