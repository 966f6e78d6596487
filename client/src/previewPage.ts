/**
 * The preview webview's page: a pure function of the nonce and the resource URIs, with no
 * `vscode` import, so tests can load the very page the panel shows in a plain browser.
 */

export interface PreviewPageOptions {
  /** A fresh random nonce per page: the only way a script may run. */
  nonce: string;
  /** `webview.cspSource`: the origin VS Code serves the extension's files from. */
  cspSource: string;
  /** Webview URIs of dist/preview.js and dist/preview.css. */
  scriptUri: string;
  styleUri: string;
  /** VS Code's display language (`vscode.env.language`): the page's declared language; the rendered document declares its own. */
  language: string;
  /** The page's title, as the panel's (assistive technologies announce it). */
  title: string;
}

/** For double-quoted attribute values (the CSP's own single quotes stay readable). */
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attr = (value: string) => value.replace(/[&<>"]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
const escText = (value: string) => value.replace(/[&<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/**
 * Nothing remote, no inline script, no eval: only our script, by nonce. The stylesheet comes
 * from the extension; inline style attributes (slot heights, Gantt bars) are allowed, since
 * they cannot run code and every image or font load stays blocked by `default-src 'none'`.
 * `base-uri` and `form-action` do not fall back to `default-src`, so they are closed too.
 */
export function previewCsp(nonce: string, cspSource: string): string {
  return `default-src 'none'; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

export function previewPage(o: PreviewPageOptions): string {
  return `<!DOCTYPE html><html lang="${attr(o.language)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(o.nonce, o.cspSource))}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escText(o.title)}</title><link rel="stylesheet" href="${attr(o.styleUri)}"></head><body><div id="root"></div><script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script></body></html>`;
}

/** 128 random bits from the platform's cryptographic generator, as letters and digits. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
