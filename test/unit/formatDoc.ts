/**
 * Reading docs/format.md and its French twin for the tests that keep them true: the
 * sections each `<a id="…"></a>` anchor opens, the table rows, the YAML blocks, and the
 * anchors a Markdown link may point to.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

/** The user's format page in each language, by path from the repository root. */
export const FORMAT_DOCS = ['docs/format.md', 'docs/format.fr.md'] as const;

export function readText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readText(path)) as Record<string, unknown>;
}

const ANCHOR = /^<a id="([^"]+)"><\/a>$/gm;

/** The text from `<a id="id"></a>` to the next such anchor (or the end), or undefined. */
export function section(doc: string, id: string): string | undefined {
  const anchors = [...doc.matchAll(ANCHOR)];
  const i = anchors.findIndex((m) => m[1] === id);
  if (i < 0) return undefined;
  const start = anchors[i]!.index!;
  return doc.slice(start, anchors[i + 1]?.index ?? doc.length);
}

/** The cells of every table row of a text (header and separator rows included). */
export function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => /^\|.*\|$/.test(line.trim()))
    .map((line) => line.trim().slice(1, -1).split(' | ').map((cell) => cell.trim()));
}

export interface YamlBlock {
  /** 1-based line of the block's first line of YAML in the page. */
  line: number;
  text: string;
}

/** Every ```yaml fenced block, indented ones (inside a list item) included. */
export function yamlBlocks(doc: string): YamlBlock[] {
  return [...doc.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```/gm)].map((m) => ({
    line: doc.slice(0, m.index).split('\n').length + 1,
    text: m[2]!.replace(new RegExp(`^${m[1]}`, 'gm'), ''),
  }));
}

/** The anchors a link can reach in a page: explicit `<a id>` and GitHub's heading slugs. */
export function anchorsOf(doc: string): Set<string> {
  const ids = new Set([...doc.matchAll(ANCHOR)].map((m) => m[1]!));
  const prose = doc.replace(/^( *)```[\s\S]*?^\1```/gm, ''); // a YAML comment is no heading
  for (const m of prose.matchAll(/^#{1,6} (.+)$/gm)) ids.add(slug(m[1]!));
  return ids;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}
