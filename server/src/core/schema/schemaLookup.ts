/**
 * Reads the published schemas as documentation: the schema of the value at a data path,
 * the keys allowed in an object, the labels and descriptions of enum values, in French or
 * English. Hover and completion use it, so they say exactly what the schema says.
 */
import { lookup } from '../model/read';
import type { PathSegment } from '../parse';
import type { DocumentKind, Language } from '../types';
import { isConfigFile } from '../config/configFile';
import { schemaFor, type SchemaName } from './validator';

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  'x-description-fr'?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: string[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  enumDescriptions?: string[];
  'x-enumDescriptions-fr'?: string[];
  'x-enumLabels-en'?: string[];
  'x-enumLabels-fr'?: string[];
}

function resolve(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n?.$ref && i < 10; i++) {
    const name = n.$ref.replace('#/$defs/', '');
    const target = (root as { $defs?: Record<string, SchemaNode> }).$defs?.[name];
    // Keep the referring node's own description when it has one (it is more specific).
    n = target ? { ...target, ...(n.description ? { description: n.description, 'x-description-fr': n['x-description-fr'] } : {}) } : undefined;
  }
  return n;
}

/** The schema of the value at `path` (anyOf: the object or array branch when walking in). */
export function schemaAt(kind: SchemaName, path: readonly PathSegment[]): SchemaNode | undefined {
  const root = schemaFor(kind) as SchemaNode;
  let node = resolve(root, root);
  for (const seg of path) {
    if (!node) return undefined;
    const branches = node.anyOf?.map((b) => resolve(root, b)!) ?? [node];
    const next = branches
      .map((b) => (typeof seg === 'number' ? b.items : b.properties && lookup(b.properties, seg)))
      .find((n) => n !== undefined);
    if (!next) return undefined;
    const resolved = resolve(root, next);
    node = resolved ? { ...resolved, ...(next.description ? { description: next.description, 'x-description-fr': next['x-description-fr'] } : {}) } : undefined;
  }
  return node;
}

/** The keys an object at `path` accepts, with their schemas. */
export function keysAt(kind: SchemaName, path: readonly PathSegment[]): Record<string, SchemaNode> {
  const node = schemaAt(kind, path);
  const root = schemaFor(kind) as SchemaNode;
  const object = node?.properties ? node : node?.anyOf?.map((b) => resolve(root, b)).find((b) => b?.properties);
  return object?.properties ?? {};
}

export function describe(node: SchemaNode | undefined, language: Language): string | undefined {
  if (!node) return undefined;
  return language === 'fr' ? (node['x-description-fr'] ?? node.description) : node.description;
}

export interface EnumValue {
  value: string;
  label: string;
  description: string;
}

/** The values of an enum with their label and description in the given language. */
export function enumValues(node: SchemaNode | undefined, language: Language): EnumValue[] {
  if (!node?.enum) return [];
  const labels = node[`x-enumLabels-${language}`] ?? node.enum;
  const descriptions = (language === 'fr' ? node['x-enumDescriptions-fr'] : node.enumDescriptions) ?? [];
  return node.enum.map((value, i) => ({ value, label: labels[i] ?? value, description: descriptions[i] ?? '' }));
}

/** The schema a parsed text is read with: a project's `.deroule.yaml` has its own, whatever kind it was parsed as. */
export function schemaNameOf(doc: { uri: string; kind: DocumentKind }): SchemaName {
  return isConfigFile(doc.uri) ? 'config' : doc.kind;
}
