/** Type-safe readers over plain YAML data: values of the wrong type read as absent. */
import type { PathSegment } from '../parse/nodes';
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

/**
 * A reference whose path is built when it is read: a long seminar has tens of thousands of
 * references, and a path is read only to report a problem or answer a request on one.
 */
class PathRef implements Ref {
  constructor(
    readonly id: string,
    readonly kind: RefKind,
    private readonly base: Path,
    private readonly key: PathSegment,
    private readonly index: number,
  ) {}

  get path(): Path {
    return this.index < 0 ? this.base.concat(this.key) : this.base.concat(this.key, this.index);
  }
}

/** The reference at `base`.`key`, when the value is a well-formed id (the schema reports the others). */
export function readRef(value: unknown, kind: RefKind, base: Path, key: PathSegment): Ref | undefined {
  return typeof value === 'string' && ID_PATTERN.test(value) ? new PathRef(value, kind, base, key, -1) : undefined;
}

const NO_REFS: readonly Ref[] = Object.freeze([]);

/** The references of the list at `base`.`key` (shared and frozen when there are none). */
export function readRefs(value: unknown, kind: RefKind, base: Path, key: PathSegment): readonly Ref[] {
  if (!Array.isArray(value) || value.length === 0) return NO_REFS;
  const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);
  let count = 0;
  for (const v of value) if (isId(v)) count++;
  // Sized once: an array grown by push keeps room for 17 items (a speaker list has one or two).
  const refs = new Array<Ref>(count);
  for (let i = 0, n = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (isId(v)) refs[n++] = new PathRef(v, kind, base, key, i);
  }
  return refs;
}

/** The items of a list that have a well-formed `id`, as entities. */
export function readEntities(value: unknown, path: Path): (Entity & { raw: Raw })[] {
  const out: (Entity & { raw: Raw })[] = [];
  asArray(value).forEach((item, i) => {
    const raw = asObject(item);
    if (!raw || typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id)) return;
    const entity: Entity & { raw: Raw } = { id: raw.id, idPath: path.concat(i, 'id'), path: path.concat(i), raw };
    const name = asString(raw.name);
    const title = asString(raw.title);
    if (name !== undefined) entity.name = name;
    if (title !== undefined) entity.title = title;
    out.push(entity);
  });
  return out;
}
