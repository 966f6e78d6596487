/**
 * Bytes → text for the files the CLI reads. A programme must be UTF-8; one saved by Word
 * or an old editor as Windows-1252 (Latin-1) would otherwise be read with every accent
 * turned into U+FFFD, and checked as if the user had typed that. Instead the first byte
 * that is not UTF-8 is found, and reported once where it is.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSink } from '../diagnostics';
import { messagesFor } from '../messages';
import { resolveSettings, type DeepPartial, type DerouleDiagnostic, type Position, type Settings } from '../types';

export interface DecodedText {
  /** The text, invalid bytes as U+FFFD (a leading BOM is kept: the parser ignores it). */
  text: string;
  /** The first byte that is not UTF-8, when there is one. */
  invalid?: { byteOffset: number; byte: number; position: Position };
}

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const byteOffset = firstInvalidUtf8(bytes);
  if (byteOffset < 0) return { text };
  // Everything before the invalid byte is valid UTF-8, so it decodes to exactly the text before it.
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, byteOffset));
  const position = TextDocument.create('file:///', 'yaml', 0, text).positionAt(before.length);
  return { text, invalid: { byteOffset, byte: bytes[byteOffset]!, position } };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte → number of continuation bytes and the allowed range of the first one
    // (which excludes overlong forms, UTF-16 surrogates and code points above U+10FFFF).
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * 0x80–0x9F of Windows-1252 (curly quotes, dashes, €, Œ…). Node's own TextDecoder maps
 * them to C1 control characters, which would silently drop every apostrophe of a French
 * text typed in Word; the five bytes the code page leaves undefined become U+FFFD.
 */
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

/** Windows-1252 bytes → text (every other byte is the Latin-1 character of the same code). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** The one `yaml-syntax` diagnostic of a file that is not UTF-8 (the file is not analysed further). */
export function notUtf8Diagnostic(uri: string, decoded: DecodedText & { invalid: NonNullable<DecodedText['invalid']> }, settings: DeepPartial<Settings> = {}): DerouleDiagnostic | undefined {
  const resolved = resolveSettings(settings);
  const sink = new DiagnosticSink(uri, resolved);
  const { position, byte } = decoded.invalid;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const end = { line: position.line, character: position.character + 1 };
  sink.report('yaml-syntax', { start: position, end }, messagesFor(resolved.language).syntax.NOT_UTF8(hex), { data: { yamlCode: 'NOT_UTF8' } });
  return sink.items[0];
}
