/**
 * Messages between the extension and its preview webview (client/src/preview.ts and
 * client/preview/main.ts). The server never sees them.
 */
import type { Gesture } from './protocol';

/** Messages from the extension to the preview webview. */
export type ToPreview =
  | { type: 'update'; uri: string; version: number | undefined; html: string }
  | { type: 'highlight'; uri: string; line: number }
  | { type: 'scrollTo'; uri: string; line: number }
  /** A gesture was refused (nothing changed): the message to show and announce. */
  | { type: 'gestureRefused'; uri: string; message: string }
  /** A gesture was applied: the sentence for screen readers; the preview redraws from the document's update. */
  | { type: 'gestureDone'; uri: string; announce: string; focus?: { day: number; index: number } };

/** Messages from the preview webview to the extension. */
export type FromPreview =
  | { type: 'reveal'; uri: string; line: number }
  | { type: 'open'; uri: string }
  | { type: 'ready' }
  /** A gesture on the preview (issue 19), for the document version the preview shows. */
  | { type: 'gesture'; uri: string; version: number | undefined; gesture: Gesture };
