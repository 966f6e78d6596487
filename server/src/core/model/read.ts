/** Type-safe readers over plain YAML data: values of the wrong type read as absent. */
import { ID_PATTERN, type Entity, type Path, type Ref, type RefKind } from './types';

export type Raw = Record<string, unknown>;

export function asObject(value: unknown): Raw | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : undefined;
}

/**
 * `table[key]` for a key that comes from the document: only the table's own entries, so
 * a key written `constructor`, `__proto__` or `toString` is not found (instead of
 * returning one of Object's members).
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A single reference, when the value is a well-formed id (the schema reports the others). */
export function readRef(value: unknown, kind: RefKind, path: Path): Ref | undefined {
  return typeof value === 'string' && ID_PATTERN.test(value) ? { id: value, kind, path } : undefined;
}

export function readRefs(value: unknown, kind: RefKind, path: Path): Ref[] {
  const refs: Ref[] = [];
  asArray(value).forEach((v, i) => {
    const ref = readRef(v, kind, [...path, i]);
    if (ref) refs.push(ref);
  });
  return refs;
}

/** The items of a list that have a well-formed `id`, as entities. */
export function readEntities(value: unknown, path: Path): (Entity & { raw: Raw })[] {
  const out: (Entity & { raw: Raw })[] = [];
  asArray(value).forEach((item, i) => {
    const raw = asObject(item);
    if (!raw || typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) return;
    const entity: Entity & { raw: Raw } = { id: raw.id, idPath: [...path, i, 'id'], path: [...path, i], raw };
    const name = asString(raw.name);
    const title = asString(raw.title);
    if (name !== undefined) entity.name = name;
    if (title !== undefined) entity.title = title;
    out.push(entity);
  });
  return out;
}
