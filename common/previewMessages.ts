/**
 * Messages between the extension and its preview webview (client/src/preview.ts and
 * client/preview/main.ts). The server never sees them.
 */

/** Messages from the extension to the preview webview. */
export type ToPreview =
  | { type: 'update'; uri: string; version: number | undefined; html: string }
  | { type: 'highlight'; uri: string; line: number }
  | { type: 'scrollTo'; uri: string; line: number };

/** Messages from the preview webview to the extension. */
export type FromPreview =
  | { type: 'reveal'; uri: string; line: number }
  | { type: 'open'; uri: string }
  | { type: 'ready' };
