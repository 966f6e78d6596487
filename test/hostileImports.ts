/**
 * Hostile documents for the import, made in the tests (nothing large is stored): a .docx of
 * millions of empty paragraphs, zip bombs whose document.xml inflates to gigabytes with an
 * honest or a lying header, huge texts and binary data.
 */
import { constants, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_END = '</w:body></w:document>';

/** A minimal Word document whose body is `body` (WordprocessingML), deflated. */
export async function wordDocument(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', DOCUMENT_START + body + DOCUMENT_END);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

export const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** `count` empty paragraphs (2 million make a file of some hundreds of KB). */
export function emptyParagraphsDocx(count: number): Promise<Buffer> {
  return wordDocument('<w:p/>'.repeat(count));
}

/**
 * A .docx whose word/document.xml inflates to `mebibytes` MiB of spaces, built without
 * compressing them: one MiB deflated without a final block, repeated (each copy refers only
 * to bytes within itself), then an empty final block. Its central directory declares the
 * true size (`lie: false`, up to 4 GiB − 1) or 1 KB (`lie: true`).
 */
export function zipBombDocx(mebibytes: number, lie: boolean): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  const bomb = Buffer.concat([...Array<Buffer>(mebibytes).fill(chunk), Buffer.from([0x03, 0x00])]);
  const size = mebibytes * 1024 * 1024;
  return zipOf([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    // The CRC is not the data's: readers check it only after inflating everything.
    { name: 'word/document.xml', method: 8, data: bomb, crc: 0, size: lie ? 1024 : Math.min(size, 0xffffffff) },
  ]);
}

/**
 * A .docx whose document.xml declares `bytes` bytes but holds no deflate data at all: only a
 * reader that trusts the central directory refuses it for its size; one that inflates fails.
 */
export function declaredSizeDocx(bytes: number): Buffer {
  return zipOf([
    stored('[Content_Types].xml', CONTENT_TYPES),
    stored('_rels/.rels', RELS),
    { name: 'word/document.xml', method: 8, data: Buffer.from([0xff, 0xff, 0xff, 0xff]), crc: 0, size: bytes },
  ]);
}

interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  data: Buffer;
  crc: number;
  /** The uncompressed size the headers declare. */
  size: number;
}

function stored(name: string, text: string): ZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 0, data, crc: crc32(data), size: data.length };
}

/** A zip file of these entries, headers written as given (PKWARE APPNOTE 4.3). */
function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A programme's text repeated to `bytes` bytes (the 73 MB text). */
export function hugeText(bytes: number): Buffer {
  const day = Buffer.from('Atelier — 5 juin 2025\n\n9h00 - 9h30 : Accueil café\n9h30 - 11h00 : Atelier en sous-groupes\n11h00 - 11h15 : Restitution\n\n', 'utf8');
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += day.length) day.copy(out, i);
  return out;
}

/** Bytes of no text format (a fixed pseudo-random sequence, so a failure can be replayed). */
export function binaryData(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  let x = 0x2545f491;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** An .odt whose content.xml inflates to `mebibytes` MiB of spaces, its size declared or lied about (as `zipBombDocx`). */
export function zipBombOdt(mebibytes: number, lie: boolean): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  const bomb = Buffer.concat([...Array<Buffer>(mebibytes).fill(chunk), Buffer.from([0x03, 0x00])]);
  const size = mebibytes * 1024 * 1024;
  return zipOf([
    stored('mimetype', 'application/vnd.oasis.opendocument.text'),
    { name: 'content.xml', method: 8, data: bomb, crc: 0, size: lie ? 1024 : Math.min(size, 0xffffffff) },
  ]);
}
