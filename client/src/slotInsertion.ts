/**
 * Where imported slots go in a programme's text, and which dropped file is imported: the
 * parts of "Paste as programme slots" and of the drop of a file onto an editor that need no
 * editor, so they are unit-tested (test/unit/client/slotInsertion.test.ts).
 */
import { extensionOf, IMPORT_EXTENSIONS } from '../../common/importFormats';

/**
 * The indentation of the list the slots go into: that of the nearest list item (`- `)
 * at or above `line`, so inserted slots line up with the agenda they join; two spaces
 * when a top-level key comes first (or nothing is above).
 */
export function itemIndent(lineAt: (line: number) => string, line: number): string {
  for (let l = line; l >= 0; l--) {
    const text = lineAt(l);
    const m = /^(\s*)- /.exec(text);
    if (m) return m[1]!;
    if (/^\S/.test(text) && l < line) return '  ';
  }
  return '  ';
}

/**
 * The text to insert at (`line`, `character`) so that `itemsYaml` (YAML list items at column
 * 0, as the server gives them) becomes items of the list there: the first line where the
 * cursor is (padded to the list's indentation if the line is empty so far), the others
 * indented like the list.
 */
export function slotInsertion(lineAt: (line: number) => string, line: number, character: number, itemsYaml: string): string {
  const indent = itemIndent(lineAt, line);
  const current = lineAt(line);
  const empty = current.trim() === '';
  const items = itemsYaml.replace(/\n$/, '').split('\n');
  if (!empty) {
    // Dropped inside a written line: the slots start on a new line after it.
    return `\n${items.map((l) => `${indent}${l}`).join('\n')}`;
  }
  const lead = indent.slice(Math.min(character, indent.length));
  return lead + items.map((l, i) => (i === 0 ? l : `${indent}${l}`)).join('\n');
}

/**
 * Whether a dropped file is imported: its name has one of the extensions Déroulé imports
 * (a dropped file without extension may be a folder, or anything: it is left to the editor).
 */
export function isDroppedImportable(name: string): boolean {
  return (IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** The first importable file of a `text/uri-list` (RFC 2483: one URI a line, `#` lines are comments). */
export function firstImportableUri(uriList: string): string | undefined {
  return uriList
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .find((uri) => isDroppedImportable(decoded(uri.replace(/[?#].*$/, ''))));
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
