// A minimal editor over stdio for any language server (ours or yaml-language-server):
// initialize, open and change documents, wait for the diagnostics of a given change,
// send requests, read the server's RSS. Every child is killed by `stop()` (and on exit).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { withTimeout } from './stats.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/**
 * Starts `command args` and completes the LSP handshake.
 * options: rootUri, settings(section) → value for workspace/configuration, initializationOptions,
 * capabilities (merged), timeout (ms, for every wait).
 */
export async function startLsp(command, args, options = {}) {
  const timeout = options.timeout ?? 60_000;
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.cwd });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let stderr = '';
  child.stderr.on('data', (d) => {
    if (stderr.length < 20_000) stderr += d;
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // Every publish is kept in arrival order with its arrival time; waiters look from an index.
  const published = [];
  const waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    published.push({ ...p, at: performance.now() });
    for (const w of [...waiters]) w.check();
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (options.settings ? options.settings(item.section) : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification(() => undefined);
  connection.onError(() => undefined);
  connection.listen();
  const init = await withTimeout(
    connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'bench' }] : null,
      locale: 'en',
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    }),
    timeout,
    `${command} initialize`,
  );
  const readyMs = performance.now() - started;
  await connection.sendNotification('initialized', {});

  return {
    child,
    init,
    readyMs,
    get stderr() {
      return stderr;
    },
    /** Index of the next publish: pass it to `diagnostics` to wait for what comes after now. */
    mark: () => published.length,
    open(uri, languageId, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    /** An incremental change: `text` replaces `range`. */
    change(uri, version, range, text) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    },
    configure(settings) {
      void connection.sendNotification('workspace/didChangeConfiguration', { settings });
    },
    /** The first publish for `uri` from index `from` on that satisfies `accept`. */
    diagnostics(uri, from, accept = () => true) {
      return withTimeout(
        new Promise((resolve) => {
          const w = {
            check() {
              for (let i = from; i < published.length; i++) {
                const p = published[i];
                if (p.uri === uri && accept(p)) {
                  waiters.splice(waiters.indexOf(w), 1);
                  resolve(p);
                  return;
                }
              }
            },
          };
          waiters.push(w);
          w.check();
        }),
        timeout,
        `diagnostics of ${uri}`,
      );
    },
    request(method, params) {
      return withTimeout(connection.sendRequest(method, params), timeout, method);
    },
    /** VmRSS of the server process, in MB. */
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)[1]) / 1024;
    },
    /** shutdown + exit; a server that has not exited after `graceMs` is terminated, then killed. */
    async stop(graceMs = 2000) {
      try {
        await withTimeout(connection.sendRequest('shutdown'), 5000, 'shutdown');
        await connection.sendNotification('exit');
      } catch {
        // gone or hung: killed below
      }
      await new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const term = setTimeout(() => child.kill(), graceMs);
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs + 2000);
        child.once('exit', () => {
          clearTimeout(term);
          clearTimeout(kill);
          resolve();
        });
      });
      connection.dispose();
    },
  };
}
