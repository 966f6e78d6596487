/**
 * What the CLI prints to a terminal: a file name or a slot title may hold a newline, `\r` or
 * an escape sequence (`\x1b[2K`…), which would forge lines of the report or repaint the
 * terminal. They are shown escaped, as C and git write them.
 */

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi
 * embeddings, overrides and isolates that reorder what a line seems to say (Trojan Source).
 */
const UNSAFE_CLASS = '[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const UNSAFE = new RegExp(UNSAFE_CLASS, 'g');
const HAS_UNSAFE = new RegExp(UNSAFE_CLASS);
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(c: string): string {
  const code = c.codePointAt(0)!;
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
}

/** `text` on one line with its control characters escaped (`\n`, `\x1b`, `\u{202e}`). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * A path for the text report: as it is when it holds no control character; otherwise in
 * double quotes with `\` and `"` escaped too (git's `core.quotePath` style), so a name
 * that contains a literal `\n` and one that contains a newline never look the same.
 */
export function quotePath(path: string): string {
  if (!HAS_UNSAFE.test(path)) return path;
  return `"${path.replace(/[\\"]/g, (c) => `\\${c}`).replace(UNSAFE, escapeOne)}"`;
}

/**
 * JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (U+009B is a one-byte
 * CSI for some terminals) and the bidi controls raw: escape them as `\uXXXX` too. They can
 * only occur inside strings, so the JSON means exactly the same.
 */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
