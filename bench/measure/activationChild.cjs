// Run in a fresh process by activation.mjs: loads dist/extension.js and calls activate()
// with a stand-in for the `vscode` module, and prints the timings as JSON.
//
// The stand-in is a recursive Proxy: every property is another stand-in, callable and
// constructible, so whatever the extension and vscode-languageclient touch at activation
// exists and costs (almost) nothing — what is timed is the extension's own work: loading
// its bundle, then running activate() up to the point where it waits for the server.
// `then` is undefined (a stand-in is not a promise), strings and numbers convert to ''/0,
// iterating one yields nothing. `context.asAbsolutePath` is real, so the language client
// forks the real dist/server.js over IPC, as VS Code would.
const Module = require('node:module');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');

const root = process.argv[2];
function stub(name) {
  const target = function () {};
  const assigned = new Map(); // what the code stores on a stand-in reads back
  return new Proxy(target, {
    set(_, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(_, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (key === Symbol.iterator) return function* () {};
      if (key === 'toString' || key === 'toJSON') return () => '';
      if (key === 'length') return 0;
      // vscode-languageclient refuses an editor older than it needs.
      if (key === 'version' && name === 'vscode') return '1.97.0';
      // An empty window: no folder open, English UI.
      if (key === 'workspaceFolders' && name === 'vscode.workspace') return undefined;
      if (key === 'language' && name === 'vscode.env') return 'en';
      if (typeof key === 'symbol') return undefined;
      // Notifications answer with a promise in VS Code; the bench shows them on stderr.
      if (name === 'vscode.window' && /^show\w*Message$/.test(key)) {
        return (...args) => {
          process.stderr.write(`${key}: ${args[0]}\n`);
          return Promise.resolve(undefined);
        };
      }
      return stub(`${name}.${key}`);
    },
    // esbuild's ESM interop copies a module's own keys onto an object whose prototype is
    // the module's prototype: a stand-in prototype makes every other name resolve too.
    getPrototypeOf: () => (name === 'vscode' ? stub('vscode') : Function.prototype),
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}
const vscode = stub('vscode');

// The servers the language client forks are killed before this process exits.
const childProcess = require('node:child_process');
const forked = [];
let forkedAt;
const fork = childProcess.fork;
childProcess.fork = function (...args) {
  forkedAt ??= performance.now();
  const child = fork.apply(this, args);
  forked.push(child);
  return child;
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const context = new Proxy(
  { subscriptions: [], asAbsolutePath: (p) => join(root, p), extensionPath: root, extensionUri: stub('extensionUri') },
  { get: (t, k) => (k in t ? t[k] : stub(`context.${String(k)}`)) },
);

const t0 = performance.now();
const extension = require(join(root, 'dist/extension.js'));
const t1 = performance.now();
const pending = extension.activate(context);
const t2 = performance.now();
const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000));
Promise.race([pending.then(() => 'resolved', (e) => `rejected: ${e && e.message}`), timeout]).then(async (outcome) => {
  const t3 = performance.now();
  // The language client is loaded after activation (its own bundle): wait until it forks the server.
  for (let waited = 0; forkedAt === undefined && waited < 5000; waited += 5) await new Promise((r) => setTimeout(r, 5));
  const out = { loadMs: t1 - t0, activateCallMs: t2 - t1, activateSettledMs: t3 - t1, serverForkedMs: forkedAt === undefined ? null : forkedAt - t0, outcome, subscriptions: context.subscriptions.length };
  try {
    await Promise.race([extension.deactivate(), new Promise((r) => setTimeout(r, 2000))]);
  } catch {
    // the stand-in client may not stop cleanly: the process exits anyway
  }
  for (const child of forked) child.kill('SIGKILL');
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
});
