/**
 * Bytes of a text or Markdown file to import → its text. What is imported is human text,
 * typed in Word, Notepad or a mail, often saved as "ANSI" (Windows-1252) or "Unicode"
 * (UTF-16), and sometimes pasted together from files of both kinds: it is decoded the way
 * each part was written, where a YAML file given to `check` is reported instead.
 */
import { decodeWindows1252, firstInvalidUtf8 } from '../text/encoding';
import { ImportRefused } from './limits';

const utf8 = new TextDecoder('utf-8');

/**
 * UTF-16 (LE or BE) when the file starts with its byte order mark; otherwise UTF-8, a
 * UTF-8 BOM dropped, and each line that is not valid UTF-8 read as Windows-1252 — one
 * line pasted from an "ANSI" file does not turn every accent of the others into mojibake.
 * Whole lines, not single bytes: a Windows-1252 line can hold a pair of bytes that happens
 * to be valid UTF-8 (`É…` is C9 85), which would then become a wrong letter.
 * Throws `ImportRefused` (`binary`) for data that is not text.
 */
export function decodeImportText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    text = firstInvalidUtf8(body) < 0 ? utf8.decode(body) : decodeByLine(body);
  }
  if (isBinary(text)) throw new ImportRefused({ reason: 'binary' });
  return text;
}

/** Each line (its line feed included) as UTF-8 when it is valid UTF-8, else as Windows-1252. */
function decodeByLine(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; ) {
    const feed = bytes.indexOf(0x0a, start);
    const end = feed < 0 ? bytes.length : feed + 1;
    const line = bytes.subarray(start, end);
    parts.push(firstInvalidUtf8(line) < 0 ? utf8.decode(line) : decodeWindows1252(line));
    start = end;
  }
  return parts.join('');
}

/**
 * Text has no NUL and few control characters; an image, an archive or an executable named
 * `.txt` has both (any byte value decodes to some character in Windows-1252). Tab, line
 * feed, vertical tab (Word's line break), form feed and carriage return are text.
 */
function isBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) controls++;
  }
  return controls > text.length / 100;
}
