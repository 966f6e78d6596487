/**
 * The common document every source format is read into before the programme is found in
 * it (issue 17): a .txt, a Markdown file, an HTML page, a Word or LibreOffice document and
 * the text layer of a PDF all become the same list of blocks, so the readers that find
 * days, slots, people and training fields know nothing of where a document came from.
 *
 * Source readers (`sources/`) build it; the programme readers consume it. A block keeps the
 * position it had in the source (`line`: the source line for text, the block's order for
 * structured formats) so that what is not understood can be reported where it stands.
 */

/** Where the document came from: decides nothing in the readers, but is said in the summary. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'odt' | 'pdf';

export interface SourceDocument {
  format: SourceFormat;
  blocks: Block[];
  /**
   * A reviewer's comments on the document (LibreOffice's annotations): not the author's
   * published text, so the readers keep them for the team (`notes`), never for participants.
   */
  reviewComments?: ReviewComment[];
}

export interface ReviewComment {
  text: string;
  author?: string;
  /** The block the comment stands at (as `LineBlock.line`). */
  line: number;
}

export type Block = LineBlock | TableBlock;

/**
 * One line of text. A text file gives one per source line, as written (Markdown markers,
 * indentation and bullets kept: the line readers understand them). Structured formats
 * write theirs the same way: a heading as `#`×level + space + text, a list item as
 * indentation (2 spaces per level) + `- ` + text, bold-only paragraphs as `**text**`, so one
 * line grammar serves every format. Empty lines separate paragraphs.
 */
export interface LineBlock {
  kind: 'line';
  text: string;
  /** 1-based position in the source (line for text; block order for structured formats). */
  line: number;
}

/** A table: a Word, LibreOffice, HTML or Markdown table, or columns found in a PDF page. */
export interface TableBlock {
  kind: 'table';
  rows: TableRow[];
  line: number;
}

export interface TableRow {
  cells: TableCell[];
  /** Marked as a header by the source itself (`<th>`, Word's repeated header row, Markdown's `|---|`). */
  header?: boolean;
}

export interface TableCell {
  /** The cell's paragraphs, one per line, each written as a `LineBlock.text` is. */
  lines: string[];
  /** Columns this cell spans (≥ 1). A merged cell is given once, with its span. */
  colSpan: number;
  /** Rows this cell spans (≥ 1). The rows below do not repeat it. */
  rowSpan: number;
}

/** The cell's text on one line (its lines joined by a space), for readers that need no more. */
export function cellText(cell: TableCell): string {
  return cell.lines.map((l) => l.trim()).filter(Boolean).join(' ');
}

/** A text's lines as line blocks (no table found): the text reader's starting point. */
export function linesDocument(text: string, format: SourceFormat = 'text'): SourceDocument {
  const raw = text.replace(/^\ufeff/, '').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').split('\n');
  return { format, blocks: raw.map((t, i) => ({ kind: 'line', text: t, line: i + 1 })) };
}
