// Where the bench types: a line in the middle of a generated programme.

/**
 * A line in the middle of the text that starts with `key:` (after indentation and `- `),
 * with a plain (unquoted) value: a character typed there keeps the YAML valid. Returns the
 * LSP position just after `key: `.
 */
export function lineWith(lines, key) {
  const mid = lines.length >> 1;
  for (let i = mid; i < lines.length; i++) {
    const c = lines[i].indexOf(`${key}: `);
    const value = lines[i].slice(c + key.length + 2);
    if (c >= 0 && /^\s*(- )?$/.test(lines[i].slice(0, c)) && !/^["'>|]/.test(value)) return { line: i, character: c + key.length + 2 };
  }
  throw new Error(`no ${key}: line`);
}

/** The offset in the text of an LSP position of `lines` (LF line ends). */
export function offsetOf(lines, { line, character }) {
  return lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0) + character;
}
