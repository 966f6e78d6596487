/** The server's import request says the summary (issue 17), in the client's language, and refuses other extensions unread. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ImportReply } from '../../common/protocol';
import { startServer, type Harness } from './harness';

const TEXT = 'Atelier — 5 juin 2025\n\n9h00 - 9h30 : Accueil café\n9h30 - 11h00 : Atelier\n';

function importRequest(server: Harness, text: string, fileName: string, slotsOnly = false): Promise<ImportReply> {
  return server.connection.sendRequest('deroule/import', { data: Buffer.from(text).toString('base64'), fileName, ...(slotsOnly ? { slotsOnly } : {}) }) as Promise<ImportReply>;
}

test('an import is answered with its summary; slots only, without; another extension is refused', { timeout: 120_000 }, async () => {
  const server = await startServer({ locale: 'fr' });
  try {
    const reply = await importRequest(server, TEXT, '/home/moi/jour.txt');
    assert.equal(reply.error, undefined);
    assert.equal(reply.summary?.short, '2 séances importées ; vérification : aucun problème.');
    assert.deepEqual(reply.summary?.lines.slice(1), ['Date : 2025-06-05', '2 séances, 0 personne (0 intervenant)', 'Non reconnu : rien, chaque ligne a trouvé sa place', 'Vérification : aucun problème']);
    const slots = await importRequest(server, TEXT, 'clipboard.txt', true);
    assert.equal(slots.summary, undefined);
    assert.match(slots.yaml, /^- time: 9h00-9h30\n {2}title: Accueil café/);
    const refused = await importRequest(server, TEXT, 'jour.rtf');
    assert.deepEqual(refused, { yaml: '', slots: 0, unplaced: 0, error: 'Déroulé importe les fichiers .txt, .md, .html, .docx, .odt, .pdf (ou un texte sans extension)' });
  } finally {
    await server.stop();
  }
});
