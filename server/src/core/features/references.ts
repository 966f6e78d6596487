/**
 * Ids and their uses: what id is under the cursor (a definition or a reference), where it
 * is defined, where it is used. Definition, references, rename and hover share this.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import type { Entity, Model, Path, RefKind } from '../model/types';
import { entitiesOf, type EntityNamespace } from '../rules/namespaces';
import { locate, replacementFor, valueRangeAt } from '../parse';
import type { Position } from '../types';

export type Namespace = EntityNamespace;
export { entitiesOf };

export interface IdAtCursor {
  id: string;
  namespace: Namespace;
  /** The entity the id names, when it exists. */
  entity?: Entity;
  /** Range of the id text under the cursor. */
  range: Range;
}

const NAMESPACES: Namespace[] = ['person', 'group', 'deliverable', 'slot', 'governance', 'phase', 'territory', 'workstream', 'milestone'];

/** The namespace a reference of this kind points into (an owner: person first, then group). */
function namespaceOfRef(model: Model, kind: RefKind, id: string): Namespace {
  if (kind !== 'owner') return kind;
  return entitiesOf(model, 'person').some((e) => e.id === id) ? 'person' : 'group';
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((s, i) => s === b[i]);

export function idAt(analysis: Analysis, position: Position): IdAtCursor | undefined {
  const { doc, model } = analysis;
  if (!model) return undefined;
  const here = locate(doc, position);
  if (here.onKey || typeof here.scalar?.value !== 'string') return undefined;
  const range = valueRangeAt(doc, here.path);
  for (const ns of NAMESPACES) {
    const entity = entitiesOf(model, ns).find((e) => samePath(e.idPath, here.path));
    if (entity) return { id: entity.id, namespace: ns, entity, range };
  }
  const ref = model.refs.find((r) => samePath(r.path, here.path));
  if (!ref) return undefined;
  const namespace = namespaceOfRef(model, ref.kind, ref.id);
  const entity = entitiesOf(model, namespace).find((e) => e.id === ref.id);
  return { id: ref.id, namespace, range, ...(entity ? { entity } : {}) };
}

/** Ranges of the definition (first) and every use of an id in one document. */
export function occurrences(analysis: Analysis, id: string, namespace: Namespace, includeDefinition = true): Range[] {
  const { doc, model } = analysis;
  if (!model) return [];
  const out: Range[] = [];
  if (includeDefinition) for (const e of entitiesOf(model, namespace)) if (e.id === id) out.push(valueRangeAt(doc, e.idPath));
  for (const ref of model.refs) {
    if (ref.id === id && namespaceOfRef(model, ref.kind, ref.id) === namespace) out.push(valueRangeAt(doc, ref.path));
  }
  return out;
}

/**
 * The edits of renaming an id: every occurrence gets `newName`, keeping its quotes, and
 * quoted where it was plain but the new name would not read as a string (`42`, `true`).
 */
export function renameEdits(analysis: Analysis, id: string, namespace: Namespace, newName: string): TextEdit[] {
  const { doc } = analysis;
  return occurrences(analysis, id, namespace).map((range) => ({
    range,
    newText: replacementFor(doc.text.slice(doc.lines.offsetAt(range.start), doc.lines.offsetAt(range.end)), newName),
  }));
}
