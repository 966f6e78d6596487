/**
 * The server over stdio with a workspace of 1,000 closed programmes and then 400 open ones,
 * all booking one person at the same time (issue 13, item 4): it keeps answering, each open
 * document gets its one `double-booked` warning with the right count, and an edit that moves
 * the slot away clears it. Before, every check compared every pair of bookings (12 s per
 * keystroke at 1,000 closed files, a crash at 400 open documents).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { startServer, type Harness } from './harness';

const CLOSED = 1000;
const OPEN = 400;

function atelier(title: string, time = '09h00-10h00'): string {
  return `title: ${title}
date: 2021-10-20
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
agenda:
  - time: ${time}
    title: ${title}
    type: workshop
    speakers: [archi]
`;
}

const closedName = (i: number) => `ateliers/atelier-${String(i).padStart(4, '0')}.programme.yaml`;
const openName = (i: number) => `ouverts/ouvert-${String(i).padStart(4, '0')}.programme.yaml`;
/** The line of `speakers: [archi]`, where the warning is, and the id's columns. */
const bookedRange = { start: { line: 10, character: 15 }, end: { line: 10, character: 20 } };

/** The one warning of an open document booked with `others` other programmes. */
function expectBooked(diagnostics: Diagnostic[], others: number, what: string): void {
  assert.equal(diagnostics.length, 1, what);
  const [d] = diagnostics;
  assert.equal(d!.code, 'double-booked', what);
  assert.equal(d!.severity, DiagnosticSeverity.Warning, what);
  assert.deepEqual(d!.range, bookedRange, what);
  assert.match(String(d!.message), new RegExp(` and ${(others - 3).toLocaleString('en')} other programmes\\.$`), what);
  assert.equal(d!.relatedInformation?.length, 3, what);
}

/** Waits until the latest publication for `uri` satisfies `ok` (later checks may publish again). */
async function settled(server: Harness, uri: string, ok: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  for (;;) {
    const latest = server.latest(uri);
    if (latest && ok(latest.diagnostics)) return latest.diagnostics;
    await server.diagnostics(uri);
  }
}

test(`${CLOSED} closed files, then ${OPEN} open documents booking one person: diagnostics still answered`, { timeout: 900_000 }, async () => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= CLOSED; i++) files[closedName(i)] = atelier(`Atelier ${i}`);
  const server = await startServer({ files });
  try {
    // One document opened among the closed files: one warning naming three and counting the rest.
    const first = server.open('nouveau.programme.yaml', atelier('Nouveau'));
    const opened = await server.diagnostics(first, 1);
    expectBooked(opened, CLOSED, 'opened');
    assert.equal(
      opened[0]!.message,
      'Claire Martin is also involved during this slot (from 09:00 to 10:00 on 2021-10-20) in ateliers/atelier-0001.programme.yaml, ateliers/atelier-0002.programme.yaml, ateliers/atelier-0003.programme.yaml and 997 other programmes.',
    );
    // Keystrokes: the slot moved to the afternoon is free; moved back, it is booked again.
    server.edit('nouveau.programme.yaml', [{ range: { start: { line: 7, character: 10 }, end: { line: 7, character: 21 } }, text: '14h00-15h00' }], 2);
    assert.deepEqual(await server.diagnostics(first, 2), []);
    server.edit('nouveau.programme.yaml', [{ range: { start: { line: 7, character: 10 }, end: { line: 7, character: 21 } }, text: '09h30-10h30' }], 3);
    expectBooked(await server.diagnostics(first, 3), CLOSED, 'moved back');

    // Many open documents: each gets its warning, counting every other programme.
    const uris: string[] = [];
    for (let i = 1; i <= OPEN; i++) uris.push(server.open(openName(i), atelier(`Ouvert ${i}`)));
    const total = CLOSED + OPEN + 1;
    const suffix = ` and ${(total - 4).toLocaleString('en')} other programmes.`;
    for (const uri of uris) expectBooked(await settled(server, uri, (d) => String(d[0]?.message).endsWith(suffix)), total - 1, uri);
    expectBooked(await settled(server, first, (d) => String(d[0]?.message).endsWith(suffix)), total - 1, 'first, at the end');
    // The server still answers requests.
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: first } })) as unknown[];
    assert.equal(symbols.length > 0, true);
  } finally {
    await server.stop();
  }
});
