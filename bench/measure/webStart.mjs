// The browser build's start (issue 20): in Debian's Chromium, the language server's worker
// (the production dist/web/server.js) is started from a Blob as in code-server, initialised
// on the examples folder, sent its files as the extension sends them, and a seed-sized
// programme (the Poix-du-Nord atelier) opened; measured: from creating the worker to its
// first diagnostics (budget 1.5 s). The extension's own start in the editor is not in it.
// Reported, not asserted. Alone: `node esbuild.mjs --production && node bench/measure/webStart.mjs`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from '../lib/stats.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SEED = 'poix-du-nord/atelier-territorial.programme.yaml';
const DEROULE_FILE = /(\.(programme|mission)\.ya?ml|^\.deroule\.yaml)$/;

function folderFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? folderFiles(path) : DEROULE_FILE.test(name) ? [path] : [];
  });
}

/** Milliseconds from the worker's creation to its first diagnostics of the seed (median of `runs`). */
export async function measureWebStart(runs = 5) {
  const script = join(ROOT, 'dist/web/server.js');
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed` };
  if (!existsSync(script)) return { skipped: 'dist/web/server.js is not built' };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const folder = pathToFileURL(join(ROOT, 'examples')).href;
  const files = folderFiles(join(ROOT, 'examples')).map((path) => ({ uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') }));
  const seed = files.find((f) => f.uri.endsWith(SEED));
  const serverText = readFileSync(script, 'utf8');
  const times = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.addScriptTag({ path: join(ROOT, 'bench/lib/workerPageClient.js') });
      const ms = await page.evaluate(
        async ({ serverText, folder, files, seed }) => {
          window.startServer(serverText);
          const send = (m) => window.worker.postMessage({ jsonrpc: '2.0', ...m });
          send({ id: 1, method: 'initialize', params: { processId: null, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'examples' }], capabilities: {}, initializationOptions: { locale: 'fr' } } });
          send({ method: 'initialized', params: {} });
          send({ method: 'deroule/workspaceFiles', params: { folders: [folder], files } });
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri: seed.uri, languageId: 'deroule-programme', version: 1, text: seed.text } } });
          for (;;) {
            const found = window.inbox.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === seed.uri);
            if (found) return found.at;
            if (window.inbox.some((m) => m.method === '$workerError')) throw new Error('the worker failed');
            await new Promise((r) => setTimeout(r, 5));
          }
        },
        { serverText, folder, files, seed },
      );
      times.push(ms);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { ms: median(times), runs: times, files: files.length, serverBytes: serverText.length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await measureWebStart());
