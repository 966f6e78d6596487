/**
 * The language server and a project's `.deroule.yaml` (FORMAT.md §8): the same diagnostics
 * as `deroule check` for the same files (code, severity, range); an edit of the open config,
 * or a config changed on disk, re-checks the open documents; a malformed config is one
 * diagnostic on that file and the documents fall back to the defaults for it; the config
 * gets completion and hover; a mission's link past its project root is refused.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DAY, EXPECTED, MISSION, OUTSIDE_MESSAGE, projectFiles } from '../projectFixture';
import { startServer, type Harness } from './harness';

const ROOT = join(__dirname, '../../..');
const GUARD = { timeout: 120_000 };
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

type Published = { code?: unknown; severity?: number; range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string };
const brief = (file: string, items: Published[]) => items.map((d) => [file, String(d.code), SEVERITY[d.severity ?? 0], d.range.start.line + 1, d.range.start.character + 1]);

/** The next publication for `uri` that `wanted` accepts (the test's timeout is the hang guard). */
async function until(server: Harness, uri: string, wanted: (items: Published[]) => boolean): Promise<Published[]> {
  for (;;) {
    const items = (await server.diagnostics(uri)) as Published[];
    if (wanted(items)) return items;
  }
}

function openConfig(server: Harness, text: string, version = 1): string {
  const uri = server.uri('proj/.deroule.yaml');
  void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  return uri;
}

test('the server and deroule check give the same diagnostics for the same files under .deroule.yaml', GUARD, async () => {
  const server = await startServer({ files: projectFiles() });
  try {
    const day = server.open('proj/journee.programme.yaml', DAY);
    const mission = server.open('proj/missions/nct.mission.yaml', MISSION);
    const fromServer = [
      ...brief('journee.programme.yaml', (await server.diagnostics(day)) as Published[]),
      ...brief('missions/nct.mission.yaml', (await server.diagnostics(mission)) as Published[]),
    ];
    assert.deepEqual(fromServer, EXPECTED);
    const refused = (server.latest(mission)!.diagnostics as Published[])[0]!;
    assert.equal(refused.message, OUTSIDE_MESSAGE);
    // The CLI on the same folder: the same codes, severities and full ranges.
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', '--lang', 'en', '.'], { cwd: join(server.folder, 'proj'), encoding: 'utf8' });
    assert.equal(cli.stderr, '');
    const fromCli = (JSON.parse(cli.stdout) as { file: string; code: string; severity: string; line: number; column: number; endLine: number; endColumn: number }[]).map((d) => [
      d.file.split('\\').join('/'),
      d.code,
      d.severity,
      { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
    ]);
    const all = [
      ...(server.latest(day)!.diagnostics as Published[]).map((d) => ['journee.programme.yaml', String(d.code), SEVERITY[d.severity!], d.range]),
      ...(server.latest(mission)!.diagnostics as Published[]).map((d) => ['missions/nct.mission.yaml', String(d.code), SEVERITY[d.severity!], d.range]),
    ];
    assert.deepEqual(all, fromCli);
  } finally {
    await server.stop();
  }
});

test('editing the open .deroule.yaml re-checks the open documents; a malformed key is one diagnostic and its default', GUARD, async () => {
  const server = await startServer({ files: projectFiles() });
  try {
    const day = server.open('proj/journee.programme.yaml', DAY);
    assert.deepEqual((await server.diagnostics(day)).map((d) => d.code), ['day-too-long', 'no-break']);
    const config = openConfig(server, 'rules:\n  time-gap: off\n  no-break: error\nmaxDayMinutes: 420\n');
    assert.deepEqual(await server.diagnostics(config), []);
    // `time-gap: of` is not a severity: said on the value, and time-gap is back to its default.
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: config, version: 2 },
      contentChanges: [{ text: 'rules:\n  time-gap: of\n  no-break: error\nmaxDayMinutes: 420\n' }],
    });
    // The documents and the config are published in any order: wait for both at once.
    const dayAfter = until(server, day, (items) => items.some((d) => d.code === 'time-gap'));
    const onConfig = await until(server, config, (items) => items.length > 0);
    assert.deepEqual(
      onConfig.map((d) => [d.code, d.severity, d.range, d.message]),
      [['schema', 1, { start: { line: 1, character: 12 }, end: { line: 1, character: 14 } }, '“of” is not a severity for “time-gap”; did you mean “off”? Possible values: error, warning, information, hint, off.']],
    );
    const after = await dayAfter;
    assert.deepEqual(brief('journee.programme.yaml', after), [
      ['journee.programme.yaml', 'day-too-long', 'warning', 2, 7],
      ['journee.programme.yaml', 'time-gap', 'information', 6, 11],
      ['journee.programme.yaml', 'no-break', 'error', 8, 11],
      ['journee.programme.yaml', 'time-gap', 'information', 8, 11],
    ]);
  } finally {
    await server.stop();
  }
});

test('a .deroule.yaml deleted or created on disk (watched files) re-checks the open documents', GUARD, async () => {
  const server = await startServer({ files: projectFiles() });
  try {
    const day = server.open('proj/journee.programme.yaml', DAY);
    assert.deepEqual((await server.diagnostics(day)).map((d) => d.code), ['day-too-long', 'no-break']);
    const path = join(server.folder, 'proj/.deroule.yaml');
    const uri = server.uri('proj/.deroule.yaml');
    unlinkSync(path);
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    const defaults = await until(server, day, (items) => items.some((d) => d.code === 'time-gap'));
    assert.deepEqual(defaults.map((d) => [d.code, SEVERITY[d.severity!]]), [['time-gap', 'information'], ['no-break', 'warning'], ['time-gap', 'information']]);
    writeFileSync(path, 'rules:\n  time-gap: off\n  no-break: off\n');
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    assert.deepEqual(await until(server, day, (items) => items.length === 0), []);
  } finally {
    await server.stop();
  }
});

test('the .deroule.yaml wins over the deroule.* settings for the rules it names; the others keep the settings', GUARD, async () => {
  const server = await startServer({ files: projectFiles(), settings: { rules: { 'no-break': 'off', 'day-too-long': 'error' }, maxDayMinutes: 900 } });
  try {
    const day = server.open('proj/journee.programme.yaml', DAY);
    // The first check may run before the server has the client's settings: wait for them.
    const items = await until(server, day, (list) => list.some((d) => d.code === 'day-too-long' && d.severity === 1));
    assert.deepEqual(brief('journee.programme.yaml', items), [
      ['journee.programme.yaml', 'day-too-long', 'error', 2, 7],
      ['journee.programme.yaml', 'no-break', 'error', 8, 11],
    ]);
  } finally {
    await server.stop();
  }
});

test('completion and hover in .deroule.yaml', GUARD, async () => {
  const server = await startServer({ files: projectFiles() });
  try {
    const text = 'rules:\n  time-gap: \nmaxDayMinutes: 420\n';
    const uri = openConfig(server, text);
    const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 12 } })) as { label: string }[];
    assert.deepEqual(items.map((i) => i.label), ['error', 'warning', 'information', 'hint', 'off']);
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /\*\*maxDayMinutes\*\* — Longest day, from first start to last end, before `day-too-long` \(minutes\)\./);
  } finally {
    await server.stop();
  }
});
