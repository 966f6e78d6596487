/**
 * A LibreOffice Writer document (.odt) → the common document, from its content.xml.
 *
 * Read with saxes, a streaming XML parser that checks well-formedness and namespaces and
 * never loads anything from outside: it fetches no DTD and no external entity, and expands
 * no entity a DTD declares (an unknown `&name;` is an error). A content.xml never has a
 * DOCTYPE, so one is refused outright, before any entity could be declared: a billion laughs
 * or an external entity are refused as a damaged document without a byte being expanded or
 * fetched. Streaming builds no tree of the XML (@xmldom/xmldom would) and fast-xml-parser
 * has DOCTYPE entity expansion of its own to keep turned off. The zip is opened within the
 * bounds shared with .docx (`zipBounds.ts`), and an encrypted document (its manifest lists
 * encryption data) is refused as such.
 *
 * text:h (outline level) → `#` lines; text:p; text:list / list-item nesting; text:span;
 * text:s, text:tab, text:line-break; table:table / row / cell with the spans, covered cells
 * skipped, table:table-header-rows as headers; bold from the automatic styles. Ignored:
 * tracked deletions (text the author removed).
 *
 * Nothing the author wrote is dropped: a footnote or endnote (text:note) is the author's
 * published text, so it follows its paragraph as a line of its own, « (note : …) », where
 * the readers keep it with what it annotates (a slot's description, a section). An
 * annotation (office:annotation) is a reviewer's comment, not the published text: it goes
 * to `reviewComments`, which the readers put in `notes` (team-only), with its author.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ImportRefused, refusalOf, type ImportLimits } from '../limits';
import type { ReviewComment, SourceDocument } from '../sourceDocument';
import { BlockBuilder } from './blockBuilder';
import { openBoundedZip } from './zipBounds';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const FO = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0';
const DC = 'http://purl.org/dc/elements/1.1/';

/** Elements whose text is not the document's running text. */
const SKIPPED = new Set([`${TEXT} tracked-changes`, `${TEXT} sequence-decls`, `${OFFICE} forms`, `${TEXT} note-citation`, `${DC} date`]);
/** Text beside the running text: read apart, placed after its paragraph or in `reviewComments`. */
const ASIDES = new Set([`${TEXT} note`, `${OFFICE} annotation`]);

/** A footnote or a comment being read: its paragraphs, and the comment's author. */
interface Aside {
  key: string;
  depth: number;
  parts: string[];
  author: string[];
  inAuthor: boolean;
}

export async function odtDocument(bytes: Uint8Array, limits: ImportLimits): Promise<SourceDocument> {
  const zip = await openBoundedZip(bytes, 'odt', limits);
  if (!zip.exists('content.xml')) throw new ImportRefused({ reason: 'corrupt', format: 'odt' }, limits);
  if (zip.exists('META-INF/manifest.xml') && /encryption-data/.test(new TextDecoder().decode(await zip.read('META-INF/manifest.xml')))) {
    throw new ImportRefused({ reason: 'encrypted', format: 'odt' }, limits);
  }
  const xml = new TextDecoder().decode(await zip.read('content.xml'));
  try {
    return readContent(xml, limits);
  } catch (error) {
    if (refusalOf(error)) throw error;
    throw new ImportRefused({ reason: 'corrupt', format: 'odt' }, limits);
  }
}

function readContent(xml: string, limits: ImportLimits): SourceDocument {
  const out = new BlockBuilder(limits);
  const parser = new SaxesParser({ xmlns: true, position: false });
  /** Automatic styles whose text is bold (`T1`, `P3`…), and LibreOffice's own strong style. */
  const boldStyles = new Set(['Strong_20_Emphasis']);
  let styleName: string | undefined;
  const open: { key: string; bold: boolean; repeat: number }[] = [];
  let skip = 0;
  let bold = 0;
  let body = false;
  let aside: Aside | undefined;
  /** Footnotes met in the paragraph being read: written after it. */
  const pendingNotes: string[] = [];
  const reviewComments: ReviewComment[] = [];
  /** The paragraph ends, its footnotes on the lines right under it (no blank line: they are its). */
  const endParagraph = () => {
    for (const note of pendingNotes.splice(0)) {
      out.startParagraph();
      out.text(`(note : ${note})`);
    }
    out.endParagraph();
  };

  parser.on('doctype', () => {
    throw new ImportRefused({ reason: 'corrupt', format: 'odt' }, limits);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const key = `${tag.uri} ${tag.local}`;
    const attr = (uri: string, local: string) => Object.values(tag.attributes).find((a) => a.uri === uri && a.local === local)?.value;
    const style = attr(TEXT, 'style-name');
    const isBold = style !== undefined && boldStyles.has(style);
    open.push({ key, bold: isBold, repeat: Number(attr(TABLE, 'number-columns-repeated') ?? 1) });
    if (isBold) bold++;
    if (key === `${STYLE} style`) styleName = attr(STYLE, 'name');
    else if (key === `${STYLE} text-properties` && styleName && /^(bold|[6-9]00)$/.test(attr(FO, 'font-weight') ?? '')) boldStyles.add(styleName);
    else if (key === `${OFFICE} body`) body = true;
    if (SKIPPED.has(key)) skip++;
    if (skip || !body) return;
    if (aside) {
      if (key === aside.key) aside.depth++;
      if (key === `${DC} creator`) aside.inAuthor = true;
      else if (tag.uri === TEXT && (tag.local === 'p' || tag.local === 'h' || tag.local === 's' || tag.local === 'tab' || tag.local === 'line-break')) aside.parts.push(' ');
      return;
    }
    if (ASIDES.has(key)) {
      aside = { key, depth: 1, parts: [], author: [], inAuthor: false };
      return;
    }
    if (tag.uri === TEXT) {
      if (tag.local === 'h') out.startParagraph(Number(attr(TEXT, 'outline-level') ?? 1) || 1);
      else if (tag.local === 'p') out.startParagraph();
      else if (tag.local === 'list') out.startList();
      else if (tag.local === 'list-item' || tag.local === 'list-header') out.startItem();
      else if (tag.local === 's') out.literal(' '.repeat(Math.min(Math.max(Number(attr(TEXT, 'c') ?? 1) || 1, 1), 100)));
      else if (tag.local === 'tab') out.literal('\t');
      else if (tag.local === 'line-break') out.lineBreak();
    } else if (tag.uri === TABLE) {
      if (tag.local === 'table') out.startTable();
      else if (tag.local === 'table-header-rows') out.headerRows(true);
      else if (tag.local === 'table-row') out.startRow();
      else if (tag.local === 'table-cell') out.startCell(Number(attr(TABLE, 'number-columns-spanned') ?? 1), Number(attr(TABLE, 'number-rows-spanned') ?? 1));
      // A covered cell is the part of a merged cell that the spans above already give.
    }
  });
  parser.on('text', (text) => {
    if (skip || !body) return;
    if (aside) (aside.inAuthor ? aside.author : aside.parts).push(text);
    else out.text(text, bold > 0);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    const key = `${tag.uri} ${tag.local}`;
    const element = open.pop();
    if (element?.bold) bold--;
    if (key === `${STYLE} style`) styleName = undefined;
    if (SKIPPED.has(key)) skip = Math.max(0, skip - 1);
    if (skip || !body) return;
    if (aside) {
      if (key === `${DC} creator`) aside.inAuthor = false;
      if (key === aside.key && --aside.depth === 0) {
        const text = collapse(aside.parts.join(''));
        const author = collapse(aside.author.join(''));
        if (text && aside.key === `${TEXT} note`) pendingNotes.push(text);
        else if (text) reviewComments.push({ text, ...(author ? { author } : {}), line: out.nextLine });
        aside = undefined;
      }
      return;
    }
    if (tag.uri === TEXT) {
      if (tag.local === 'h' || tag.local === 'p') endParagraph();
      else if (tag.local === 'list') out.endList();
      else if (tag.local === 'list-item' || tag.local === 'list-header') out.endItem();
    } else if (tag.uri === TABLE) {
      if (tag.local === 'table') out.endTable();
      else if (tag.local === 'table-header-rows') out.headerRows(false);
      else if (tag.local === 'table-row') out.endRow();
      else if (tag.local === 'table-cell') {
        out.endCell();
        // Repeated cells (LibreOffice writes runs of empty cells once): kept as empty cells,
        // within reason, so the columns after them stay in place.
        for (let i = 1; i < Math.min(element?.repeat ?? 1, 64); i++) {
          out.startCell();
          out.endCell();
        }
      }
    }
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  if (pendingNotes.length) endParagraph();
  const doc = out.finish('odt');
  if (reviewComments.length) doc.reviewComments = reviewComments;
  return doc;
}
