/**
 * A two-day programme to edit in the preview (issue 19): a pinned lunch on the first day, and
 * the preview page as the panel builds it (its CSP, dist/preview.css, dist/preview.js), with
 * VS Code's webview API kept in `window.__posted`. Shared by the Chromium tests and the bench.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { previewPage } from '../../../client/src/previewPage';
import { createLanguageService } from '../../../server/src/core';

export const EDIT_URI = 'file:///ws/planning.programme.yaml';

export const EDIT_PROGRAMME = `title: Journées de planification
format: workshop
language: fr
days:
  - date: 2026-03-12
    agenda:
      - time: 09h00-09h30
        title: Accueil
        type: welcome
      - time: 09h30-10h30
        title: Plénière d'ouverture
        type: plenary
      - time: 10h30-12h00
        title: Atelier cartographique
        type: workshop
      - time: 12h00-13h30
        title: Déjeuner
        type: meal
        pinned: true
      - time: 13h30-15h00
        title: Visite de site
        type: site-visit
  - date: 2026-03-13
    agenda:
      - time: 09h00-09h15
        title: Café
        type: break
      - time: 09h15-10h00
        title: Restitution
        type: report-back
`;

/** The preview markup of `text` (the team's form, as the panel shows it by default). */
export function previewHtml(text: string, uri = EDIT_URI): string {
  const preview = createLanguageService().preview({ uri, text }, 'team');
  if (!preview) throw new Error(`no preview of ${uri}`);
  return preview.html;
}

const ORIGIN = 'https://webview.deroule.test';

/** A new page showing `html` in the real preview page; `window.__posted` keeps what the script posts. */
export async function openPreview(browser: Browser, root: string, html: string, viewport = { width: 900, height: 1300 }): Promise<Page> {
  const own: Record<string, [string, string]> = {
    [`${ORIGIN}/`]: ['text/html', previewPage({ nonce: '0123456789abcdef0123456789abcdef', cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/preview.js`, styleUri: `${ORIGIN}/dist/preview.css`, language: 'fr', title: 'Aperçu' })],
    [`${ORIGIN}/dist/preview.js`]: ['text/javascript', readFileSync(join(root, 'dist/preview.js'), 'utf8')],
    [`${ORIGIN}/dist/preview.css`]: ['text/css', readFileSync(join(root, 'dist/preview.css'), 'utf8')],
  };
  const page = await browser.newPage({ viewport });
  await page.route('**/*', (route) => {
    const hit = own[route.request().url()];
    return hit ? route.fulfill({ status: 200, contentType: hit[0], body: hit[1] }) : route.abort('blockedbyclient');
  });
  await page.addInitScript('window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), setState() {}, getState() {} })');
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: EDIT_URI, version: 7, html })}, '*')`);
  await page.waitForSelector('#root .slot[data-index]');
  // The script's `ready` is not what the tests look at.
  await page.evaluate('window.__posted.length = 0');
  return page;
}
