/** `deroule/gesture` over stdio: an edit for the open version, a refusal, a stale version. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GestureParams, GestureResult } from '../../common/protocol';
import { startServer } from './harness';

const text = `title: Atelier
date: 2021-10-20
agenda:
  # café
  - time: 08h30-09h00
    title: Accueil
    type: welcome
  - time: 09h00-10h00
    title: Plénière
  - time: 12h00-13h30
    title: Déjeuner
    type: meal
    pinned: true
`;

test('gesture: a workspace edit and an announcement for the open version; a refusal says why; a stale version is refused', async () => {
  const server = await startServer();
  try {
    const uri = server.open('a.programme.yaml', text, 4);
    const ask = (params: Omit<GestureParams, 'uri'>) => server.connection.sendRequest('deroule/gesture', { uri, ...params }) as Promise<GestureResult>;

    const moved = await ask({ version: 4, gesture: { kind: 'move', slot: { day: 0, index: 0 }, to: { day: 0, index: 2 } }, language: 'fr' });
    assert.equal(moved.refused, undefined);
    assert.equal(moved.announce, 'Séance « Accueil » déplacée à 09h30');
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 4, text), moved.edit!.changes[uri]!);
    assert.equal(
      after,
      text.replace('  # café\n  - time: 08h30-09h00\n    title: Accueil\n    type: welcome\n  - time: 09h00-10h00\n    title: Plénière\n', '  - time: 08h30-09h30\n    title: Plénière\n  # café\n  - time: 09h30-10h00\n    title: Accueil\n    type: welcome\n'),
    );

    const refused = await ask({ version: 4, gesture: { kind: 'resize', slot: { day: 0, index: 1 }, minutes: 200 }, language: 'en' });
    assert.deepEqual(refused, { refused: '“Plénière” does not fit: “Déjeuner” is pinned at 12:00.' });

    const stale = await ask({ version: 3, gesture: { kind: 'delete', slot: { day: 0, index: 0 } }, language: 'en' });
    assert.deepEqual(stale, { refused: 'The preview was out of date: it has been redrawn, try again.' });

    // A document never opened, and garbage, answer a refusal; the server lives on.
    const unknown = (await server.connection.sendRequest('deroule/gesture', { uri: server.uri('b.programme.yaml'), version: 1, gesture: { kind: 'delete', slot: { day: 0, index: 0 } }, language: 'en' })) as GestureResult;
    assert.deepEqual(unknown, { refused: 'The preview was out of date: it has been redrawn, try again.' });
    const garbage = (await server.connection.sendRequest('deroule/gesture', { uri, version: 4, gesture: { kind: 'explode', slot: 'x' } })) as GestureResult;
    assert.equal(typeof garbage.refused, 'string');
    const nothing = (await server.connection.sendRequest('deroule/gesture', { uri, version: 4, gesture: null })) as GestureResult;
    assert.equal(typeof nothing.refused, 'string');
    const still = await ask({ version: 4, gesture: { kind: 'rename', slot: { day: 0, index: 1 }, title: 'Ouverture' }, language: 'en' });
    assert.equal(still.announce, 'Slot renamed “Ouverture”');
  } finally {
    await server.stop();
  }
});
