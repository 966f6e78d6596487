/**
 * The bytes of a text to import → its text: UTF-8 with one Windows-1252 line pasted in,
 * UTF-16 with its byte order mark, a UTF-8 BOM, binary data named .txt.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeImportText } from '../../../server/src/core/import/decodeText';
import { importFile } from '../../../server/src/core/import/index';
import { ImportRefused } from '../../../server/src/core/import/limits';
import { binaryData } from '../../hostileImports';

/** Windows-1252 bytes of a text of Latin-1 characters plus the curly quotes, dashes, Œ and €. */
function cp1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '…': 0x85, 'Œ': 0x8c, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c };
  return Buffer.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

const lines = ['Séminaire « Cœur de ville » — 14 mars 2022', '09h00/09h30 Accueil des élus', '09h30/10h30 Déjeuner – l’équipe', '10h30/10h45 Pause café'];

test('a UTF-8 text with one Windows-1252 line: that line is read as Windows-1252, every other accent stays intact', () => {
  const bytes = Buffer.concat([Buffer.from(`${lines[0]}\n${lines[1]}\n`, 'utf8'), cp1252(`${lines[2]}\n`), Buffer.from(`${lines[3]}\n`, 'utf8')]);
  assert.equal(decodeImportText(bytes), `${lines.join('\n')}\n`);
  // CRLF line ends and a last line without its line end.
  const crlf = Buffer.concat([Buffer.from(`${lines[0]}\r\n`, 'utf8'), cp1252(`${lines[2]}\r\n`), Buffer.from(lines[1]!, 'utf8')]);
  assert.equal(decodeImportText(crlf), `${lines[0]}\r\n${lines[2]}\r\n${lines[1]}`);
});

test('a Windows-1252 line keeps a pair of bytes that would be valid UTF-8 (`É…`, C9 85) as those two characters', () => {
  const bytes = Buffer.concat([Buffer.from('Été 2022\n', 'utf8'), cp1252('CAFÉ… à 9h00\n')]);
  assert.equal(decodeImportText(bytes), 'Été 2022\nCAFÉ… à 9h00\n');
});

test('a whole Windows-1252 file is still read as Windows-1252', () => {
  assert.equal(decodeImportText(cp1252(`${lines.join('\n')}\n`)), `${lines.join('\n')}\n`);
});

test('UTF-16 LE and BE files with their byte order mark are read as UTF-16, without the mark', () => {
  const text = `${lines.join('\r\n')}\r\n🎉 fin\r\n`;
  assert.equal(decodeImportText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), text);
  assert.equal(decodeImportText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])), text);
});

test('a UTF-8 byte order mark is dropped; one in the middle of the text is kept as typed', () => {
  assert.equal(decodeImportText(Buffer.from(`\uFEFF${lines[0]}\n\uFEFFx`, 'utf8')), `${lines[0]}\n\uFEFFx`);
});

test('the imported programme of a UTF-16 or BOM-prefixed file is that of its UTF-8 text', async () => {
  const text = `${lines.join('\n')}\n`;
  const expected = await importFile(Buffer.from(text, 'utf8'), 'seminaire.txt');
  assert.match(expected.yaml, /^title: Séminaire « Cœur de ville »/);
  assert.match(expected.yaml, /title: Déjeuner – l’équipe/);
  for (const bytes of [
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
    Buffer.from(`\uFEFF${text}`, 'utf8'),
  ]) {
    assert.equal((await importFile(bytes, 'seminaire.txt')).yaml, expected.yaml);
  }
});

test('binary data is refused as not text; tabs, form feeds and a few control characters are text', () => {
  for (const bytes of [binaryData(100_000), Buffer.from('9h00 Accueil\u0000\n', 'utf8'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00])]) {
    assert.throws(
      () => decodeImportText(bytes),
      (e: unknown) => e instanceof ImportRefused && e.refusal.reason === 'binary' && e.message === 'it is not text (it holds binary data): import a text, Markdown, HTML, Word (.docx), LibreOffice (.odt) or PDF file',
    );
  }
  const text = `Atelier\t\f\v\r\n${'9h00 - 9h30 : Accueil café\n'.repeat(10)}\u0007\n`;
  assert.equal(decodeImportText(Buffer.from(text, 'utf8')), text);
});
