/** The preview webview's page and its Content-Security-Policy (client/src/previewPage.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newNonce, previewCsp, previewPage } from '../../../client/src/previewPage';
import { cspProblems, parseCsp } from './csp';

const SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

test('the preview CSP: nothing by default, our script by nonce only, no eval, no remote origin', () => {
  const csp = previewCsp('0123456789abcdef0123456789abcdef', SOURCE);
  assert.deepEqual(cspProblems(csp, { scripts: 'nonce', ownOrigin: SOURCE }), []);
  assert.deepEqual(parseCsp(csp).get('script-src'), ["'nonce-0123456789abcdef0123456789abcdef'"]);
});

test('the CSP checker rejects what the preview must never allow', () => {
  const nonce = "'nonce-0123456789abcdef0123456789abcdef'";
  const bad: [string, RegExp][] = [
    [`default-src *; script-src ${nonce}; base-uri 'none'; form-action 'none'`, /default-src/],
    [`default-src 'none'; script-src ${nonce} 'unsafe-eval'; base-uri 'none'; form-action 'none'`, /not one nonce|unsafe-eval/],
    [`default-src 'none'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`, /not one nonce/],
    [`default-src 'none'; script-src ${nonce}; img-src https://example.org; base-uri 'none'; form-action 'none'`, /img-src allows https:\/\/example\.org/],
    [`default-src 'none'; script-src ${nonce}; style-src data:; base-uri 'none'; form-action 'none'`, /style-src allows data:/],
    [`default-src 'none'; script-src ${nonce}`, /base-uri/],
  ];
  for (const [policy, problem] of bad) assert.match(cspProblems(policy, { scripts: 'nonce', ownOrigin: SOURCE }).join('\n'), problem, policy);
});

test('the page: the CSP meta first, then only our stylesheet and our script with its nonce', () => {
  const nonce = newNonce();
  const html = previewPage({ nonce, cspSource: SOURCE, scriptUri: `${SOURCE}/ext/dist/preview.js`, styleUri: `${SOURCE}/ext/dist/preview.css`, language: 'fr', title: 'Aperçu <Déroulé>' });
  // The page declares VS Code's display language and has a title (WCAG 3.1.1, 2.4.2).
  assert.match(html, /^<!DOCTYPE html><html lang="fr"><head>/);
  assert.match(html, /<title>Aperçu &lt;Déroulé&gt;<\/title>/);
  const meta = /<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(meta, html);
  assert.deepEqual(cspProblems(meta[1]!, { scripts: 'nonce', ownOrigin: SOURCE }), []);
  assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), [`<script nonce="${nonce}" src="${SOURCE}/ext/dist/preview.js">`]);
  assert.deepEqual([...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]), [`<link rel="stylesheet" href="${SOURCE}/ext/dist/preview.css">`]);
});

test('a fresh nonce per page: 128 random bits', () => {
  const nonces = new Set(Array.from({ length: 100 }, newNonce));
  assert.equal(nonces.size, 100);
  for (const n of nonces) assert.match(n, /^[0-9a-f]{32}$/);
});
