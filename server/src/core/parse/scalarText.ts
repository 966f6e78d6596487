/**
 * How to write an id into YAML so that it is read back as the same string. Ids may look
 * like numbers (`42`, `007`, `1e3`), booleans (`true`) or null: written plain, YAML would
 * read them as such and the schema would reject what an edit just wrote.
 */
import { parse } from 'yaml';

/** `value` as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function scalarText(value: string): string {
  if (/^[a-z0-9_-]+$/i.test(value)) {
    try {
      if (parse(value, { version: '1.2' }) === value) return value;
    } catch {
      // not plain-safe: quoted below
    }
  }
  return JSON.stringify(value);
}

/**
 * The replacement for an existing scalar whose source is `source`: the new value in the
 * same quotes when it was quoted, else plain when that is safe.
 */
export function replacementFor(source: string, value: string): string {
  if (source.startsWith('"')) return JSON.stringify(value);
  if (source.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  return scalarText(value);
}
