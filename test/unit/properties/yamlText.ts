/**
 * A tiny YAML writer for the generators: a tree of maps, lists and scalars, each with the
 * layout chosen by the arbitrary (block or flow, plain or quoted scalar, comments at the end
 * of lines and on lines of their own). The generators need the TEXT, with its comments and
 * formatting, not just the data: that is what quick fixes must preserve.
 */

export type Quote = 'plain' | 'double' | 'single';

export type Y =
  | { kind: 'scalar'; source: string }
  | { kind: 'literal'; lines: string[] }
  | { kind: 'seq'; items: Y[]; flow: boolean }
  | { kind: 'map'; entries: Entry[]; flow: boolean };

export interface Entry {
  key: string;
  value: Y;
  /** Comment at the end of the line of the key (not after a literal block or a block collection). */
  comment?: string;
  /** Comment on its own line, above the key. */
  above?: string;
}

/** Characters that a plain scalar cannot start with, or contain in this form. */
const PLAIN_UNSAFE = /^[-?:,[\]{}#&*!|>'"%@`\s]|: |\s#|:$|\s$|[\n\r\t]|^(true|false|null|~|yes|no|on|off)$|^[-+.\d]/i;
const FLOW_UNSAFE = /[,[\]{}]/;

/** A scalar in the chosen quoting; falls back to double quotes when plain would change its meaning. */
export function scalar(text: string, quote: Quote = 'plain', inFlow = false): Y {
  if (quote === 'plain' && !PLAIN_UNSAFE.test(text) && !(inFlow && FLOW_UNSAFE.test(text)) && text.length > 0) return { kind: 'scalar', source: text };
  if (quote === 'single' && !/[\n\r\t]/.test(text)) return { kind: 'scalar', source: `'${text.replace(/'/g, "''")}'` };
  return { kind: 'scalar', source: JSON.stringify(text) };
}

/** A scalar written exactly as given (a number, an unquoted time the generator knows is plain-safe). */
export function raw(source: string): Y {
  return { kind: 'scalar', source };
}

export function seq(items: Y[], flow = false): Y {
  return { kind: 'seq', items, flow: flow && items.every((i) => i.kind === 'scalar' || (i.kind === 'map' && i.flow)) };
}

export function map(entries: Entry[], flow = false): Y {
  return { kind: 'map', entries, flow: flow && entries.every((e) => e.value.kind === 'scalar') };
}

export function entry(key: string, value: Y, comment?: string, above?: string): Entry {
  return { key, value, ...(comment !== undefined ? { comment } : {}), ...(above !== undefined ? { above } : {}) };
}

/** The text of a document whose root is a block map. */
export function render(root: Y, eol = '\n'): string {
  if (root.kind !== 'map') throw new Error('the root must be a map');
  return blockMap(root.entries, 0).join(eol) + eol;
}

function flowText(y: Y): string {
  switch (y.kind) {
    case 'scalar':
      return y.source;
    case 'seq':
      return `[${y.items.map(flowText).join(', ')}]`;
    case 'map':
      return `{ ${y.entries.map((e) => `${e.key}: ${flowText(e.value)}`).join(', ')} }`;
    case 'literal':
      throw new Error('a literal block cannot be in a flow collection');
  }
}

const tail = (comment: string | undefined) => (comment ? `  # ${comment}` : '');

function blockMap(entries: Entry[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const e of entries) {
    if (e.above !== undefined) out.push(`${pad}# ${e.above}`);
    out.push(...pairLines(e, indent, pad));
  }
  return out;
}

/** The lines of one `key: value` pair; the first line starts with `firstPrefix`. */
function pairLines(e: Entry, indent: number, firstPrefix: string): string[] {
  const v = e.value;
  const pad = ' '.repeat(indent);
  if (v.kind === 'literal') return [`${firstPrefix}${e.key}: |`, ...v.lines.map((l) => (l ? `${pad}  ${l}` : ''))];
  if (v.kind === 'scalar' || v.flow) return [`${firstPrefix}${e.key}: ${flowText(v)}${tail(e.comment)}`];
  const head = `${firstPrefix}${e.key}:${tail(e.comment)}`;
  if (v.kind === 'map') return [head, ...blockMap(v.entries, indent + 2)];
  if (v.items.length === 0) return [`${firstPrefix}${e.key}: []${tail(e.comment)}`];
  return [head, ...blockSeq(v.items, indent + 2)];
}

function blockSeq(items: Y[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const item of items) {
    if (item.kind === 'map' && !item.flow && item.entries.length > 0) {
      const [first, ...rest] = item.entries;
      if (first!.above !== undefined) out.push(`${pad}# ${first!.above}`);
      out.push(...pairLines(first!, indent + 2, `${pad}- `));
      out.push(...blockMap(rest, indent + 2));
    } else if (item.kind === 'seq' && !item.flow) {
      out.push(`${pad}- ${flowText({ ...item, flow: true })}`);
    } else if (item.kind === 'literal') {
      out.push(`${pad}- |`, ...item.lines.map((l) => `${pad}    ${l}`));
    } else {
      out.push(`${pad}- ${flowText(item)}`);
    }
  }
  return out;
}
