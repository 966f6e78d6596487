/**
 * Closed files of the workspace, over stdio: a closed mission that links a FIFO does not
 * stop the diagnostics and completion of the other documents; in a folder named
 * « l'atelier (2024) » closed files are read (bookings across files, the Déroulé view); a
 * link that leads outside the folder is never read. Each test kills its server if it does
 * not answer in time, so it ends even when the server hangs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-protocol';
import type { ExplorerNode } from '../../common/protocol';
import { startServer, type Harness, type HarnessOptions } from './harness';

/** Far more than a check takes; a hang guard, not a speed limit. */
const ANSWER_WITHIN = 60_000;

/** Runs `body` on a fresh server, killed if `body` has not finished in time. */
async function withServer(options: HarnessOptions, body: (server: Harness) => Promise<void>): Promise<void> {
  const server = await startServer(options);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      body(server),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the server did not answer within ${ANSWER_WITHIN} ms`)), ANSWER_WITHIN);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    server.process.kill('SIGKILL');
    server.connection.dispose();
  }
}

const mission = (...paths: string[]) =>
  `title: Mission flash\nperiod: { start: 2022-09, end: 2022-11 }\nphases:\n  - id: atelier\n    title: Atelier sur site\n    programmes: [${paths.map((p) => JSON.stringify(p)).join(', ')}]\n`;
const programme = (title: string, time: string) =>
  `title: ${title}\ndate: 2022-10-12\npeople:\n  - id: p\n    name: Claire Martin\nagenda:\n  - time: ${time}\n    title: Atelier\n    speakers: [p]\n`;
const overlapping = 'title: Atelier\ndate: 2022-10-12\nagenda:\n  - time: 9h-10h\n    title: A\n  - time: 9h30-11h\n    title: B\n';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.message]);

test('a closed mission linking a FIFO: the other documents still get diagnostics and completion', { timeout: 180_000, skip: process.platform === 'win32' ? 'no FIFOs' : false }, async () => {
  await withServer(
    {
      files: { 'm.mission.yaml': mission('fifo.programme.yaml') },
      prepare: (folder) => assert.equal(spawnSync('mkfifo', [join(folder, 'fifo.programme.yaml')]).status, 0),
    },
    async (server) => {
      const uri = server.open('a.programme.yaml', overlapping);
      const diagnostics = await server.diagnostics(uri, 1);
      assert.deepEqual(codes(diagnostics), [['time-overlap', 'This slot starts 30 min before the previous one (“A”) ends at 10:00.']]);
      const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 4 } })) as CompletionItem[];
      assert.ok(items.some((i) => i.label === 'type'), JSON.stringify(items.map((i) => i.label)));
      // The mission itself, opened, reports its link as missing rather than waiting on it.
      const m = server.open('m.mission.yaml', mission('fifo.programme.yaml'));
      assert.deepEqual(codes(await server.diagnostics(m, 1)), [['programme-missing', 'No programme file at `fifo.programme.yaml` (relative to this mission).']]);
    },
  );
});

test("a folder named « l'atelier (2024) »: a clash with a closed file is found, the view lists closed files", { timeout: 180_000 }, async () => {
  await withServer(
    {
      folderName: "l'atelier (2024)",
      files: { 'm.mission.yaml': mission('p.programme.yaml'), 'p.programme.yaml': programme('Séance du matin', '9h-12h') },
    },
    async (server) => {
      const uri = server.open('q.programme.yaml', programme('Séance du midi', '11h-12h'));
      const diagnostics = await server.diagnostics(uri, 1);
      assert.deepEqual(codes(diagnostics), [['double-booked', 'Claire Martin is also involved in “Atelier” (p.programme.yaml) from 09:00 to 12:00 the same day.']]);
      assert.equal(diagnostics[0]!.relatedInformation?.[0]?.location.uri, server.uri('p.programme.yaml'));
      const view = (await server.connection.sendRequest('deroule/explorer', { language: 'en' })) as ExplorerNode[];
      const outline = (nodes: ExplorerNode[] | undefined): unknown[] => (nodes ?? []).map((n) => [n.kind, n.label, n.uri, ...(n.children ? [outline(n.children)] : [])]);
      assert.deepEqual(outline(view), [
        ['mission', 'Mission flash', server.uri('m.mission.yaml'), [['phase', 'Atelier sur site', server.uri('m.mission.yaml'), [['programme', 'Séance du matin', server.uri('p.programme.yaml')]]]]],
        ['programme', 'Séance du midi', server.uri('q.programme.yaml')],
      ]);
    },
  );
});

test('a link in the folder that leads outside it is never read: the mission reports it, hover says nothing of it', { timeout: 180_000 }, async () => {
  const outside = mkdtempSync(join(tmpdir(), 'deroule-outside-'));
  writeFileSync(join(outside, 'secret.programme.yaml'), programme('Programme confidentiel', '9h-12h'));
  await withServer(
    { prepare: (folder) => symlinkSync(join(outside, 'secret.programme.yaml'), join(folder, 'lien.programme.yaml')) },
    async (server) => {
      const text = mission('lien.programme.yaml');
      const uri = server.open('m.mission.yaml', text);
      assert.deepEqual(codes(await server.diagnostics(uri, 1)), [
        ['programme-missing', '`lien.programme.yaml` is not a path inside the project root (the nearest folder above with a .deroule.yaml or .git), relative to this mission: Déroulé does not read it.'],
      ]);
      const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 20 } });
      assert.doesNotMatch(JSON.stringify(hover), /confidentiel/);
      const view = (await server.connection.sendRequest('deroule/explorer', { language: 'en' })) as ExplorerNode[];
      assert.doesNotMatch(JSON.stringify(view), /confidentiel/);
    },
  );
});
