/**
 * The bounds of an import, checked by the core before the work they bound: file size, lines
 * of a text, paragraphs and unzipped XML of a Word document (declared in the zip's central
 * directory and counted while inflating), characters. Each refusal says which bound.
 */
import { IMPORT_FILE_BYTES } from '../../../common/protocol';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importFile, sourceText } from '../../../server/src/core/import/index';
import { IMPORT_LIMITS, refusalMessage, type ImportLimits } from '../../../server/src/core/import/limits';
import { refusal } from './sources/refusal';
import { declaredSizeDocx, emptyParagraphsDocx, paragraph, wordDocument, zipBombDocx } from '../../hostileImports';

const small: ImportLimits = { ...IMPORT_LIMITS, fileBytes: 1000, paragraphs: 5, characters: 300, wordXmlBytes: 4000 };


const day = (n: number) => Array.from({ length: n }, (_, i) => `${9 + i}h00 - ${9 + i}h30 : Séance ${i + 1}`).join('\n');

test('a text at each bound is imported; one line, one character or one byte more is refused, saying which bound', async () => {
  assert.equal((await importFile(Buffer.from(day(5)), 'jour.txt', small)).slots, 5);
  assert.deepEqual(await refusal(importFile(Buffer.from(day(6)), 'jour.txt', small)), { reason: 'lines', count: 6 });
  const long = `9h00 - 9h30 : ${'a'.repeat(286)}`;
  assert.equal(long.length, 300);
  assert.equal((await sourceText(Buffer.from(long), 'jour.txt', small)).length, 300);
  assert.deepEqual(await refusal(sourceText(Buffer.from(`${long}b`), 'jour.txt', small)), { reason: 'characters', count: 301 });
  // Checked on the bytes, before decoding: 1,001 bytes of one line.
  assert.deepEqual(await refusal(sourceText(Buffer.alloc(1001, 0x61), 'jour.txt', small)), { reason: 'fileSize', bytes: 1001 });
});

test('a Word document: its paragraphs are counted in its XML before mammoth reads it', async () => {
  const small: ImportLimits = { ...IMPORT_LIMITS, paragraphs: 5 };
  const five = await wordDocument([1, 2, 3, 4, 5].map((i) => paragraph(`${8 + i}h00/${8 + i}h30 Séance ${i}`)).join(''));
  assert.equal((await importFile(five, 'jour.docx', small)).slots, 5);
  const six = await wordDocument([1, 2, 3, 4, 5, 6].map((i) => paragraph(`${8 + i}h00/${8 + i}h30 Séance ${i}`)).join(''));
  assert.deepEqual(await refusal(importFile(six, 'jour.docx', small)), { reason: 'paragraphs', count: 6 });
  // Whatever the namespace prefix: <x:p> is a paragraph too.
  const prefixed = await wordDocument('<w:p xmlns:x="urn:x"/><x:p/><w:p w:rsidR="00A1"/><w:p></w:p><w:p/><w:p/>');
  assert.equal((await refusal(importFile(prefixed, 'jour.docx', small))).reason, 'paragraphs');
  // The document: 2 million empty paragraphs, with the real bounds.
  assert.deepEqual(await refusal(importFile(await emptyParagraphsDocx(2_000_000), 'vide.docx')), { reason: 'paragraphs', count: 2_000_000 });
});

test('a zip bomb: refused from its central directory when it declares its size, while inflating when it lies', async () => {
  // 2 GiB of document.xml, declared: refused before inflating (a part that declares 17 MB
  // but holds no deflate data is refused for its size, not as a broken stream).
  assert.deepEqual(await refusal(importFile(zipBombDocx(2048, false), 'bombe.docx')), { reason: 'wordXmlSize' });
  assert.deepEqual(await refusal(importFile(declaredSizeDocx(17 * 1024 * 1024), 'bombe.docx')), { reason: 'wordXmlSize' });
  assert.deepEqual(await refusal(importFile(declaredSizeDocx(1024), 'casse.docx')), { reason: 'corrupt', format: 'docx' });
  // The same, declared as 1 KB: inflating stops past the bound.
  assert.deepEqual(await refusal(importFile(zipBombDocx(2048, true), 'bombe.docx')), { reason: 'wordXmlSize' });
  // Below the bound, a lying header is only a broken file.
  assert.deepEqual(await refusal(importFile(zipBombDocx(1, true), 'petit.docx')), { reason: 'corrupt', format: 'docx' });
});

test('every refusal states its bound and every bound, in English and French', () => {
  assert.equal(
    refusalMessage({ reason: 'paragraphs', count: 2_000_000 }, 'en'),
    'it has 2,000,000 paragraphs, over the bounds of an import (at most 20 MB of file, 16 MB of XML once unzipped, 10,000 paragraphs or lines, 200 PDF pages, 1,000,000 characters, 512 MB of memory, 60 s)',
  );
  assert.equal(
    refusalMessage({ reason: 'fileSize', bytes: 73_000_000 }, 'fr'),
    'le fichier fait 70 Mo, au-delà des limites d’un import (au plus 20 Mo de fichier, 16 Mo de XML décompressé, 10\u202f000 paragraphes ou lignes, 200 pages de PDF, 1\u202f000\u202f000 caractères, 512 Mo de mémoire, 60 s)',
  );
  for (const reason of ['wordXmlSize', 'memory', 'time'] as const) assert.match(refusalMessage({ reason }, 'en'), /over the bounds of an import \(at most 20 MB/);
  assert.match(refusalMessage({ reason: 'time' }, 'fr'), /^sa lecture prend plus de 60 s, au-delà des limites d’un import/);
});

test('the extension refuses, before sending it, a file larger than the import reads', () => {
  assert.equal(IMPORT_FILE_BYTES, IMPORT_LIMITS.fileBytes);
});
