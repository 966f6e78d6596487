/**
 * Text helpers shared by the import readers: folding for matching (never for output),
 * Markdown inline syntax to plain text, ids, titles, keyword patterns.
 */
import { foldAccents } from '../schema/suggest';


/** Lower case, no accents, straight apostrophes: for matching words, not for output. */
export function fold(s: string): string {
  // œ and æ are ligatures, not accented letters: NFD leaves them as they are.
  return foldAccents(s)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘ʼ´`]/g, "'");
}

/** Like `fold` but keeps every position: each code unit maps to one code unit. */
export function foldSame(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.length > 1) {
      out += ch;
      continue;
    }
    let c = ch.normalize('NFD')[0]!.toLowerCase();
    if (c.length !== 1) c = ch;
    if (c === '’' || c === '‘' || c === 'ʼ') c = "'";
    out += c;
  }
  return out;
}

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
export const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** `\-`, `**bold**`, `&amp;`, links: Markdown inline syntax → the text it shows. */
export function mdInline(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => (text === url ? text : `${text} (${url})`))
    // Bold; Word converters leave a space inside the closing marker (`__OBJECTIFS : __`).
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\s*\1(?![*_])/g, '$2')
    .replace(/(?<![\\*\p{L}\p{N}])\*(?=\S)([^*]+?)(?<=[^\s\\])\*(?!\*)/gu, '$1')
    .replace(/(?<![\\\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=[^\s\\])_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#\d+);/g, (_m, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' || e === '#39' ? "'" : e === 'nbsp' ? ' ' : String.fromCodePoint(Number(e.slice(1))),
    )
    .replace(/\\([\\`*_[\]{}()#+\-.!|~>=@<&])/g, '$1')
    .replace(/^(\s*)\\(\d)/, '$1$2');
}

/** Word-conversion leftovers and invisible characters. */
export function stripArtifacts(s: string): string {
  return s
    .replace(/\\?\[bookmark:[^\]]*\]/gi, '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    // Control characters are not allowed in YAML, even quoted; they carry no text.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/** `Frédéric Applincourt` → `frederic-applincourt`, a valid FORMAT.md id. */
export function slug(s: string): string {
  const v = fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(.{0,40})(?:-.*)?$/, (all, head: string) => (all.length <= 40 ? all : head || all.slice(0, 40)))
    .replace(/-+$/, '');
  return v || 'x';
}

export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

export function kwRegex(words: string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Longer lines are paragraphs: kept as they are, never searched for structure. */
export const MAX_LINE = 3000;

/** `Maire, DDTM 62 ; Claire Martin (architecte, CAUE)` → its parts, brackets kept whole. */
export function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if ((c === ';' || c === ',') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function preview(text: string): string {
  const t = collapse(text);
  return t.length > 70 ? `${t.slice(0, 70).trimEnd()}…` : t;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
