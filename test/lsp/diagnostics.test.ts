import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { startServer } from './harness';

const overlap = `title: Atelier territorial
date: 2021-10-20
people:
  - id: archi
    name: Claire Martin
  - id: paysagiste
agenda:
  - time: 08h30-09h00
    title: Accueil des participants
    type: welcome
    speakers: [archi]
  - time: 08h45-09h30 # chevauche l'accueil
    title: Présentation de la journée
`;

test('didOpen → diagnostics with code, range, codeDescription, tags and related information', async () => {
  const server = await startServer();
  try {
    const uri = server.open('atelier.programme.yaml', overlap);
    const diagnostics = await server.diagnostics(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]),
      [
        ['unused', 4, 5, 8],
        ['time-overlap', 1, 11, 10],
      ],
    );
    const o = diagnostics[1]!;
    assert.equal(o.source, 'deroule');
    // The rules page shipped beside the server bundle (dist/ → docs/), at the code's heading.
    assert.equal(o.codeDescription?.href, `${pathToFileURL(resolve(__dirname, '../../../docs/rules.md')).href}#time-overlap`);
    assert.equal(o.message, 'This slot starts 15 min before the previous one (“Accueil des participants”) ends at 09:00.');
    assert.equal(o.relatedInformation?.[0]?.location.range.start.line, 7);
    assert.deepEqual(diagnostics[0]!.tags, [1]);
  } finally {
    await server.stop();
  }
});

test('diagnostics come before the answers to the requests an editor sends with didOpen and didChange', async () => {
  const server = await startServer();
  try {
    const uri = server.uri('atelier.programme.yaml');
    const doc = { uri };
    const requests = (v: number) => [
      { id: `symbols-${v}`, method: 'textDocument/documentSymbol', params: { textDocument: doc } },
      { id: `folding-${v}`, method: 'textDocument/foldingRange', params: { textDocument: doc } },
      { id: `actions-${v}`, method: 'textDocument/codeAction', params: { textDocument: doc, range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }, context: { diagnostics: [] } } },
    ];
    await server.burst([
      { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'deroule-programme', version: 1, text: overlap } } },
      ...requests(1),
    ]);
    await server.burst([
      { method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 12, character: 11 }, end: { line: 12, character: 11 } }, text: 'x' }] } },
      ...requests(2),
    ]);
    for (const v of [1, 2]) {
      const published = server.arrivals.indexOf(`publishDiagnostics ${uri} ${v}`);
      assert.ok(published >= 0, `no diagnostics for version ${v}: ${server.arrivals.join(', ')}`);
      for (const r of requests(v)) {
        assert.ok(published < server.arrivals.indexOf(`response ${r.id}`), `${r.id} answered before the diagnostics: ${server.arrivals.join(', ')}`);
      }
    }
  } finally {
    await server.stop();
  }
});

test('didChange → new diagnostics for the new version only; French with the locale', async () => {
  const server = await startServer({ locale: 'fr' });
  try {
    const uri = server.open('atelier.programme.yaml', overlap);
    await server.diagnostics(uri, 1);
    const fixed = overlap.replace('08h45-09h30', '09h00-09h30');
    server.change('atelier.programme.yaml', overlap.replace('08h45', '08h50'), 2);
    server.change('atelier.programme.yaml', fixed, 3);
    const diagnostics = await server.diagnostics(uri, 3);
    assert.deepEqual(diagnostics.map((d) => d.code), ['unused']);
    assert.equal(diagnostics[0]!.message, 'L’intervenant `paysagiste` n’est cité nulle part (ni comme intervenant, ni comme animateur, ni comme responsable).');
  } finally {
    await server.stop();
  }
});

test('settings from workspace/configuration: severities and language', async () => {
  const server = await startServer({ settings: { language: 'en', rules: { unused: 'off', 'time-overlap': 'warning' } } });
  try {
    const uri = server.open('atelier.programme.yaml', overlap);
    let diagnostics = await server.diagnostics(uri);
    // The first publication may come before the settings were read; wait for the settled one.
    if (diagnostics.length !== 1) diagnostics = await server.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['time-overlap', 2]]);
  } finally {
    await server.stop();
  }
});

test('a mission sees its linked programme on disk, closed; a sibling booking across files', async () => {
  const mission = `title: Atelier flash
scheme: atelier-flash
period: { start: 2022-09, end: 2022-11 }
phases:
  - id: atelier
    title: Atelier sur site
    start: 2022-10
    end: 2022-10
    programmes: [atelier.programme.yaml, absent.programme.yaml]
`;
  const server = await startServer({ files: { 'atelier.programme.yaml': 'title: Atelier\ndate: 2022-11-04\n' } });
  try {
    const uri = server.open('flash.mission.yaml', mission);
    const diagnostics = await server.diagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['programme-missing', 'programme-outside-phase', 'scheme-sessions']);
  } finally {
    await server.stop();
  }
});

test('pull model: textDocument/diagnostic returns the full report', async () => {
  const server = await startServer({ pull: true });
  try {
    const uri = server.open('atelier.programme.yaml', overlap);
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: { code: string }[] };
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => d.code), ['unused', 'time-overlap']);
  } finally {
    await server.stop();
  }
});

test('closing a document clears its diagnostics', async () => {
  const server = await startServer();
  try {
    const uri = server.open('atelier.programme.yaml', overlap);
    await server.diagnostics(uri, 1);
    const cleared = server.diagnostics(uri);
    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await cleared, []);
  } finally {
    await server.stop();
  }
});

test('an unsaved document (a template, an import) is checked by its language id', async () => {
  const server = await startServer();
  try {
    const uri = 'untitled:Untitled-1';
    const waiting = server.diagnostics(uri, 1);
    void server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'deroule-mission', version: 1, text: 'title: Mission\nperiod: { start: 2023-05, end: 2023-01 }\n' },
    });
    const diagnostics = await waiting;
    assert.deepEqual(diagnostics.map((d) => d.code), ['time-order']);
  } finally {
    await server.stop();
  }
});
