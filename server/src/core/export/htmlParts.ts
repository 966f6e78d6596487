/**
 * The pieces of markup the programme and mission renderings share. Every piece of user text
 * goes through `esc`; the only URL ever written is a deliverable's http(s) `link`, through
 * `webLink`, which checks it again.
 */
import { reflow } from '../render/reflow';
import type { RenderLanguage } from '../render/viewModel';

export interface HtmlOptions {
  /** The preview: problem badges, `data-line` for click-to-reveal, linked programmes that open. */
  preview?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function list(items: string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '';
}

export function meta(rows: [string, string | number | undefined][]): string {
  const present = rows.filter(([, v]) => v !== undefined && v !== '');
  return present.length ? `<dl class="meta">${present.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>` : '';
}

/** A titled block; `titleIsMarkup` when the title already is escaped markup (a badge beside it). */
export function section(title: string, body: string, cls = '', titleIsMarkup = false): string {
  return body ? `<section class="block ${cls}"><h2>${titleIsMarkup ? title : esc(title)}</h2>${body}</section>` : '';
}

/** Free text reflowed (FORMAT.md 7.5): paragraphs and lists, never the source's line breaks. */
export function freeText(text: string | undefined): string {
  return reflow(text)
    .map((b) => (b.kind === 'paragraph' ? `<p>${esc(b.text)}</p>` : list(b.items)))
    .join('');
}

const WEB_LINK = /^https?:\/\/[^\s<>"]+$/i;

/**
 * An http(s) address as a link that opens apart from the document; anything else as text.
 * (The model already drops other links: this is the renderer not trusting that.)
 */
export function webLink(url: string, text: string = url): string {
  return WEB_LINK.test(url) ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

/** `Label : value` in French, `Label: value` in English. */
export function colon(language: RenderLanguage): string {
  return language === 'fr' ? ' : ' : ': ';
}
