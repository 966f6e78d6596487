/**
 * Drives the built server (`dist/cli.js lsp --stdio`) over stdio with a JSON-RPC client,
 * as an editor that is not VS Code would: initialize, open documents, wait for diagnostics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { URI } from 'vscode-uri';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Diagnostic,
  type ResponseMessage,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

const ROOT = resolve(__dirname, '../../..');

export interface Harness {
  connection: ProtocolConnection;
  process: ChildProcess;
  folder: string;
  uri(name: string): string;
  open(name: string, text: string, version?: number): string;
  change(name: string, text: string, version: number): void;
  /** Incremental changes (`{ range, text }`), as editors send them; full texts allowed too. */
  edit(name: string, changes: TextDocumentContentChangeEvent[], version: number): void;
  close(name: string): void;
  /** Every diagnostics publication, in order of arrival. */
  published: PublishDiagnosticsParams[];
  /** The latest publication for `uri`, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined;
  /** Every `window/showMessage` the server sent. */
  messages: ShowMessageParams[];
  /**
   * What the server wrote, in the order it wrote it: `response <id>` for answers to `burst`
   * requests, `publishDiagnostics <uri> <version>`, else the method.
   */
  arrivals: string[];
  /**
   * Writes raw JSON-RPC messages in one write, as a burst from an editor arrives, and
   * resolves with the responses to those of them that are requests (string ids), by id.
   */
  burst(messages: object[]): Promise<Map<string, { result?: unknown; error?: { code: number; message: string } }>>;
  /** The exit code once the server process ended (undefined while it runs). */
  exitCode(): number | null | undefined;
  /** Resolves with the next diagnostics published for `uri` (at `version` when given). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  files?: Record<string, string>;
  settings?: Record<string, unknown>;
  locale?: string;
  pull?: boolean;
  /** The workspace folder's own name (`l'atelier (2024)`), inside a fresh temporary folder. */
  folderName?: string;
  /** Runs on the folder once the files are written, before the server starts (a FIFO, a link). */
  prepare?: (folder: string) => void;
}

/** A file's URI as VS Code sends it (vscode-uri's encoding, not Node's `pathToFileURL`). */
const vscodeUri = (path: string) => URI.file(path).toString();

export async function startServer(options: HarnessOptions = {}): Promise<Harness> {
  const temporary = mkdtempSync(join(tmpdir(), 'deroule-lsp-'));
  const folder = options.folderName ? join(temporary, options.folderName) : temporary;
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  options.prepare?.(folder);
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; version: number | undefined; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  // A second reader of the server's output sees the answers to `burst`, which the connection ignores.
  const raw = new StreamMessageReader(child.stdout!);
  const rawWaiters = new Map<string, (m: ResponseMessage) => void>();
  const arrivals: string[] = [];
  raw.listen((m) => {
    const id = (m as ResponseMessage).id;
    const method = (m as { method?: string }).method;
    if (method === 'textDocument/publishDiagnostics') {
      const p = (m as unknown as { params: PublishDiagnosticsParams }).params;
      arrivals.push(`publishDiagnostics ${p.uri} ${p.version}`);
    } else arrivals.push(method ?? `response ${String(id)}`);
    if (typeof id === 'string') rawWaiters.get(id)?.(m as ResponseMessage);
  });
  const messages: ShowMessageParams[] = [];
  connection.onNotification('window/showMessage', (p: ShowMessageParams) => {
    messages.push(p);
  });
  let exit: number | null | undefined;
  child.on('exit', (code) => (exit = code));
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => options.settings ?? {}));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const rootUri = vscodeUri(folder);
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    locale: options.locale ?? 'en',
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    },
  });
  await connection.sendNotification('initialized', {});
  const uri = (name: string) => vscodeUri(join(folder, name));
  return {
    connection,
    process: child,
    folder,
    uri,
    open(name, text, version = 1) {
      const u = uri(name);
      const languageId = name.includes('.mission.') ? 'deroule-mission' : 'deroule-programme';
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId, version, text } });
      return u;
    },
    change(name, text, version) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(name), version }, contentChanges: [{ text }] });
    },
    edit(name, contentChanges, version) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(name), version }, contentChanges });
    },
    close(name) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(name) } });
    },
    published,
    latest(u) {
      for (let i = published.length - 1; i >= 0; i--) if (published[i]!.uri === u) return published[i];
      return undefined;
    },
    messages,
    arrivals,
    burst(list) {
      const ids = list.flatMap((m) => ('id' in m && typeof m.id === 'string' ? [m.id] : []));
      const answers = Promise.all(
        ids.map((id) => new Promise<[string, ResponseMessage]>((resolve) => rawWaiters.set(id, (m) => resolve([id, m])))),
      );
      child.stdin!.write(
        Buffer.concat(
          list.map((m) => {
            const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
            return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
          }),
        ),
      );
      return answers.then((all) => new Map(all.map(([id, m]) => [id, { result: m.result, ...(m.error ? { error: m.error } : {}) }])));
    },
    exitCode: () => exit,
    diagnostics(u, version) {
      return new Promise((resolve) => waiters.push({ uri: u, version, resolve }));
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
}

/** Polls `check` until it returns true; fails with `what` after `timeout` ms (a hang guard, not a speed limit). */
export async function eventually(what: string, check: () => boolean, timeout = 120_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > until) throw new Error(`${what}: not reached after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
