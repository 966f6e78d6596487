/**
 * A .docx or an .odt opened within the bounds of an import. Both are zips: 537 KB can hold
 * 2 million paragraphs and 1.4 MB can unzip to gigabytes. So, before any XML is parsed:
 * - the sizes the zip's central directory declares for its XML parts must fit the bound;
 * - each part is inflated here, chunk by chunk, and the inflating stops as soon as the parts
 *   read so far pass the bound (a header can lie about the size).
 * A file that is no zip at all is refused as `corrupt` for the format its name gave.
 */
import JSZip from 'jszip';
import { ImportRefused, type ImportLimits } from '../limits';

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

/** The parts readers parse: XML (document, styles, content, manifest…) and relationships. */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

export interface BoundedZip {
  exists(name: string): boolean;
  /** The part's bytes; refused (`wordXmlSize`) once all parts read pass the bound. */
  read(name: string): Promise<Uint8Array>;
}

export async function openBoundedZip(bytes: Uint8Array, format: 'docx' | 'odt', limits: ImportLimits): Promise<BoundedZip> {
  let zip: JSZip;
  try {
    // Reads the central directory; nothing is inflated yet.
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportRefused({ reason: 'corrupt', format }, limits);
  }
  const entries = Object.values(zip.files) as unknown as LoadedEntry[];
  const declared = entries.filter((e) => !e.dir && isXmlPart(e.name)).reduce((sum, e) => sum + (e._data?.uncompressedSize ?? 0), 0);
  if (declared > limits.wordXmlBytes) throw new ImportRefused({ reason: 'wordXmlSize' }, limits);
  let inflated = 0;
  return {
    exists: (name) => zip.file(name) !== null,
    read: async (name) => {
      const entry = zip.file(name);
      if (!entry) throw new ImportRefused({ reason: 'corrupt', format }, limits);
      const data = await inflateWithin(entry, limits.wordXmlBytes - inflated, limits);
      inflated += data.length;
      return data;
    },
  };
}

/** The entry's bytes, inflated chunk by chunk; refused as soon as they pass `budget` bytes. */
function inflateWithin(entry: JSZip.JSZipObject, budget: number, limits: ImportLimits): Promise<Uint8Array> {
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
          reject(new ImportRefused({ reason: 'wordXmlSize' }, limits));
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
