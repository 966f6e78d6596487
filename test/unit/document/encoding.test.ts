/** Finding the first byte that is not UTF-8, and where it is in the text (UTF-16 columns). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUtf8, decodeWindows1252, firstInvalidUtf8, notUtf8Diagnostic } from '../../../server/src/core/text/encoding';

const bytes = (...b: number[]) => Uint8Array.from(b);

test('well-formed UTF-8 of every length, a BOM and U+FFFD itself are valid', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('\uFEFFé € 𝔘 🎉 \uFFFD ascii')), -1);
  assert.equal(firstInvalidUtf8(bytes()), -1);
});

test('malformed sequences: stray continuation, bad lead, overlong, surrogate, above U+10FFFF, truncated', () => {
  assert.equal(firstInvalidUtf8(bytes(0x61, 0x80)), 1);
  assert.equal(firstInvalidUtf8(bytes(0x61, 0xe9, 0x62)), 1); // Latin-1 é
  assert.equal(firstInvalidUtf8(bytes(0xc0, 0xaf)), 0); // overlong /
  assert.equal(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf)), 0); // overlong
  assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0); // U+D800
  assert.equal(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0); // U+110000
  assert.equal(firstInvalidUtf8(bytes(0xf5, 0x80, 0x80, 0x80)), 0);
  assert.equal(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82)), 1); // € cut short at the end
  assert.equal(firstInvalidUtf8(bytes(0xe2, 0x82, 0x41)), 0);
});

test('the position counts UTF-16 units of what precedes, on the right line (CRLF too)', () => {
  const head = Buffer.from('title: x\r\nnotes: 🎉 𝔘 é ');
  const d = decodeUtf8(Buffer.concat([head, bytes(0x92, 0x73)]));
  assert.deepEqual(d.invalid, { byteOffset: head.length, byte: 0x92, position: { line: 1, character: 15 } });
  assert.equal(d.text.split('\r\n')[1]!.indexOf('\uFFFD'), 15);
  const diagnostic = notUtf8Diagnostic('file:///ws/a.programme.yaml', { ...d, invalid: d.invalid! }, { language: 'en' })!;
  assert.deepEqual(diagnostic.range, { start: { line: 1, character: 15 }, end: { line: 1, character: 16 } });
  assert.equal(diagnostic.code, 'yaml-syntax');
  assert.equal(diagnostic.severity, 'error');
  assert.match(diagnostic.message, /byte 0x92 here/);
  assert.equal(notUtf8Diagnostic('file:///ws/a.programme.yaml', { ...d, invalid: d.invalid! }, { rules: { 'yaml-syntax': 'off' } }), undefined);
});

test('Windows-1252: the typographic signs of 0x80–0x9F, not C1 controls; Latin-1 above', () => {
  assert.equal(decodeWindows1252(bytes(0x80, 0x8c, 0x92, 0x93, 0x94, 0x96, 0x9c, 0xe9, 0x41, 0xab, 0xa0)), '€Œ’“”–œéA«\u00A0');
  // The five bytes Windows-1252 leaves undefined stay visible rather than vanishing.
  assert.equal(decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d)), '\uFFFD'.repeat(5));
});
