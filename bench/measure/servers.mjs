// Both language servers over stdio, driven the same way: start → initialize answered,
// didOpen → diagnostics, didChange (one character, incremental) → diagnostics; for ours
// also completion, hover and document symbols.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLsp } from '../lib/lspClient.mjs';
import { lineWith } from '../lib/places.mjs';
import { summary, timeAsync } from '../lib/stats.mjs';
import { performance } from 'node:perf_hooks';

export const ROOT = new URL('../../', import.meta.url);
const rootPath = (p) => new URL(p, ROOT).pathname;

export const SERVERS = {
  deroule: {
    command: process.execPath,
    args: [rootPath('dist/cli.js'), 'lsp', '--stdio'],
    languageId: 'deroule-programme',
    settings: () => ({ language: 'en' }),
    // Ours publishes the version the diagnostics were computed on.
    accepts: (version) => (p) => p.version === version,
  },
  yaml: {
    command: process.execPath,
    args: [rootPath('node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
    languageId: 'yaml',
    settings: (section) => (section === 'yaml' ? yamlSettings() : section === 'http' ? {} : null),
    // yaml-language-server publishes without a version: the first publish after the change
    // that reports the deliberate schema error (a key typo) is the result of that change.
    accepts: () => (p) => p.diagnostics.some((d) => /descripton/.test(d.message)),
  },
};

/** Our own schema for every *.programme.yaml; never the schema store (no network here). */
export function yamlSettings() {
  return {
    validate: true,
    hover: true,
    completion: true,
    schemas: { [pathToFileURL(rootPath('schemas/programme.schema.json')).href]: '*.programme.yaml' },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  };
}

function repsFor(size) {
  return size <= 100 ? { warmup: 2, reps: 10 } : size <= 1000 ? { warmup: 2, reps: 9 } : { warmup: 2, reps: 5 };
}

/** Times one server on one programme text. Returns medians, the diagnostics it reported, and its RSS. */
export async function measureServer(name, size, text, { timeout = 60_000, features = false } = {}) {
  const server = SERVERS[name];
  const folder = mkdtempSync(join(tmpdir(), `deroule-bench-${name}-`));
  const rootUri = pathToFileURL(folder).href;
  const lsp = await startLsp(server.command, server.args, { rootUri, settings: server.settings, timeout });
  try {
    if (name === 'yaml') lsp.configure({ yaml: yamlSettings() });
    const options = repsFor(size);
    let last;
    // Each repetition opens the text under a new name, so nothing computed before is reused;
    // the previous document is closed first.
    let previous;
    const didOpen = await timeAsync(async (i) => {
      if (previous) lsp.close(previous);
      const uri = `${rootUri}/rep-${i}/slots-${size}.programme.yaml`;
      const from = lsp.mark();
      const t = performance.now();
      lsp.open(uri, server.languageId, text, 1);
      last = await lsp.diagnostics(uri, from, server.accepts(1));
      previous = uri;
      return last.at - t;
    }, options);
    const uri = previous;
    const diagnostics = last.diagnostics;

    // One character typed into a title in the middle, then removed: the text alternates
    // between two versions, each new to the server.
    const lines = text.split('\n');
    const at = lineWith(lines, 'title');
    let version = 1;
    const didChange = await timeAsync(async () => {
      version++;
      const insert = version % 2 === 0;
      const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
      const from = lsp.mark();
      const t = performance.now();
      lsp.change(uri, version, range, insert ? 'x' : '');
      const p = await lsp.diagnostics(uri, from, server.accepts(version));
      if (p.diagnostics.length !== diagnostics.length) throw new Error(`${name}: ${p.diagnostics.length} diagnostics after a change, ${diagnostics.length} before`);
      return p.at - t;
    }, size <= 1000 ? { warmup: 2, reps: 10 } : { warmup: 2, reps: 11 });

    const result = { readyMs: lsp.readyMs, didOpen, didChange, diagnostics, rssMb: lsp.rssMb() };
    if (features) {
      // Versions are even again (text as generated) after an even number of changes.
      const typeAt = lineWith(lines, 'type');
      const speaker = lineWith(lines, 'speakers');
      const doc = { uri };
      const reps = size <= 1000 ? { warmup: 3, reps: 15 } : { warmup: 1, reps: 5 };
      result.completion = await timeAsync(() => lsp.request('textDocument/completion', { textDocument: doc, position: typeAt }), reps);
      result.hover = await timeAsync(() => lsp.request('textDocument/hover', { textDocument: doc, position: { line: speaker.line, character: speaker.character + 2 } }), reps);
      result.symbols = await timeAsync(() => lsp.request('textDocument/documentSymbol', { textDocument: doc }), reps);
      const c = await lsp.request('textDocument/completion', { textDocument: doc, position: typeAt });
      result.completionItems = Array.isArray(c) ? c.length : c?.items?.length ?? 0;
    }
    return result;
  } finally {
    await lsp.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Fresh processes per server for start → ready: a start is one sample of a noisy machine. */
export const READY_REPS = 11;

/** Server start → `initialize` answered, in fresh processes. */
export async function measureReady(name, reps = READY_REPS) {
  const server = SERVERS[name];
  const samples = [];
  for (let i = 0; i < reps + 1; i++) {
    const lsp = await startLsp(server.command, server.args, { settings: server.settings });
    if (i > 0) samples.push(lsp.readyMs); // the first start warms the disk cache
    await lsp.stop();
  }
  return summary(samples);
}
