// The preview's drag frame rate (issue 19): a 200-slot programme (4 days of 50 slots, a
// pinned lunch each day) in the real preview page (dist/preview.js and dist/preview.css) in
// Debian's Chromium through playwright-core; a slot of the first day is dragged down and up
// its day while the page counts the animation frames in which the slot moved. Reported, not
// asserted. Alone: `node esbuild.mjs && node bench/measure/dragFrames.mjs`.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = new URL('../.data/', import.meta.url);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ORIGIN = 'https://webview.deroule.test';
const DAYS = 4;
const PER_DAY = 50;

const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}h${String(m % 60).padStart(2, '0')}`;

/** 4 days of 50 ten-minute slots from 08h00, the 25th a pinned lunch. */
export function dragProgramme() {
  const lines = ['title: Programme de 200 séquences', 'format: workshop', 'language: fr', 'days:'];
  for (let d = 0; d < DAYS; d++) {
    lines.push(`  - date: 2026-03-${String(10 + d).padStart(2, '0')}`, '    agenda:');
    for (let i = 0; i < PER_DAY; i++) {
      const start = 8 * 60 + i * 10;
      lines.push(`      - time: ${clock(start)}-${clock(start + 10)}`, `        title: Séquence ${d + 1}.${i + 1}`, `        type: ${i === 24 ? 'meal' : 'workshop'}`);
      if (i === 24) lines.push('        pinned: true');
    }
  }
  return `${lines.join('\n')}\n`;
}

async function previewHtml(text) {
  mkdirSync(DATA, { recursive: true });
  const out = fileURLToPath(new URL('previewCore.cjs', DATA));
  await build({ stdin: { contents: "export { createLanguageService } from './server/src/core';", resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
  const { createLanguageService } = createRequire(import.meta.url)(out);
  return createLanguageService().preview({ uri: 'file:///bench/drag.programme.yaml', text }, 'team').html;
}

/** Frames per second while dragging (the median of `runs` drags of about two seconds each). */
export async function measureDragFrames(runs = 3) {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed` };
  const html = await previewHtml(dragProgramme());
  const { chromium } = await import('playwright-core');
  const { previewPage } = await import('./previewPageLoader.mjs');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const own = {
      [`${ORIGIN}/`]: ['text/html', previewPage(ORIGIN)],
      [`${ORIGIN}/dist/preview.js`]: ['text/javascript', readFileSync(`${ROOT}dist/preview.js`, 'utf8')],
      [`${ORIGIN}/dist/preview.css`]: ['text/css', readFileSync(`${ROOT}dist/preview.css`, 'utf8')],
    };
    await page.route('**/*', (route) => {
      const hit = own[route.request().url()];
      return hit ? route.fulfill({ status: 200, contentType: hit[0], body: hit[1] }) : route.abort('blockedbyclient');
    });
    await page.addInitScript('window.acquireVsCodeApi = () => ({ postMessage() {}, setState() {}, getState() {} })');
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: 'file:///bench/drag.programme.yaml', version: 1, html })}, '*')`);
    await page.waitForSelector('.slot[data-index]');
    const slots = await page.locator('.slot[data-index]').count();
    const fps = [];
    for (let run = 0; run < runs; run++) {
      const box = await page.locator('.slot[data-day="0"][data-index="2"]').boundingBox();
      const x = box.x + box.width / 2;
      await page.mouse.move(x, box.y + box.height / 2);
      await page.mouse.down();
      // Count the frames in which the dragged slot's transform changed, and the time they span.
      await page.evaluate(`window.__frames = { n: 0, moves: 0, work: 0, last: '', first: 0, end: 0 }; document.addEventListener('pointermove', () => window.__frames.moves++); (function tick(t) { const s = document.querySelector('.slot.dragging'); const f = window.__frames; if (s && s.style.transform !== f.last) { f.last = s.style.transform; f.n++; f.first ||= t; f.end = t; } if (!f.stop) requestAnimationFrame(tick); })(performance.now())`);
      const started = Date.now();
      for (let i = 1; Date.now() - started < 2000; i++) await page.mouse.move(x, box.y + 20 + ((i * 7) % 700));
      const f = await page.evaluate('(window.__frames.stop = true, window.__frames)');
      await page.keyboard.press('Escape');
      await page.mouse.up();
      if (f.n < 2) continue;
      fps.push({ fps: ((f.n - 1) * 1000) / (f.end - f.first), movesPerSecond: (f.moves * 1000) / (f.end - f.first) });
    }
    fps.sort((a, b) => a.fps - b.fps);
    // The pointer moves the bench can send (one DevTools round trip each) bound what it can see: reported beside.
    const median = fps[Math.floor(fps.length / 2)];
    if (!median) return { skipped: 'the slot never moved' };
    return { slots, fps: median.fps, movesPerSecond: median.movesPerSecond, runs: fps.map((r) => r.fps) };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await measureDragFrames());
