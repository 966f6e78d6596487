/**
 * The mission Gantt in a real browser (Debian's Chromium through playwright-core, as
 * test/e2e does): the HTML export of a mission with three workstreams, then its preview body
 * under the real preview script. What a reader sees is checked from the laid-out page —
 * axis labels (years, months) in order and inside the axis, one row per workstream after the
 * first row, a diamond per milestone drawn as a diamond on its row, bars inside their row and
 * never on top of each other — and a click on a bar, a diamond or a due mark asks the editor
 * for that item's source line. Screenshots go to test-results/unit/mission-gantt/.
 *
 * Skips, saying why, when Chromium is not installed; fails instead when `CI` is set (the CI
 * script installs it).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { renderBody, toHtml } from '../../../server/src/core/export/html';
import { HTML_STYLES } from '../../../server/src/core/export/htmlStyles';
import { crteView, CRTE_MISSION, MISSION_URI } from './missionV2Fixture';

const ROOT = resolve(__dirname, '../../../..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-results', 'unit', 'mission-gantt');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing, and CI must run the browser checks: apt-get install chromium`);
const skip = missing ? `${CHROMIUM} is not installed (apt-get install chromium, or set CHROMIUM): the mission Gantt is not checked in a browser` : false;

/** VS Code's webview API, as the preview script expects it: the messages it posts are kept. */
const VSCODE_API = 'window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), setState() {}, getState() {} });';

const line = (snippet: string) => CRTE_MISSION.split('\n').findIndex((l) => l === snippet);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const inside = (a: Box, b: Box) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;

describe('the mission Gantt in Chromium', { skip }, () => {
  let browser: Browser;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  test('the HTML export: axis, one row per workstream, a diamond per milestone, bars in their rows', async () => {
    const file = join(SHOTS, 'crte.mission.html');
    writeFileSync(file, toHtml(crteView()));
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    try {
      await page.goto(pathToFileURL(file).href);
      const gantt = page.locator('.gantt');
      await gantt.screenshot({ path: join(SHOTS, 'gantt-export.png') });
      await page.screenshot({ path: join(SHOTS, 'export-full.png'), fullPage: true });

      // The axis: years then months, left to right, each label inside the axis and readable.
      assert.deepEqual(await page.locator('.g-year').allTextContents(), ['2021', '2022']);
      const months = page.locator('.g-month');
      assert.deepEqual(await months.allTextContents(), ['sept.', 'oct.', 'nov.', 'déc.', 'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin']);
      const axis = (await page.locator('.g-axis .g-track').boundingBox())!;
      const monthBoxes = await Promise.all((await months.all()).map((m) => m.boundingBox()));
      for (let i = 0; i < monthBoxes.length; i++) {
        assert.ok(inside(monthBoxes[i]!, axis), `month ${i} inside the axis`);
        if (i > 0) assert.ok(monthBoxes[i]!.x > monthBoxes[i - 1]!.x, 'months left to right');
      }
      // Every month label fits its cell (no label cut by its neighbour).
      assert.deepEqual(await months.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent)), []);

      // One row per workstream, after the first row.
      const rows = page.locator('.gantt .g-row:not(.g-axis)');
      assert.deepEqual(await rows.locator('.g-label strong').allTextContents(), ['Ensemble de la mission', 'Pont-Audemer Val de Risle', "Sources de l'Orne", 'Lisieux Normandie']);
      const rowBoxes = await Promise.all((await rows.all()).map((r) => r.locator('.g-track').boundingBox()));
      for (let i = 1; i < rowBoxes.length; i++) assert.ok(rowBoxes[i]!.y >= rowBoxes[i - 1]!.y + rowBoxes[i - 1]!.height - 1, 'rows one below the other');

      // A diamond per milestone, on the row of its workstream, square and turned by 45°.
      const diamonds = page.locator('.g-milestone');
      assert.equal(await diamonds.count(), 3);
      const perRow = await Promise.all((await rows.all()).map((r) => r.locator('.g-milestone').count()));
      assert.deepEqual(perRow, [1, 1, 1, 0]);
      for (const [i, d] of (await diamonds.all()).entries()) {
        const transform = await d.evaluate((e) => (globalThis as unknown as { getComputedStyle(x: unknown): { transform: string } }).getComputedStyle(e).transform);
        assert.match(transform, /^matrix\(0\.707\d*, 0\.707\d*, -0\.707\d*, 0\.707\d*/, `diamond ${i} turned by 45°`);
        const box = (await d.boundingBox())!;
        assert.ok(Math.abs(box.width - box.height) < 1 && box.width > 8, `diamond ${i} is square and visible`);
        assert.match((await d.getAttribute('title'))!, /^Jalon : /);
      }
      // The December signature sits over December on the axis.
      const signature = (await page.locator('.g-milestone.kind-signature').boundingBox())!;
      const december = monthBoxes[3]!;
      assert.ok(signature.x + signature.width / 2 > december.x && signature.x + signature.width / 2 < december.x + december.width, 'the signature diamond is in December');

      // Bars: inside their row, never overlapping within a row; due marks inside their row.
      for (const [i, r] of (await rows.all()).entries()) {
        const boxes = await Promise.all((await r.locator('.g-bar').all()).map((b) => b.boundingBox()));
        for (const b of boxes) assert.ok(inside(b!, rowBoxes[i]!), `bar inside row ${i}`);
        for (let a = 0; a < boxes.length; a++)
          for (let b = a + 1; b < boxes.length; b++) {
            const [p, q] = [boxes[a]!, boxes[b]!];
            const overlap = p.x < q.x + q.width - 1 && q.x < p.x + p.width - 1 && p.y < q.y + q.height - 1 && q.y < p.y + p.height - 1;
            assert.ok(!overlap, `bars ${a} and ${b} of row ${i} overlap`);
          }
        for (const d of await r.locator('.g-due').all()) assert.ok(inside((await d.boundingBox())!, { ...rowBoxes[i]!, x: rowBoxes[i]!.x - 10, width: rowBoxes[i]!.width + 20 }), `due mark in row ${i}`);
      }
      assert.deepEqual(await page.locator('.g-legend .g-key').allTextContents(), ['Phase', 'Jalon', 'Échéance d’un livrable', 'Journée programmée']);
      assert.ok(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), 'no sideways scrolling');
    } finally {
      await page.close();
    }
  });

  test('the preview: a click on a bar, a diamond or a due mark reveals its source line', async () => {
    const script = join(ROOT, 'dist/preview.js');
    assert.ok(existsSync(script), 'dist/preview.js is built (node esbuild.mjs)');
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    try {
      await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>${HTML_STYLES}</style></head><body class="vscode-dark"><div id="root"></div><script>${VSCODE_API}</script><script>${readFileSync(script, 'utf8')}</script></body></html>`);
      const html = renderBody(crteView(), { preview: true });
      await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: MISSION_URI, version: 1, html })}, '*')`);
      await page.waitForSelector('#root .gantt.preview');
      await page.locator('.gantt').screenshot({ path: join(SHOTS, 'gantt-preview-dark.png') });
      const reveals = async (selector: string) => {
        await page.evaluate('window.__posted.length = 0');
        await page.locator(selector).click();
        return page.evaluate('window.__posted');
      };
      assert.deepEqual(await reveals('.g-milestone.kind-signature'), [{ type: 'reveal', uri: MISSION_URI, line: line('  - id: signature-pa') }]);
      assert.deepEqual(await reveals('.g-bar:text("Stratégie Pont-Audemer")'), [{ type: 'reveal', uri: MISSION_URI, line: line('  - id: strategie-pa') }]);
      assert.deepEqual(await reveals('.g-due[title*="Carnet"]'), [{ type: 'reveal', uri: MISSION_URI, line: line('  - id: carnet') }]);
      assert.deepEqual(await reveals('.g-label:has-text("Sources de l\'Orne")'), [{ type: 'reveal', uri: MISSION_URI, line: line('  - id: so') }]);
      // A linked programme's day opens that programme.
      assert.deepEqual(await reveals('.marker.link'), [{ type: 'open', uri: 'file:///ws/seminaire.programme.yaml' }]);
      // The hover text of each point is there for a mouse to show.
      assert.match((await page.locator('.g-due[title*="Carnet"]').getAttribute('title'))!, /^Échéance d’un livrable : Carnet de territoire — février 2022/);
    } finally {
      await page.close();
    }
  });
});
