/**
 * A Word document → the common document, through mammoth's HTML conversion and `html.ts`.
 *
 * Why mammoth's HTML and not the document XML: mammoth already resolves what a reader of
 * WordprocessingML would have to redo — styles to headings (`Heading 1` → h1, whatever the
 * style's id in the user's language), numbering to lists, `w:gridSpan` to colspan and
 * `w:vMerge` to rowspan (the merged cells below it dropped), `w:tblHeader` rows to `<th>`,
 * fields, hyperlinks, text boxes, tracked changes (insertions kept, deletions not). What it
 * does not carry: cell shading and widths, a header row only in bold (no `w:tblHeader`:
 * the programme readers recognise it by its words), footnotes' places (they go last),
 * images. Counted and inflated within bounds (`zipBounds.ts`) before mammoth parses a byte.
 * This module is a bundle of its own with mammoth and JSZip (esbuild.mjs), loaded only for
 * a .docx.
 */
import { convertToHtml, images } from 'mammoth';
import { ImportRefused, refusalOf, type ImportLimits } from '../limits';
import type { SourceDocument } from '../sourceDocument';
import { htmlDocument } from './html';
import { openBoundedZip } from './zipBounds';

/** A paragraph start tag whatever its namespace prefix (`<w:p>`, `<w:p w:rsidR=…>`, `<w:p/>`). */
const PARAGRAPH = /<(?:[A-Za-z_][\w.-]*:)?p[\s/>]/g;

export async function docxDocument(bytes: Uint8Array, limits: ImportLimits): Promise<SourceDocument> {
  const zip = await openBoundedZip(bytes, 'docx', limits);
  if (!zip.exists('word/document.xml') && !zip.exists('[Content_Types].xml')) throw new ImportRefused({ reason: 'corrupt', format: 'docx' }, limits);
  let paragraphs = 0;
  // mammoth's own zip reader (lib/zipfile.js) has this shape; its `openZip` takes one as `file`.
  const file = {
    exists: zip.exists,
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const data = await zip.read(name);
      if (!encoding) return data;
      // mammoth asks for base64 only to inline an image, and images are not read (below).
      if (encoding === 'base64') return '';
      const text = new TextDecoder(encoding).decode(data);
      // Counted in the XML, before mammoth builds its tree of them.
      paragraphs += text.match(PARAGRAPH)?.length ?? 0;
      if (paragraphs > limits.paragraphs) throw new ImportRefused({ reason: 'paragraphs', count: paragraphs }, limits);
      return text;
    },
  };
  let html: string;
  try {
    // Images are not read: a programme's logos would only fill memory.
    ({ value: html } = await convertToHtml({ file } as unknown as Parameters<typeof convertToHtml>[0], { convertImage: images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true }));
  } catch (error) {
    if (refusalOf(error)) throw error;
    throw new ImportRefused({ reason: 'corrupt', format: 'docx' }, limits);
  }
  return { ...(await htmlDocument(html, limits)), format: 'docx' };
}
