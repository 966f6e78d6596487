/**
 * The one way Déroulé turns a path into a URI and back, and the one form URIs are compared
 * in. Node's `pathToFileURL` and vscode-uri percent-encode different characters (`'`, `&`,
 * `(`, `)`, `+`, `@`, `,`, `;`, `=`, `!`, `$`, `~`): the same file then had two URIs, and a
 * folder named « l'atelier » or « proj (2024) » no longer contained its own files. VS Code
 * sends vscode-uri's form, so that is the form used everywhere. Pure string work: no `fs`.
 */
import { URI } from 'vscode-uri';

/** The `file:` URI of a local path, as VS Code writes it. */
export function fileUri(path: string): string {
  return URI.file(path).toString();
}

/** The local path of a `file:` URI (every encoding of it gives the same path). */
export function uriPath(uri: string): string {
  return URI.parse(uri).fsPath;
}

/**
 * `uri` in vscode-uri's spelling: two URIs of the same file, written by different clients
 * (`l'atelier` or `l%27atelier`, `%7E` or `~`, `C:` or `c%3A`), compare equal once normalised.
 */
export function normalUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}
