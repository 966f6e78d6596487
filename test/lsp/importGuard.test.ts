/**
 * The server's import request (`deroule/import`) on hostile documents: each is answered with
 * an error that says which bound it passed, in the client's language, and the server keeps
 * answering afterwards (imports run in a worker thread with memory and time limits).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import type { ImportReply } from '../../common/protocol';
import { binaryData, emptyParagraphsDocx, hugeText, zipBombDocx } from '../hostileImports';
import { startServer, type Harness } from './harness';

const BOUNDS = 'over the bounds of an import (at most 20 MB of file, 16 MB of XML once unzipped, 10,000 paragraphs or lines, 200 PDF pages, 1,000,000 characters, 512 MB of memory, 60 s)';
const programme = 'title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 08h30-09h00\n    title: Accueil\n';

function importRequest(server: Harness, bytes: Buffer, fileName: string, slotsOnly = false): Promise<ImportReply> {
  return server.connection.sendRequest('deroule/import', { data: bytes.toString('base64'), fileName, ...(slotsOnly ? { slotsOnly } : {}) }) as Promise<ImportReply>;
}

/** The server still answers: a document's symbols, and an ordinary import. */
async function stillAnswers(server: Harness, uri: string): Promise<void> {
  const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
  assert.ok(symbols.length > 0);
  const reply = await importRequest(server, Buffer.from('9h00 - 9h30 : Accueil café\n9h30 - 11h00 : Atelier\n'), 'jour.txt');
  assert.equal(reply.error, undefined);
  assert.equal(reply.slots, 2);
  assert.equal(server.exitCode(), undefined);
}

test('hostile documents are answered with an error naming the bound, and the server goes on', { timeout: 600_000 }, async () => {
  const server = await startServer();
  try {
    const uri = server.open('a.programme.yaml', programme);
    await server.diagnostics(uri);
    const cases: [string, Buffer, string][] = [
      ['vide.docx', await emptyParagraphsDocx(2_000_000), `it has 2,000,000 paragraphs, ${BOUNDS}`],
      ['bombe.docx', zipBombDocx(2048, false), `its XML (Word or LibreOffice) unzips to more than 16 MB, ${BOUNDS}`],
      ['menteuse.docx', zipBombDocx(2048, true), `its XML (Word or LibreOffice) unzips to more than 16 MB, ${BOUNDS}`],
      ['long.txt', hugeText(30_000_000), `the file is 29 MB, ${BOUNDS}`],
      ['photo.txt', binaryData(1_000_000), 'it is not text (it holds binary data): import a text, Markdown, HTML, Word (.docx), LibreOffice (.odt) or PDF file'],
    ];
    for (const [fileName, bytes, error] of cases) {
      const reply = await importRequest(server, bytes, fileName);
      assert.deepEqual(reply, { yaml: '', slots: 0, unplaced: 0, error }, fileName);
      await stillAnswers(server, uri);
    }
    // 73 MB of text is a message over the server's 64 MiB limit: dropped unread, yet answered.
    await assert.rejects(importRequest(server, hugeText(73_000_000), 'long.txt'), (e: Error & { code?: number }) => {
      assert.equal(e.code, -32600);
      assert.match(e.message, /^the message of [\d,]+ bytes is over the server's limit of 67,108,864 bytes: refused unread$/);
      return true;
    });
    await stillAnswers(server, uri);
    // "Paste as programme slots" goes through the same bounds.
    const pasted = await importRequest(server, hugeText(2_000_000), 'clipboard.txt', true);
    assert.match(pasted.error ?? '', /^it has [\d,]+ lines, over the bounds of an import/);
    await stillAnswers(server, uri);
  } finally {
    await server.stop();
  }
});

test('the error is in the client\'s language', { timeout: 120_000 }, async () => {
  const server = await startServer({ locale: 'fr' });
  try {
    const reply = await importRequest(server, zipBombDocx(2048, true), 'bombe.docx');
    assert.equal(
      reply.error,
      'son XML (Word ou LibreOffice) décompressé dépasse 16 Mo, au-delà des limites d’un import (au plus 20 Mo de fichier, 16 Mo de XML décompressé, 10\u202f000 paragraphes ou lignes, 200 pages de PDF, 1\u202f000\u202f000 caractères, 512 Mo de mémoire, 60 s)',
    );
  } finally {
    await server.stop();
  }
});
