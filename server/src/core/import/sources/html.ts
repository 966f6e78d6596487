/**
 * An HTML page (or mammoth's HTML of a Word document) → the common document.
 *
 * Read with htmlparser2: a forgiving streaming tokenizer (Word's "web page" exports and
 * mail clients' HTML are rarely valid) that decodes entities and closes implied tags, and
 * builds no DOM — the page is turned into blocks as it is read, so memory holds the blocks,
 * not a tree of the page. parse5 follows the HTML standard's tree construction to the letter
 * but builds the whole tree first; nothing here needs more than the order of the tags.
 *
 * h1–h6 become `#` lines, p/div/li/br lines, a `<dt>` and its `<dd>` one « term : description »
 * line (the label and value the field readers know), nested lists indented, bold-only paragraphs
 * `**…**`, tables `TableBlock`s (th/thead as headers, colspan/rowspan kept); the text of
 * script, style, head, template, noscript and svg is ignored.
 */
import { ImportRefused, type ImportLimits } from '../limits';
import type { SourceDocument } from '../sourceDocument';
import { BlockBuilder } from './blockBuilder';

const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'math', 'object', 'iframe']);
const PARAGRAPHS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'dt', 'dd', 'figure', 'figcaption', 'address', 'center', 'pre', 'caption', 'form', 'fieldset', 'legend', 'details', 'summary', 'body']);
const BOLD = new Set(['b', 'strong']);
const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i;

export async function htmlDocument(html: string, limits: ImportLimits): Promise<SourceDocument> {
  if (html.length > limits.characters) throw new ImportRefused({ reason: 'characters', count: html.length }, limits);
  // htmlparser2 is published as an ES module only.
  const { Parser } = await import('htmlparser2');
  const out = new BlockBuilder(limits);
  /** Open elements that change how text is read, innermost last. */
  const open: { name: string; bold: boolean }[] = [];
  let skip = 0;
  let bold = 0;
  let pre = 0;
  /** A `<dt>` just closed: the `<dd>` after it continues its line, « term : description ». */
  let afterTerm = false;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const isBold = BOLD.has(name) || BOLD_STYLE.test(attributes.style ?? '');
        open.push({ name, bold: isBold });
        if (isBold) bold++;
        if (SKIPPED.has(name)) skip++;
        if (skip) return;
        if (name === 'pre') pre++;
        const describesTerm = afterTerm && name === 'dd';
        afterTerm = false;
        if (describesTerm) return out.labelSeparator();
        const heading = /^h([1-6])$/.exec(name);
        if (heading) out.startParagraph(Number(heading[1]));
        else if (PARAGRAPHS.has(name)) out.startParagraph();
        else if (name === 'br') out.lineBreak();
        else if (name === 'hr') out.endParagraph();
        else if (name === 'ul' || name === 'ol' || name === 'dl') out.startList();
        else if (name === 'li') out.startItem();
        else if (name === 'table') out.startTable();
        else if (name === 'thead') out.headerRows(true);
        else if (name === 'tbody' || name === 'tfoot') out.headerRows(false);
        else if (name === 'tr') out.startRow();
        else if (name === 'td' || name === 'th') out.startCell(span(attributes.colspan), span(attributes.rowspan), name === 'th');
      },
      ontext(text) {
        if (skip) return;
        if (!pre) return out.text(text, bold > 0);
        text.split(/\r?\n/).forEach((part, i) => {
          if (i) out.lineBreak();
          out.literal(part);
        });
      },
      onclosetag(name) {
        const index = open.map((e) => e.name).lastIndexOf(name);
        if (index < 0) return;
        for (const element of open.splice(index)) if (element.bold) bold--;
        if (SKIPPED.has(name)) skip = Math.max(0, skip - 1);
        if (skip) return;
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'dt') afterTerm = true;
        else if (/^h[1-6]$/.test(name) || PARAGRAPHS.has(name)) out.endParagraph();
        else if (name === 'ul' || name === 'ol' || name === 'dl') out.endList();
        else if (name === 'li') out.endItem();
        else if (name === 'thead') out.headerRows(false);
        else if (name === 'tr') out.endRow();
        else if (name === 'td' || name === 'th') out.endCell();
        else if (name === 'table') out.endTable();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out.finish('html');
}

function span(value: string | undefined): number {
  return value === undefined ? 1 : Number.parseInt(value, 10);
}
