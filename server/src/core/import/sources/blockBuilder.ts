/**
 * Builds the common document from the events of a structured reader (HTML, mammoth's HTML
 * of a Word document, LibreOffice's content.xml): paragraphs, headings, lists, line breaks,
 * tables and their cells. Each reader says what it meets; this writes the lines in the one
 * grammar of `LineBlock` (headings as `#`, list items indented with `- `, bold-only
 * paragraphs as `**…**`, an empty line between paragraphs) and counts them against the
 * bounds as it goes, so a document of a million paragraphs stops at the bound.
 */
import { ImportRefused, type ImportLimits } from '../limits';
import { cellText, type Block, type SourceDocument, type SourceFormat, type TableCell, type TableRow } from '../sourceDocument';

interface OpenTable {
  rows: TableRow[];
  row?: TableRow;
  cell?: TableCell;
  /** Rows are headers while inside `<thead>` / `table:table-header-rows`. */
  inHeader: boolean;
  /** The open cell is a `<th>`. */
  cellIsHeader: boolean;
  /** The open row has a cell that is not a `<th>`: a row of `<th>` only is a header row. */
  rowHasData: boolean;
}

interface OpenItem {
  depth: number;
  /** The item's first line gets the `- `; its other lines are indented under it. */
  started: boolean;
}

export class BlockBuilder {
  private readonly blocks: Block[] = [];
  private readonly tables: OpenTable[] = [];
  private readonly items: OpenItem[] = [];
  private listDepth = 0;
  private heading = 0;
  private inline = '';
  private boldChars = 0;
  private plainChars = 0;
  private lines = 0;
  private characters = 0;

  constructor(private readonly limits: ImportLimits) {}

  /** The position the next line block will have (for what stands beside the text, such as a comment). */
  get nextLine(): number {
    return this.blocks.length + 1;
  }

  /** Running text; white space collapses as in HTML and ODF (`literal` keeps it). */
  text(text: string, bold = false): void {
    const collapsed = text.replace(/\s+/g, ' ');
    this.add(this.inline.endsWith(' ') || !this.inline ? collapsed.replace(/^ /, '') : collapsed, bold);
  }

  /** Spaces and tabs written as such (`text:s`, `text:tab`). */
  literal(text: string): void {
    this.add(text, false);
  }

  /** « Label » then its value on the same line: « Label : value » (one colon, if the label has its own). */
  labelSeparator(): void {
    if (!this.inline.trim()) return;
    this.inline = this.inline.trimEnd();
    this.add(this.inline.endsWith(':') ? ' ' : ' : ', false);
  }

  private add(text: string, bold: boolean): void {
    const letters = text.replace(/\s/g, '').length;
    if (bold) this.boldChars += letters;
    else this.plainChars += letters;
    this.inline += text;
  }

  /** A paragraph, heading or any block starts or ends: the text so far is a line of its own. */
  startParagraph(headingLevel = 0): void {
    this.flush();
    this.heading = Math.min(headingLevel, 6);
  }

  endParagraph(): void {
    this.flush();
    this.heading = 0;
    if (!this.tables.length && !this.items.length) this.separate();
  }

  lineBreak(): void {
    this.flush();
  }

  startList(): void {
    this.flush();
    this.listDepth++;
  }

  endList(): void {
    this.flush();
    this.listDepth = Math.max(0, this.listDepth - 1);
    if (!this.listDepth && !this.tables.length) this.separate();
  }

  startItem(): void {
    this.flush();
    this.items.push({ depth: Math.max(1, this.listDepth), started: false });
  }

  endItem(): void {
    this.flush();
    this.items.pop();
  }

  startTable(): void {
    this.flush();
    this.tables.push({ rows: [], inHeader: false, cellIsHeader: false, rowHasData: false });
  }

  headerRows(inside: boolean): void {
    const table = this.tables.at(-1);
    if (table) table.inHeader = inside;
  }

  startRow(): void {
    const table = this.tables.at(-1);
    if (!table) return;
    this.endRow();
    table.row = { cells: [], ...(table.inHeader ? { header: true } : {}) };
    table.rowHasData = false;
  }

  /** `header`: the cell is a `<th>`; a row of header cells only is a header row. */
  startCell(colSpan = 1, rowSpan = 1, header = false): void {
    const table = this.tables.at(-1);
    if (!table) return;
    this.endCell();
    if (!table.row) this.startRow();
    table.cell = { lines: [], colSpan: clampSpan(colSpan), rowSpan: clampSpan(rowSpan) };
    table.cellIsHeader = header;
  }

  endCell(): void {
    const table = this.tables.at(-1);
    if (!table?.cell) return;
    this.flush();
    const { cell } = table;
    table.cell = undefined;
    table.row!.cells.push(cell);
    if (!table.cellIsHeader) table.rowHasData = true;
  }

  endRow(): void {
    const table = this.tables.at(-1);
    if (!table?.row) return;
    this.endCell();
    const { row } = table;
    table.row = undefined;
    if (!row.cells.length) return;
    if (!table.rowHasData) row.header = true;
    table.rows.push(row);
  }

  endTable(): void {
    this.endRow();
    const table = this.tables.pop();
    if (!table?.rows.length) return;
    const outer = this.tables.at(-1);
    if (outer?.cell) {
      // A table inside a cell: its rows become lines of that cell.
      for (const row of table.rows) this.push(row.cells.map(cellText).join(' | '));
      return;
    }
    this.count(1);
    this.blocks.push({ kind: 'table', rows: table.rows, line: this.blocks.length + 1 });
    this.separate();
  }

  finish(format: SourceFormat): SourceDocument {
    while (this.tables.length) this.endTable();
    this.flush();
    while (this.blocks.at(-1)?.kind === 'line' && !(this.blocks.at(-1) as { text: string }).text) this.blocks.pop();
    return { format, blocks: this.blocks };
  }

  private flush(): void {
    const text = this.inline.trim();
    const bold = this.boldChars > 0 && this.plainChars === 0;
    this.inline = '';
    this.boldChars = this.plainChars = 0;
    if (!text) return;
    const item = this.items.at(-1);
    let line = text;
    if (this.heading) line = `${'#'.repeat(this.heading)} ${text}`;
    else if (bold) line = `**${text}**`;
    if (item) {
      const indent = '  '.repeat(item.depth - 1);
      line = `${indent}${item.started ? '  ' : '- '}${line}`;
      item.started = true;
    }
    this.push(line);
  }

  private push(line: string): void {
    this.count(1, line.length);
    const cell = this.tables.at(-1)?.cell;
    if (cell) cell.lines.push(line);
    else this.blocks.push({ kind: 'line', text: line, line: this.blocks.length + 1 });
  }

  /** An empty line between paragraphs, never two. */
  private separate(): void {
    const last = this.blocks.at(-1);
    if (last && !(last.kind === 'line' && !last.text)) this.blocks.push({ kind: 'line', text: '', line: this.blocks.length + 1 });
  }

  private count(lines: number, characters = 0): void {
    this.lines += lines;
    this.characters += characters;
    if (this.lines > this.limits.paragraphs) throw new ImportRefused({ reason: 'paragraphs', count: this.lines }, this.limits);
    if (this.characters > this.limits.characters) throw new ImportRefused({ reason: 'characters', count: this.characters }, this.limits);
  }
}

/** A span as written, within reason: a hostile `colspan="1e9"` is one column. */
function clampSpan(span: number): number {
  return Number.isInteger(span) && span >= 1 && span <= 1000 ? span : 1;
}
