/**
 * The extension's Export… command never replaces a file without asking: driven here with a
 * stand-in for the `vscode` module (the real editor runs the rest of the client in test/e2e).
 */
import assert from 'node:assert/strict';
import Module from 'node:module';
import { test } from 'node:test';

interface Uri {
  path: string;
  fsPath: string;
  with(change: { path: string }): Uri;
  toString(): string;
}
const uri = (path: string): Uri => ({ path, fsPath: path, with: (c) => uri(c.path), toString: () => `file://${path}` });

interface State {
  existing: Set<string>;
  answer: string | undefined;
  writes: string[];
  asked: string[];
}

function fakeVscode(state: State) {
  let handler: ((u?: Uri) => Promise<void>) | undefined;
  const vscode = {
    commands: {
      registerCommand: (_id: string, h: (u?: Uri) => Promise<void>) => {
        handler = h;
        return { dispose() {} };
      },
    },
    l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)])) },
    Uri: { joinPath: (base: Uri, ...parts: string[]) => uri([base.path, ...parts].join('/')) },
    window: {
      activeTextEditor: { document: { uri: uri('/ws/poix/atelier.programme.yaml') } },
      showQuickPick: async (items: { label: string }[]) => items.find((i) => /Markdown|participants/.test(i.label)),
      showSaveDialog: async (options: { defaultUri: Uri }) => options.defaultUri,
      showWarningMessage: async (message: string) => {
        state.asked.push(message);
        return state.answer;
      },
      showErrorMessage: async () => undefined,
      showInformationMessage: async () => undefined,
    },
    workspace: {
      openTextDocument: async (u: Uri) => ({ uri: u }),
      fs: {
        stat: async (u: Uri) => {
          if (!state.existing.has(u.path)) throw new Error('ENOENT');
          return {};
        },
        writeFile: async (u: Uri) => {
          state.writes.push(u.path);
        },
      },
    },
    env: { openExternal: async () => true },
  };
  return { vscode, run: () => handler!() };
}

type Loader = (request: string, ...rest: unknown[]) => unknown;

async function exportWith(existing: string[], answer: string | undefined): Promise<State> {
  const state: State = { existing: new Set(existing), answer, writes: [], asked: [] };
  const { vscode, run } = fakeVscode(state);
  const modules = Module as unknown as { _load: Loader };
  const load = modules._load;
  modules._load = (request, ...rest) => (request === 'vscode' ? vscode : load(request, ...rest));
  try {
    const path = require.resolve('../../../client/src/exportCommand');
    delete require.cache[path];
    const { registerExport } = require(path) as typeof import('../../../client/src/exportCommand');
    const client = { sendRequest: async () => ({ data: Buffer.from('# Atelier').toString('base64') }) };
    registerExport(() => client as never);
    await run();
  } finally {
    modules._load = load;
  }
  return state;
}

test('Export… onto an existing file next to the programme: asks, and cancelling writes nothing', async () => {
  const state = await exportWith(['/ws/poix/atelier.md'], undefined);
  assert.deepEqual(state.asked, ['atelier.md already exists. Replace it?']);
  assert.deepEqual(state.writes, []);
});

test('Export… onto an existing file: Replace writes it', async () => {
  const state = await exportWith(['/ws/poix/atelier.md'], 'Replace');
  assert.deepEqual(state.writes, ['/ws/poix/atelier.md']);
});

test('Export… to a new file: written without a question, next to the programme', async () => {
  const state = await exportWith([], undefined);
  assert.deepEqual(state.asked, []);
  assert.deepEqual(state.writes, ['/ws/poix/atelier.md']);
});
