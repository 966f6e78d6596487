/**
 * The building blocks of the Word export: runs of user text (cleaned of what XML cannot
 * carry), paragraphs in the export's styles, bullet lists, headings and the agenda-style
 * tables. Every piece of user text goes through `runs`, which makes docx `TextRun`s.
 */
import { HeadingLevel, Paragraph, ShadingType, Tab, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IParagraphOptions, type IRunOptions } from 'docx';
import { reflow } from '../render/reflow';
import { BULLETS, CELL_BULLETS, COLOURS, S, TEXT_WIDTH } from './docxStyles';

/** Drops what XML 1.0 cannot carry: C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
export function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for one piece of text: line breaks become `w:br`, tabs `w:tab`. */
export function runs(text: string | number | undefined, style: RunStyle = {}): TextRun[] {
  const lines = clean(String(text ?? '')).split(/\r\n|[\r\n\u2028\u2029\u0085]/);
  return lines.map((line, i) => {
    const parts = line.split('\t');
    const children = parts.flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part])).filter((c) => c !== '');
    return new TextRun({ ...style, ...(i > 0 ? { break: 1 } : {}), children });
  });
}

export function para(children: TextRun[], options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({ ...options, children });
}

/** Free text: a paragraph per block separated by a blank line, line breaks kept inside. */
export function blocks(text: string | undefined, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, style: RunStyle = {}, lead: TextRun[] = []): Paragraph[] {
  if (!text || !text.trim()) return lead.length ? [para(lead, options)] : [];
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((c) => c.replace(/^\n+|\n+$/g, ''))
    .filter((c) => c.trim() !== '');
  return chunks.map((chunk, i) => para([...(i === 0 ? lead : []), ...runs(chunk, style)], options));
}

export function colon(view: { language: string }): string {
  return view.language === 'fr' ? '\u00a0: ' : ': ';
}

export function labelled(label: string, value: TextRun[], view: { language: string }, style: string = S.meta, keepNext = false): Paragraph {
  return para([...runs(label, { bold: true }), ...runs(colon(view)), ...value], { style, ...(keepNext ? { keepNext } : {}) });
}

export function bullets(items: string[], cell = false, style?: string): Paragraph[] {
  return items.map((item) => para(runs(item), bulletOptions(cell, style)));
}

export function bulletOptions(cell: boolean, style?: string): Omit<IParagraphOptions, 'children' | 'text'> {
  return { numbering: { reference: cell ? CELL_BULLETS : BULLETS, level: 0 }, style: style ?? (cell ? S.cell : 'ListParagraph') };
}

export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return para(runs(text), { heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
}

export function section(title: string, content: Paragraph[]): Paragraph[] {
  return content.length ? [heading(title), ...content] : [];
}

export function join(parts: (string | undefined)[], separator = ' — '): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join(separator);
}

export function locale(view: { language: string }): string {
  return view.language === 'en' ? 'en-GB' : 'fr-FR';
}

export interface Column {
  label: string;
  width: number;
}

export function table(columns: Column[], rows: { cells: Paragraph[][]; shaded?: boolean }[]): Table {
  const cellOf = (children: Paragraph[], width: number, fill?: string) =>
    new TableCell({
      children: children.length ? children : [para([], { style: S.cell })],
      width: { size: width, type: WidthType.DXA },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    });
  return new Table({
    style: S.table,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cellOf([para(runs(c.label), { style: S.cellHeading })], c.width, COLOURS.header)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((c, i) => cellOf(r.cells[i] ?? [], c.width, r.shaded ? COLOURS.pause : undefined)),
          }),
      ),
    ],
  });
}

/** Widths that add up to the text width, from relative weights. */
export function widths(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w * TEXT_WIDTH) / total));
  out[out.length - 1]! += TEXT_WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

/**
 * Free text reflowed (FORMAT.md 7.5): a Word paragraph per paragraph, a bullet per `- ` item;
 * the text flows to the page width, never the source's line width.
 */
export function freeBlocks(text: string | undefined, cell = false): Paragraph[] {
  return reflow(text).flatMap((b) => (b.kind === 'paragraph' ? [para(runs(b.text), cell ? { style: S.cell } : {})] : bullets(b.items, cell)));
}
