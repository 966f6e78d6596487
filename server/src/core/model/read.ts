/** Type-safe readers over plain YAML data: values of the wrong type read as absent. */
import type { PathSegment } from '../parse';
import { ID_PATTERN, type Entity, type Path, type Place, type PlaceDetails, type Ref, type RefKind, type Texts, type Value } from './types';
import { countUpTo } from '../limits';

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

/** A typed value whose path (`base`.`key`, or `base`.`key`.`index`) is built when read, like a reference's. */
class PathValue<T> implements Value<T> {
  constructor(
    readonly value: T,
    private readonly base: Path,
    private readonly key: PathSegment,
    private readonly index: number,
  ) {}

  get path(): Path {
    return this.index < 0 ? this.base.concat(this.key) : this.base.concat(this.key, this.index);
  }
}

/** `raw[key]` when it is a string. */
export function readText(raw: Raw, key: string, base: Path): Value<string> | undefined {
  const value = raw[key];
  return typeof value === 'string' ? new PathValue(value, base, key, -1) : undefined;
}

/** `raw[key]` when it is an integer (the schema's `integer`). */
/**
 * `raw[key]` when it is a whole number from `min` to `max` (the schema's bounds, see
 * limits.ts): a count the schema refuses is reported there and shown nowhere else.
 */
export function readCount(raw: Raw, key: string, base: Path, max: number, min = 0): Value<number> | undefined {
  const value = countUpTo(raw[key], max, min);
  return value === undefined ? undefined : new PathValue(value, base, key, -1);
}

/** `raw[key]` when it is a finite number. */
export function readNumber(raw: Raw, key: string, base: Path): Value<number> | undefined {
  const value = raw[key];
  return typeof value === 'number' && Number.isFinite(value) ? new PathValue(value, base, key, -1) : undefined;
}

/** `raw[key]` when it is one of `values` (an enum); any other value is left out, for the schema to report. */
export function readEnum<T extends string>(raw: Raw, key: string, base: Path, values: readonly T[]): Value<T> | undefined {
  const text = readText(raw, key, base);
  return text && (values as readonly string[]).includes(text.value) ? (text as Value<T>) : undefined;
}

/** A value the model computed from what is written at `base`.`key` (a clock time's minutes). */
export function valueAt<T>(value: T, base: Path, key: string): Value<T> {
  return new PathValue(value, base, key, -1);
}

/**
 * The texts of `raw[key]`: its string items when it is a list (other items left out), or
 * the text itself when `oneOrList` and it is a string; undefined for any other value.
 */
export function readTexts(raw: Raw, key: string, base: Path, oneOrList = false): Texts | undefined {
  const value = raw[key];
  if (typeof value === 'string') return oneOrList ? [new PathValue(value, base, key, -1)] : undefined;
  if (!Array.isArray(value)) return undefined;
  const texts: Value<string>[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item === 'string') texts.push(new PathValue(item, base, key, i));
  }
  return texts;
}

/** A venue (`location`): a text, or the string parts of an object; undefined otherwise. */
export function readPlace(raw: Raw, key: string, base: Path): Value<Place> | undefined {
  const value = raw[key];
  if (typeof value === 'string') return new PathValue(value, base, key, -1);
  const o = asObject(value);
  if (!o) return undefined;
  const path = base.concat(key);
  const details: PlaceDetails = {};
  for (const part of ['name', 'address', 'commune'] as const) {
    const text = readText(o, part, path);
    if (text) details[part] = text;
  }
  return new PathValue<Place>(details, base, key, -1);
}

/** The entity part of an item read by `readEntities`, without its raw data. */
export function entity(e: Entity): Entity {
  const out: Entity = { id: e.id, idPath: e.idPath, path: e.path };
  if (e.name !== undefined) out.name = e.name;
  if (e.title !== undefined) out.title = e.title;
  return out;
}

/** Sets an optional field only when it has a value (an absent field stays absent, not undefined). */
export function setIf<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
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
