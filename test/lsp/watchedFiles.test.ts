/**
 * Closed files are read once and then trusted until the client reports a change on disk
 * (`workspace/didChangeWatchedFiles`): a closed programme changed on disk is checked again
 * with its new text, and the cross-file index of bookings follows it.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from './harness';

function atelier(title: string, time: string): string {
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

test('a closed programme changed on disk: the open one’s double booking appears and disappears with it', { timeout: 120_000 }, async () => {
  const server = await startServer({ files: { 'ferme.programme.yaml': atelier('Fermé', '09h00-10h00') } });
  try {
    const open = server.open('ouvert.programme.yaml', atelier('Ouvert', '09h30-10h30'));
    const [d] = await server.diagnostics(open, 1);
    assert.equal(d?.message, 'Claire Martin is also involved in “Fermé” (ferme.programme.yaml) from 09:00 to 10:00 the same day.');
    const closed = server.uri('ferme.programme.yaml');
    const changed = (time: string) => {
      writeFileSync(join(server.folder, 'ferme.programme.yaml'), atelier('Fermé', time));
      void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closed, type: 2 }] });
    };
    // A publish already on its way when the file changed carries the earlier result: wait for
    // the one computed from the new text (the hang guard is the test's timeout).
    const next = async (wanted: (messages: string[]) => boolean): Promise<string[]> => {
      for (;;) {
        const messages = (await server.diagnostics(open, 1)).map((x) => String(x.message));
        if (wanted(messages)) return messages;
      }
    };
    changed('14h00-15h00');
    assert.deepEqual(await next((m) => m.length === 0), []);
    changed('10h00-11h00');
    const again = await next((m) => m.length > 0 && !m[0].includes('09:00'));
    assert.deepEqual(again, ['Claire Martin is also involved in “Fermé” (ferme.programme.yaml) from 10:00 to 11:00 the same day.']);
  } finally {
    await server.stop();
  }
});
