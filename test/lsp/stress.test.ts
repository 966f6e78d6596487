/**
 * The server under stress, over stdio: 200 documents opened and edited at once (ranges as
 * editors send them, and full texts), documents closed while they are checked, requests in
 * the middle of it all. It never dies and, once it settles, every open document's latest
 * diagnostics are those of its last version (a fresh check of the final text says which);
 * closed documents end with an empty publication.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { freshDiagnostics } from './expected';
import { programme } from './fixture';
import { eventually, startServer, type Harness } from './harness';

const COUNT = 200;

/** Programme `i`: the fixture on its own day (so that bookings across files stay few), some with an overlap. */
function variant(i: number): string {
  const day = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
  let text = programme.replace('date: 2021-10-20', `date: ${day}`).replace('title: Atelier territorial', `title: Atelier ${i}`);
  if (i % 3 === 0) text = text.replace('time: 09h00-10h00', 'time: 08h45-10h00');
  return text;
}

/** The client's copy of each document, updated with the very changes sent to the server. */
class Mirror {
  readonly docs = new Map<string, TextDocument>();

  constructor(private readonly server: Harness) {}

  open(name: string, text: string): void {
    this.docs.set(name, TextDocument.create(this.server.uri(name), 'deroule-programme', 1, text));
    this.server.open(name, text);
  }

  edit(name: string, changes: (doc: TextDocument) => TextDocumentContentChangeEvent[]): void {
    const doc = this.docs.get(name)!;
    const list = changes(doc);
    const next = TextDocument.update(doc, list, doc.version + 1);
    this.docs.set(name, next);
    this.server.edit(name, list, next.version);
  }

  close(name: string): void {
    this.docs.delete(name);
    this.server.close(name);
  }

  /** Final texts by uri, and whether the server has published for each final version. */
  texts(): Map<string, string> {
    return new Map([...this.docs.values()].map((d) => [d.uri, d.getText()]));
  }

  settled(): boolean {
    return [...this.docs.values()].every((d) => this.server.latest(d.uri)?.version === d.version);
  }
}

/** The range of the first `needle` in `doc` (the test's texts always contain it). */
function rangeOf(doc: TextDocument, needle: string) {
  const offset = doc.getText().indexOf(needle);
  assert.notEqual(offset, -1, `${needle} not in ${doc.uri}`);
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + needle.length) };
}

const endOf = (doc: TextDocument) => doc.positionAt(doc.getText().length);

/** Round `round` of edits of document `i`: what a user typing, pasting and deleting sends. */
function editsOf(i: number, round: number): ((doc: TextDocument) => TextDocumentContentChangeEvent[])[] {
  switch (round) {
    case 0:
      // Retitle: one range replaced.
      return [(d) => [{ range: rangeOf(d, `Atelier ${i}`), text: `Atelier ${i} révisé` }]];
    case 1: {
      // Type a suffix character by character, one notification per keystroke, then one backspace.
      const typed = ' (v2)';
      const keys = [...typed].map((c, k) => (d: TextDocument) => {
        const at = rangeOf(d, `Visite de terrain${typed.slice(0, k)}`).end;
        return [{ range: { start: at, end: at }, text: c }];
      });
      return [...keys, (d) => [{ range: rangeOf(d, '2)'), text: '2' }]];
    }
    case 2:
      // Paste a slot at the end; every fifth document is replaced whole instead.
      if (i % 5 === 0) return [() => [{ text: variant(i + 1000) }]];
      return [(d) => [{ range: { start: endOf(d), end: endOf(d) }, text: '  - duration: 20min\n    title: Pause\n    type: break\n' }]];
    case 3:
      // Two changes in one notification, applied in order (a multi-cursor edit).
      if (i % 7 !== 0) return [];
      return [
        (d) => {
          const first = rangeOf(d, 'Claire Martin');
          return [
            { range: first, text: 'Claire Durand' },
            { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# relu\n' },
          ];
        },
      ];
    default:
      // Every eleventh document ends broken (an unclosed list), the others with a typo in a time.
      if (i % 11 === 0) return [(d) => [{ range: rangeOf(d, '[archi]'), text: '[archi' }]];
      if (i % 4 === 0) return [(d) => [{ range: rangeOf(d, '10h00-10h30'), text: '10h00-10h3' }]];
      return [];
  }
}

test('200 documents opened and edited concurrently: no stale diagnostics, and requests answered meanwhile', { timeout: 600_000 }, async () => {
  const server = await startServer();
  try {
    const mirror = new Mirror(server);
    const names = Array.from({ length: COUNT }, (_, i) => `atelier-${i}.programme.yaml`);
    names.forEach((name, i) => mirror.open(name, variant(i)));
    const answers: Promise<unknown>[] = [];
    for (let round = 0; round < 5; round++) {
      names.forEach((name, i) => {
        for (const edit of editsOf(i, round)) mirror.edit(name, edit);
        if (i % 10 === round) {
          const uri = server.uri(name);
          answers.push(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }));
          answers.push(server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
        }
      });
    }
    // Hover and symbols answer during the storm (a result, never an error).
    const results = await Promise.all(answers);
    assert.equal(results.length, answers.length);
    assert.ok(results.filter((r) => Array.isArray(r)).every((r) => (r as unknown[]).length > 0), 'every outline has symbols');

    await eventually('diagnostics for every final version', () => mirror.settled());
    const expected = freshDiagnostics(mirror.texts());
    for (const [uri, diagnostics] of expected) assert.deepEqual(server.latest(uri)!.diagnostics, diagnostics, uri);
    // The storm left what the edits made: overlaps, broken lists, typos in a time.
    const codes = new Set([...expected.values()].flat().map((d) => d.code));
    for (const code of ['time-overlap', 'yaml-syntax', 'time-format']) assert.ok(codes.has(code), code);
    assert.equal(server.exitCode(), undefined);
  } finally {
    await server.stop();
  }
});

test('documents closed while they are being checked end with an empty publication; the others are not disturbed', { timeout: 300_000 }, async () => {
  const server = await startServer();
  try {
    const mirror = new Mirror(server);
    const names = Array.from({ length: 30 }, (_, i) => `jour-${i}.programme.yaml`);
    names.forEach((name, i) => mirror.open(name, variant(i)));
    await eventually('first diagnostics', () => mirror.settled());

    const closed = names.filter((_, i) => i % 3 === 0);
    // Edited then closed at once: the check of the new version is under way (or about to be).
    for (const name of closed) {
      mirror.edit(name, (d) => [{ range: rangeOf(d, 'Visite de terrain'), text: 'Visite' }]);
      mirror.close(name);
    }
    // Opened, edited and closed before any check could publish.
    for (let k = 0; k < 5; k++) {
      const name = `ephemere-${k}.programme.yaml`;
      mirror.open(name, variant(k));
      mirror.edit(name, (d) => [{ range: rangeOf(d, '10h00-10h30'), text: '09h50-10h30' }]);
      mirror.close(name);
    }
    // Keep the others busy while the closed ones are dropped.
    for (const name of names.filter((n) => !closed.includes(n))) {
      mirror.edit(name, (d) => [{ range: rangeOf(d, 'Accueil des participants'), text: 'Accueil' }]);
    }
    await eventually('diagnostics of the remaining documents', () => mirror.settled());
    // Another round trip after the storm: anything still queued for a closed document would be out by now.
    const last = names[1]!;
    mirror.edit(last, (d) => [{ range: rangeOf(d, 'Accueil'), text: 'Accueil café' }]);
    await eventually('one more check', () => mirror.settled());

    for (const name of closed) {
      const latest = server.latest(server.uri(name));
      assert.deepEqual(latest?.diagnostics, [], `${name} ends with an empty publication`);
    }
    for (let k = 0; k < 5; k++) {
      const latest = server.latest(server.uri(`ephemere-${k}.programme.yaml`));
      // Never published is fine; anything published must have been cleared.
      if (latest) assert.deepEqual(latest.diagnostics, [], `ephemere-${k} ends empty`);
    }
    const expected = freshDiagnostics(mirror.texts());
    for (const [uri, diagnostics] of expected) assert.deepEqual(server.latest(uri)!.diagnostics, diagnostics, uri);
  } finally {
    await server.stop();
  }
});
