// A small LSP client in a page, for the browser's language server (dist/web/server.js) in a
// Web Worker started from a Blob, as the extension starts it in code-server. Used by the
// tests (test/lsp/browserWorker.ts) and the bench (bench/measure/webStart.mjs) with
// playwright's addScriptTag: messages the server sends go to `window.inbox` (with the time
// they arrived); its requests are answered as the extension answers them: `deroule/module`
// with `window.moduleText(name)` (exposed by the caller), `workspace/configuration` with no
// settings, anything else with null.
window.inbox = [];
window.modulesAsked = [];
window.startServer = (text) => {
  window.started = performance.now();
  const worker = new Worker(URL.createObjectURL(new Blob([text], { type: 'text/javascript' })));
  worker.onerror = (e) => window.inbox.push({ method: '$workerError', params: String(e.message) });
  worker.onmessage = async ({ data: m }) => {
    if (m.method !== undefined && m.id !== undefined) {
      let result = null;
      if (m.method === 'deroule/module') {
        window.modulesAsked.push(m.params.name);
        result = await window.moduleText(m.params.name);
      } else if (m.method === 'workspace/configuration') result = m.params.items.map(() => null);
      worker.postMessage({ jsonrpc: '2.0', id: m.id, result });
    } else window.inbox.push({ ...m, at: performance.now() - window.started });
  };
  window.worker = worker;
};
