/** What the Markdown renderings of a programme and a mission share: escaping, bullets, sections, free text. */
import { reflow } from '../render/reflow';

/** Escapes Markdown syntax and HTML; newlines become `<br>` inside table cells. */
export function mdEscape(text: unknown, inTable = false): string {
  let s = String(text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    // At a line start: headings, quotes, list markers, and spreadsheet formulas.
    .replace(/^(\s*)([#>+\-=@]|\d+\.)/gm, '$1\\$2');
  s = inTable ? s.replace(/\n+/g, '<br>') : s;
  return s;
}

export const bullet = (items: string[]) => items.map((i) => `- ${mdEscape(i).replace(/\n/g, '\n  ')}`).join('\n');
export const section = (title: string, body: string) => (body ? `\n## ${mdEscape(title)}\n\n${body}\n` : '');

/**
 * Free text reflowed (FORMAT.md 7.5): a paragraph per block on one line, lists as `- `
 * items; `indent` places it inside a list item.
 */
export function mdFree(text: string | undefined, indent = ''): string {
  return reflow(text)
    .map((b) => (b.kind === 'paragraph' ? `${indent}${mdEscape(b.text)}` : b.items.map((i) => `${indent}- ${mdEscape(i)}`).join('\n')))
    .join('\n\n');
}

const WEB_LINK = /^https?:\/\/[^\s<>"]+$/i;

/** An http(s) address as an autolink (no escape applies inside one, and it cannot hold `<`, `>` or a space); anything else as text. */
export function mdLink(url: string): string {
  return WEB_LINK.test(url) ? `<${url}>` : mdEscape(url);
}
