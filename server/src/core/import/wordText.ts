/**
 * The text of a Word document, read by mammoth within the bounds of an import. A .docx is a
 * zip: 537 KB can hold 2 million paragraphs and 1.4 MB can unzip to gigabytes, and mammoth
 * builds a tree of everything it reads. So, before mammoth parses anything:
 * - the sizes the zip's central directory declares for its XML parts must fit the bound;
 * - each part mammoth reads is inflated here, chunk by chunk, and the inflating stops as
 *   soon as the parts read so far pass the bound (a header can lie about the size);
 * - the paragraphs of each part are counted in its XML before mammoth parses it.
 * This module is a bundle of its own with mammoth and JSZip (esbuild.mjs), loaded only for
 * a .docx.
 */
import JSZip from 'jszip';
import { extractRawText } from 'mammoth';
import { IMPORT_LIMITS, ImportRefused, type ImportLimits } from './limits';

/** What JSZip keeps of an entry's central directory record (not in its typings). */
interface LoadedEntry {
  name: string;
  dir: boolean;
  _data?: { uncompressedSize?: number };
}

/** JSZip's documented `ZipObject#internalStream` (its StreamHelper), absent from its typings. */
interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', listener: (error: Error) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** The parts mammoth reads: XML (document, styles, numbering, notes, comments) and relationships. */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** A paragraph start tag whatever its namespace prefix (`<w:p>`, `<w:p w:rsidR=…>`, `<w:p/>`). */
const PARAGRAPH = /<(?:[A-Za-z_][\w.-]*:)?p[\s/>]/g;

export async function wordText(bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): Promise<string> {
  // Reads the central directory; nothing is inflated yet.
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files) as unknown as LoadedEntry[];
  const declared = entries.filter((e) => !e.dir && isXmlPart(e.name)).reduce((sum, e) => sum + (e._data?.uncompressedSize ?? 0), 0);
  if (declared > limits.wordXmlBytes) throw new ImportRefused({ reason: 'wordXmlSize' });

  let inflated = 0;
  let paragraphs = 0;
  // mammoth's own zip reader (lib/zipfile.js) has this shape; its `openZip` takes one as `file`.
  const file = {
    exists: (name: string) => zip.file(name) !== null,
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const entry = zip.file(name);
      if (!entry) throw new Error(`the document has no part '${name}'`);
      const data = await inflateWithin(entry, limits.wordXmlBytes - inflated);
      inflated += data.length;
      if (!encoding) return data;
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      const text = new TextDecoder(encoding).decode(data);
      paragraphs += text.match(PARAGRAPH)?.length ?? 0;
      if (paragraphs > limits.paragraphs) throw new ImportRefused({ reason: 'paragraphs', count: paragraphs });
      return text;
    },
  };
  const { value } = await extractRawText({ file } as unknown as Parameters<typeof extractRawText>[0]);
  return value;
}

/** The entry's bytes, inflated chunk by chunk; refused as soon as they pass `budget` bytes. */
function inflateWithin(entry: JSZip.JSZipObject, budget: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (done) return;
        size += chunk.length;
        if (size > budget) {
          done = true;
          stream.pause();
          reject(new ImportRefused({ reason: 'wordXmlSize' }));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => {
        if (!done) reject(error);
        done = true;
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const data = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
          data.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(data);
      })
      .resume();
  });
}
