/**
 * The browser's language server (dist/web/server.js) in a real Web Worker of Debian's
 * Chromium, started from a Blob as the extension starts it in code-server, with a small LSP
 * client in the page (bench/lib/workerPageClient.js): the test sends JSON-RPC messages, reads what the server publishes, and
 * answers the server's requests as the extension does (`deroule/module` with the text of a
 * dist/web/ bundle, `workspace/configuration` with no settings).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../../..');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';



export interface BrowserServer {
  page: Page;
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): Promise<void>;
  /** The next diagnostics published for `uri` after `since` (an index of the inbox). */
  diagnostics(uri: string, since?: number): Promise<unknown[]>;
  /** How many messages arrived so far. */
  arrived(): Promise<number>;
  /** The dist/web/ bundles the server asked for, in order. */
  modulesAsked(): Promise<string[]>;
  /** What the server logged (`window/logMessage`), for a failure's message. */
  logs(): Promise<string>;
}

export async function startBrowserServer(browser: Browser, init: { folder: string; docsUri?: string; locale?: string }): Promise<BrowserServer> {
  const script = join(ROOT, 'dist/web/server.js');
  if (!existsSync(script)) throw new Error('dist/web/server.js is missing: run node esbuild.mjs');
  const page = await browser.newPage();
  await page.exposeFunction('moduleText', (name: string) => {
    const file = join(ROOT, 'dist/web', name);
    return /^[a-z][a-z-]*\.js$/.test(name) && existsSync(file) ? { text: readFileSync(file, 'utf8') } : { error: `no such module: ${name}` };
  });
  await page.addScriptTag({ path: join(ROOT, 'bench/lib/workerPageClient.js') });
  await page.evaluate((text) => (globalThis as unknown as { startServer(t: string): void }).startServer(text), readFileSync(script, 'utf8'));
  let id = 0;
  const inbox = () => page.evaluate(() => (globalThis as unknown as { inbox: { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown }[] }).inbox);
  const send = (message: object) => page.evaluate((m) => (globalThis as unknown as { worker: { postMessage(m: unknown): void } }).worker.postMessage(m), message);
  const waitFor = async <T>(find: (messages: Awaited<ReturnType<typeof inbox>>) => T | undefined): Promise<T> => {
    for (;;) {
      const messages = await inbox();
      const failed = messages.find((m) => m.method === '$workerError');
      if (failed) throw new Error(`the worker failed: ${String(failed.params)}`);
      const found = find(messages);
      if (found !== undefined) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const server: BrowserServer = {
    page,
    async request<R>(method: string, params: unknown) {
      const mine = ++id;
      await send({ jsonrpc: '2.0', id: mine, method, params });
      const reply = await waitFor((messages) => messages.find((m) => m.id === mine && m.method === undefined));
      if (reply.error) throw new Error(JSON.stringify(reply.error));
      return reply.result as R;
    },
    notify: (method, params) => send({ jsonrpc: '2.0', method, params }),
    async diagnostics(uri, since = 0) {
      return waitFor((messages) => {
        const found = messages.slice(since).find((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
        return found && (found.params as { diagnostics: unknown[] }).diagnostics;
      });
    },
    arrived: async () => (await inbox()).length,
    logs: async () => (await inbox()).filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message).join('\n'),
    modulesAsked: () => page.evaluate(() => (globalThis as unknown as { modulesAsked: string[] }).modulesAsked),
  };
  await server.request('initialize', {
    processId: null,
    rootUri: init.folder,
    workspaceFolders: [{ uri: init.folder, name: 'projet' }],
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: {} } },
    initializationOptions: { locale: init.locale ?? 'en', ...(init.docsUri ? { docsUri: init.docsUri } : {}) },
  });
  await server.notify('initialized', {});
  return server;
}
