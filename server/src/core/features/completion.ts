/**
 * Completion: keys valid at the cursor (never those already present), enum values with
 * their labels, ids at every reference, the previous slot's end as the next start, common
 * durations, programme paths in a mission, and snippets for whole structures.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { isMap, isPair, isScalar, type Node } from 'yaml';
import type { Analysis } from '../languageService';
import { messagesFor } from '../messages';
import { lookup } from '../model/read';
import type { Model, Path } from '../model/types';
import { locate, nodeAt, type PathSegment, scalarText } from '../parse';
import { describe, enumValues, keysAt, schemaAt, schemaNameOf } from '../schema/schemaLookup';
import { formatClock, type TimeStyle } from '../time';
import type { Language, Position } from '../types';
import { entitiesOf, type Namespace } from './references';
import { snippetsFor } from './snippets';

export interface CompletionContext {
  language: Language;
  style: TimeStyle;
  /** Programme files a mission may link, as paths relative to the mission's folder. */
  programmePaths?: string[];
}

const DURATIONS = ['15min', '30min', '45min', '1h', '1h30', '2h', '3h'];

/** Which namespace the value of a key (or its list items) refers to. */
const REF_KEYS: Record<string, Namespace | 'owner'> = {
  speakers: 'person',
  lead: 'person',
  groups: 'group',
  produces: 'deliverable',
  owner: 'owner',
  due: 'slot',
  governance: 'governance',
  deliverables: 'deliverable',
};

/**
 * A mission's references by where they are written (the keys of the path, list indices
 * left out): FORMAT.md 4 and 7.2. `pilot` and a deliverable's `owner` may also be free text.
 */
const MISSION_REFS: Record<string, Namespace> = {
  pilot: 'person',
  'workstreams.lead': 'person',
  'workstreams.territories': 'territory',
  'phases.workstream': 'workstream',
  'phases.deliverables': 'deliverable',
  'phases.governance': 'governance',
  'milestones.phase': 'phase',
  'milestones.governance': 'governance',
  'milestones.workstream': 'workstream',
  'deliverables.owner': 'person',
};

/** The namespace the value at `path` refers to: by its key in a programme, by its place in a mission. */
function refAt(kind: Analysis['doc']['kind'], path: Path): Namespace | 'owner' | undefined {
  if (kind === 'mission') return lookup(MISSION_REFS, path.filter((s) => typeof s === 'string').join('.'));
  return lookup(REF_KEYS, String(path[path.length - 1]));
}

export function complete(analysis: Analysis, requested: Position, ctx: CompletionContext): CompletionItem[] {
  const { doc } = analysis;
  // Inside the text: the searches below walk up from the line, and a client may send line 10⁹.
  const position = doc.lines.positionAt(doc.lines.offsetAt(requested));
  const lineText = doc.lines.getText({ start: { line: position.line, character: 0 }, end: position });
  const keyValue = /^(\s*)(-\s+)?([\w-]+):\s*(\[?)([^\]]*)$/.exec(lineText);
  if (keyValue) {
    const column = keyValue[1]!.length + (keyValue[2]?.length ?? 0);
    const mapPath = containingMap(analysis, position.line, column, Boolean(keyValue[2]));
    if (mapPath) return valueItems(analysis, [...mapPath, keyValue[3]!], keyValue[3]!, ctx, Boolean(keyValue[4]));
  }
  const item = /^(\s*)-\s+([\w-]*)$/.exec(lineText);
  const bare = /^(\s*)([\w-]*)$/.exec(lineText);
  if (item) {
    // `- |`: a new list item, either an id in a list of references or a new object.
    const listPath = parentKeyPath(analysis, position.line, item[1]!.length);
    if (!listPath) return [];
    const key = String(listPath[listPath.length - 1]);
    const refKind = refAt(doc.kind, listPath);
    const refs = refKind && schemaAt(schemaNameOf(doc), listPath)?.type !== 'object' ? idItems(analysis.model, refKind, ctx.language) : [];
    if (refs.length && item[2] !== undefined && !isObjectList(doc.kind, listPath)) return refs;
    return [...keyItems(analysis, [...listPath, 0], ctx.language, true), ...snippetItems(doc.kind, key)];
  }
  if (bare) {
    const mapPath = containingMap(analysis, position.line, bare[1]!.length, false);
    if (!mapPath) return [];
    return keyItems(analysis, mapPath, ctx.language, false);
  }
  return [];
}

function isObjectList(kind: Analysis['doc']['kind'], listPath: Path): boolean {
  const items = schemaAt(kind, [...listPath, 0]);
  return Boolean(items?.properties);
}

/** Keys of the object at `mapPath` that are not there yet, with their descriptions. */
function keyItems(analysis: Analysis, mapPath: Path, language: Language, newItem: boolean): CompletionItem[] {
  const { doc } = analysis;
  const present = new Set<string>();
  const node = newItem ? undefined : nodeAt(doc.tree()?.contents, mapPath);
  if (isMap(node)) for (const p of node.items) if (isPair(p) && isScalar(p.key)) present.add(String(p.key.value));
  if (mapPath.length === 0 && !isMap(doc.tree()?.contents) && doc.tree()?.contents) return [];
  return Object.entries(keysAt(schemaNameOf(doc), mapPath))
    .filter(([key]) => !present.has(key))
    .map(([key, schema], i) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: describe(schema, language),
      documentation: describe(schema, language),
      insertText: schema.type === 'array' || schema.type === 'object' || schema.properties ? `${key}:\n  ` : `${key}: `,
      sortText: String(i).padStart(3, '0'),
    }));
}

function valueItems(analysis: Analysis, valuePath: Path, key: string, ctx: CompletionContext, inFlow: boolean): CompletionItem[] {
  const { doc, model } = analysis;
  const schema = schemaAt(schemaNameOf(doc), valuePath);
  const values = enumValues(schema, ctx.language);
  if (values.length) {
    return values.map((v, i) => ({
      label: v.value,
      kind: CompletionItemKind.EnumMember,
      detail: v.label,
      documentation: v.description,
      sortText: String(i).padStart(3, '0'),
      filterText: `${v.value} ${v.label}`,
    }));
  }
  const ref = refAt(doc.kind, valuePath);
  const isList = schema?.type === 'array' || Boolean(schema?.anyOf?.some((b) => b.type === 'array'));
  if (ref && model && (!isList || inFlow || key === 'groups')) {
    const items = idItems(model, ref, ctx.language);
    if (key === 'groups' && !inFlow) items.unshift({ label: 'all', kind: CompletionItemKind.Keyword, detail: messagesFor(ctx.language).noun('group') });
    return items;
  }
  if (doc.kind === 'mission' && key === 'programmes' && ctx.programmePaths) {
    return ctx.programmePaths.map((p) => ({ label: p, kind: CompletionItemKind.File }));
  }
  if (key === 'duration' || key === 'per_group') {
    return DURATIONS.map((d, i) => ({ label: d, kind: CompletionItemKind.Value, sortText: String(i) }));
  }
  if ((key === 'start' || key === 'time') && model?.kind === 'programme') {
    const end = previousEnd(model, valuePath);
    if (end === undefined) return [];
    const start = formatClock(end, ctx.style);
    return key === 'start'
      ? [{ label: start, kind: CompletionItemKind.Value, insertText: `"${start}"`, detail: messagesFor(ctx.language).ui.startsAfterPrevious }]
      : [{ label: `${start}-${formatClock(end + 30, ctx.style)}`, kind: CompletionItemKind.Value, detail: messagesFor(ctx.language).ui.startsAfterPrevious }];
  }
  return [];
}

function idItems(model: Model | undefined, ref: Namespace | 'owner', language: Language): CompletionItem[] {
  if (!model) return [];
  const namespaces: Namespace[] = ref === 'owner' ? ['person', 'group'] : [ref];
  const items: CompletionItem[] = namespaces.flatMap((ns) =>
    entitiesOf(model, ns).map((e) => ({
      label: e.id,
      // An id like `42` or `true` is inserted quoted, so it stays the id (a string).
      ...(scalarText(e.id) !== e.id ? { insertText: scalarText(e.id) } : {}),
      kind: CompletionItemKind.Reference,
      detail: e.name ?? e.title ?? messagesFor(language).noun(ns === 'governance' ? 'governance' : ns === 'phase' ? 'phase' : ns),
    })),
  );
  if (ref === 'owner') items.push({ label: 'each-group', kind: CompletionItemKind.Keyword, detail: messagesFor(language).ui.everyGroup });
  return items;
}

/** The end of the slot before the one at `valuePath` (`['agenda', 3, 'start']`). */
function previousEnd(model: Extract<Model, { kind: 'programme' }>, valuePath: Path): number | undefined {
  const slotPath = valuePath.slice(0, -1);
  const index = slotPath[slotPath.length - 1];
  if (typeof index !== 'number') return undefined;
  const dayPath = slotPath.slice(0, -2);
  const day = model.days.find((d) => d.path.length === dayPath.length && d.path.every((s, i) => s === dayPath[i]));
  const slots = day?.slots.filter((s) => Number(s.path[s.path.length - 1]) < index) ?? [];
  return slots.reverse().find((s) => s.end !== undefined)?.end;
}

function snippetItems(kind: Analysis['doc']['kind'], listKey: string): CompletionItem[] {
  return snippetsFor(kind, listKey).map((s) => ({
    label: s.prefix,
    kind: CompletionItemKind.Snippet,
    detail: s.description,
    insertText: s.body.replace(/^- /, ''),
    insertTextFormat: InsertTextFormat.Snippet,
  }));
}

/**
 * The data path of the map a key at (`line`, `column`) belongs to, found from the lines
 * above: a sibling key at the same column, or the parent key at a smaller one.
 */
function containingMap(analysis: Analysis, line: number, column: number, isItem: boolean): Path | undefined {
  const { doc } = analysis;
  for (let l = line - 1; l >= 0; l--) {
    const text = lineAt(analysis, l);
    const m = /^(\s*)(-\s+)?([^\s#][^:#]*):(?:\s|$)/.exec(text);
    if (!m) continue;
    const keyColumn = m[1]!.length + (m[2]?.length ?? 0);
    if (keyColumn === column && !isItem) {
      const here = locate(doc, { line: l, character: keyColumn });
      return here.onKey ? here.path.slice(0, -1) : undefined;
    }
    if (keyColumn < column) {
      const here = locate(doc, { line: l, character: keyColumn });
      if (!here.onKey) return undefined;
      // A new item of a list (`- key:` under `agenda:`): the path of one item.
      if (isItem) return [...here.path, itemCount(analysis, here.path)];
      if (m[2] && keyColumn + 0 < column && column === m[1]!.length + m[2].length) return here.path.slice(0, -1);
      return here.path;
    }
  }
  return column === 0 && !isItem ? [] : undefined;
}

/** Path of the list key a `- ` at `dashColumn` belongs to. */
function parentKeyPath(analysis: Analysis, line: number, dashColumn: number): Path | undefined {
  for (let l = line - 1; l >= 0; l--) {
    const text = lineAt(analysis, l);
    const m = /^(\s*)(-\s+)?([^\s#][^:#]*):(?:\s|$)/.exec(text);
    if (!m) continue;
    const keyColumn = m[1]!.length + (m[2]?.length ?? 0);
    if (keyColumn <= dashColumn && !(keyColumn === dashColumn && m[2])) {
      const here = locate(analysis.doc, { line: l, character: keyColumn });
      return here.onKey ? here.path : undefined;
    }
  }
  return undefined;
}

function itemCount(analysis: Analysis, listPath: PathSegment[]): number {
  const node = nodeAt(analysis.doc.tree()?.contents, listPath) as (Node & { items?: unknown[] }) | undefined;
  return Array.isArray(node?.items) ? node.items.length : 0;
}

function lineAt(analysis: Analysis, line: number): string {
  return analysis.doc.lines.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}
