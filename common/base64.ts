/**
 * Bytes ↔ base64, the way files cross the protocol (JSON has no bytes): exports to the
 * extension, imports to the server. With the platform's `atob`/`btoa`, which Node, the
 * browser and its workers all have (Node's `Buffer` is not in a browser).
 */

declare global {
  function atob(data: string): string;
  function btoa(data: string): string;
}

/** Characters per `String.fromCharCode` call: far below the engines' argument limits. */
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Throws on text that is not base64 (the caller's message says what was refused). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
