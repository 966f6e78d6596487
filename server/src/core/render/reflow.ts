/**
 * Free text of a mission (`context`, `response`, a workstream's `method`, descriptions) as
 * its author meant it, not as the YAML source wrapped it (FORMAT.md 7.5): single line breaks
 * join lines, blank lines separate paragraphs, lines starting with `- ` make a list. An
 * indented line after a list item continues that item; a line at the margin ends the list.
 * Every renderer (HTML, Markdown, Word) lays these blocks out in its own way, so none keeps
 * the source's line width.
 */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const ITEM = /^(\s*)- +(.*)$/;

export function reflow(text: string | undefined): TextBlock[] {
  if (!text) return [];
  const blocks: TextBlock[] = [];
  let paragraph: string[] | undefined;
  let list: { items: string[]; indent: number } | undefined;
  const close = () => {
    if (paragraph?.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list?.items.length) blocks.push({ kind: 'list', items: list.items });
    paragraph = undefined;
    list = undefined;
  };
  for (const raw of text.split(/\r\n|[\r\n\u2028\u2029\u0085]/)) {
    const line = raw.trim();
    if (line === '') {
      close();
      continue;
    }
    const item = ITEM.exec(raw);
    if (item && item[2]!.trim() !== '') {
      if (!list) {
        close();
        list = { items: [], indent: item[1]!.length };
      }
      list.items.push(item[2]!.trim());
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    if (list && indent > list.indent) {
      // The continuation of the last item, wrapped in the source.
      list.items[list.items.length - 1] += ` ${line}`;
      continue;
    }
    if (list) close();
    (paragraph ??= []).push(line);
  }
  close();
  return blocks;
}

/** The blocks as one line of text (a calendar description, a table cell). */
export function reflowInline(text: string | undefined): string {
  return reflow(text)
    .map((b) => (b.kind === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n')))
    .join('\n');
}
