// The exported HTML and the real preview page in headless Chromium: how the export looks
// (light, dark, print), and that text typed into a programme or a mission — the hostile
// corpus of test/unit/render/injection.ts in every field — can neither run a script nor
// fetch anything, under a Content-Security-Policy that the test reads and checks.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Elements no user text may ever create. */
const FORBIDDEN = 'script, iframe, frame, img, svg, math, link, style, object, embed, form, button, input, base, meta, a, video, audio, source, template';
/** The preview page's own origin in the test, standing for VS Code's `webview.cspSource`. */
const ORIGIN = 'https://webview.deroule.test';

/** The real corpus, CSP checker, preview page and core, bundled from TypeScript. */
async function loadFixtures(root, dir) {
  const outfile = join(dir, 'web-fixtures.cjs');
  await build({ entryPoints: [join(root, 'test/e2e/webFixtures.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}

/** What the page does that it must not: dialogs, requests but the allowed ones, errors, CSP reports. */
async function watch(page, allowed) {
  const events = [];
  page.on('dialog', (d) => {
    events.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!allowed(r.url())) events.push(`request ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') events.push(`console ${m.type()} ${m.text()}`);
  });
  page.on('pageerror', (e) => events.push(`page error ${e.message}`));
  page.on('popup', (p) => events.push(`popup ${p.url()}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return events;
}

/**
 * Point at, focus and leave every element, as a person moving around the page would, so that
 * any handler an injection managed to attach would fire; then a real mouse sweep.
 */
async function touchEverything(page) {
  await page.evaluate(() => {
    for (const el of document.body.querySelectorAll('*')) {
      for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'mouseleave']) el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  });
  for (let y = 50; y < 1000; y += 150) await page.mouse.move(300, y);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
}

async function assertInert(page, events, fx, where) {
  // A very long word wraps instead of widening the page.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${where}: the page scrolls sideways`);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], `${where}: CSP violations (an injected element tried to run or load)`);
  assert.equal(await page.evaluate((flag) => window[flag], fx.PWNED), undefined, `${where}: injected code ran`);
  assert.deepEqual(events, [], where);
}

/**
 * The text a browser shows for `text` in an element: HTML parsing turns CR into LF, and a
 * file written as UTF-8 (the export) has U+FFFD for a lone surrogate; a message does not.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const shown = (text, fromFile = true) => {
  const lf = text.replace(/\r\n?/g, '\n');
  return fromFile ? lf.replace(LONE_SURROGATE, '\uFFFD') : lf;
};

export async function renderTests(root, shots) {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-render-'));
  const fx = await loadFixtures(root, dir);
  const exportHtml = (source, name) => {
    const out = join(dir, `${name}.html`);
    execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'export', '--to', 'html', '--with-notes', '--force', '-o', out, source], { stdio: 'pipe' });
    return pathToFileURL(out).href;
  };
  const poix = exportHtml(join(root, 'examples/poix-du-nord/atelier-territorial.programme.yaml'), 'poix');
  const mission = exportHtml(join(root, 'examples/nct-herault/nct-herault.mission.yaml'), 'nct');
  // The CLI exports every hostile file, two processes at a time.
  const jobs = fx.HOSTILE.flatMap((text, i) => {
    writeFileSync(join(dir, `hostile-${i}.programme.yaml`), fx.hostileProgramme(text));
    writeFileSync(join(dir, `hostile-${i}.mission.yaml`), fx.hostileMission(text, `hostile-${i}.programme.yaml`));
    return ['programme', 'mission'].map((kind) => ({ text, source: join(dir, `hostile-${i}.${kind}.yaml`), out: join(dir, `hostile-${i}-${kind}.html`) }));
  });
  const run = promisify(execFile);
  for (let i = 0; i < jobs.length; i += 2) {
    await Promise.all(jobs.slice(i, i + 2).map((j) => run(process.execPath, [join(root, 'dist/cli.js'), 'export', '--to', 'html', '--with-notes', '-o', j.out, j.source])));
  }
  const hostileExports = jobs.map((j) => ({ text: j.text, url: pathToFileURL(j.out).href }));
  const previewScript = readFileSync(join(root, 'dist/preview.js'));
  const previewStyle = readFileSync(join(root, 'dist/preview.css'));

  /** The preview page as the panel builds it, served from ORIGIN; every other request is refused. */
  async function openPreview(browser, viewport = { width: 900, height: 1000 }) {
    const page = await browser.newPage({ viewport });
    const own = { [`${ORIGIN}/`]: ['text/html', ''], [`${ORIGIN}/dist/preview.js`]: ['text/javascript', previewScript], [`${ORIGIN}/dist/preview.css`]: ['text/css', previewStyle] };
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    own[`${ORIGIN}/`][1] = fx.previewPage({ nonce, cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/preview.js`, styleUri: `${ORIGIN}/dist/preview.css`, language: 'fr', title: 'Aperçu' });
    const events = await watch(page, (url) => url in own);
    await page.route('**/*', (route) => {
      const hit = own[route.request().url()];
      return hit ? route.fulfill({ status: 200, contentType: hit[0], body: hit[1] }) : route.abort('blockedbyclient');
    });
    // VS Code's webview API: the preview script calls it once; messages it posts are kept.
    await page.addInitScript(() => {
      window.__posted = [];
      window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), setState() {}, getState() {} });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
    return { page, events };
  }
  const send = (page, message) => page.evaluate((m) => window.postMessage(m, '*'), message);

  return [
    [
      'exported HTML in Chromium, light and dark, and print to A4',
      async (browser) => {
        for (const scheme of ['light', 'dark']) {
          const page = await browser.newPage({ viewport: { width: 900, height: 1300 }, colorScheme: scheme });
          await page.goto(poix);
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          assert.equal(background, scheme === 'dark' ? 'rgb(30, 31, 34)' : 'rgb(255, 255, 255)');
          assert.equal(await page.locator('.slot').count(), 11);
          await page.screenshot({ path: join(shots, `export-html-${scheme}.png`) });
          await page.close();
        }
        const page = await browser.newPage();
        await page.goto(mission);
        assert.ok((await page.locator('.gantt .g-bar').count()) >= 3);
        await page.screenshot({ path: join(shots, 'export-html-mission.png'), fullPage: true });
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 10_000);
        await page.close();
      },
    ],
    [
      `HTML export: hostile text in every field of ${fx.HOSTILE.length} programmes and missions: nothing runs, nothing is fetched, the CSP holds`,
      async (browser) => {
        for (const [i, { text, url }] of hostileExports.entries()) {
          const page = await browser.newPage();
          const events = await watch(page, (u) => u === url);
          await page.goto(url);
          const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
          assert.deepEqual(fx.cspProblems(csp, { scripts: 'none' }), [], url);
          assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 1, url);
          await touchEverything(page);
          await assertInert(page, events, fx, url);
          assert.equal(await page.locator(`body :is(${FORBIDDEN})`).count(), 0, url);
          // The text is shown as typed.
          assert.equal(await page.locator('h1').textContent(), shown(text), url);
          if (i === 2) await page.screenshot({ path: join(shots, 'export-html-hostile.png'), fullPage: false });
          await page.close();
        }
      },
    ],
    [
      'the preview page: its CSP is strict, and it runs the preview script',
      async (browser) => {
        const { page, events } = await openPreview(browser);
        const policies = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((ms) => ms.map((m) => m.content));
        assert.equal(policies.length, 1);
        assert.deepEqual(fx.cspProblems(policies[0], { scripts: 'nonce', ownOrigin: ORIGIN }), []);
        // The only script and stylesheet are ours, and the script ran (it said `ready`).
        assert.deepEqual(await page.evaluate(() => [...document.scripts].map((s) => s.src)), [`${ORIGIN}/dist/preview.js`]);
        assert.deepEqual(await page.evaluate(() => window.__posted), [{ type: 'ready' }]);
        // An inline script without the nonce, added by anything, is refused by the CSP.
        await page.evaluate(() => {
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.body.appendChild(s);
        });
        assert.equal(await page.evaluate(() => window.__inline), undefined);
        assert.match((await page.evaluate(() => window.__violations)).join('\n'), /script-src/);
        events.length = 0;
        await page.close();
      },
    ],
    [
      `preview: hostile text in every field of ${fx.HOSTILE.length} programmes and missions, from the real core: nothing runs, nothing is fetched, it still works`,
      async (browser) => {
        for (const [i, text] of fx.HOSTILE.entries()) {
          const where = `hostile ${i} ${JSON.stringify(text).slice(0, 50)}`;
          const { page, events } = await openPreview(browser);
          const [programme, missionUpdate] = fx.previewUpdates(text);
          await send(page, programme);
          await page.waitForSelector('#root h1');
          assert.equal(await page.locator('#root h1').textContent(), shown(text, false), where);
          assert.ok((await page.locator('#root .slot').count()) >= 2, where);
          assert.ok((await page.locator('#root .problems li').count()) >= 1, `${where}: problems shown as badges`);
          await touchEverything(page);
          // Clicking a slot still reveals its source; moving the cursor still highlights it.
          await page.locator('#root .slot .title').first().dispatchEvent('click');
          const reveal = (await page.evaluate(() => window.__posted)).find((m) => m.type === 'reveal');
          assert.deepEqual(reveal && { ...reveal, line: typeof reveal.line }, { type: 'reveal', uri: fx.PROGRAMME_URI, line: 'number' }, where);
          await send(page, { type: 'highlight', uri: fx.PROGRAMME_URI, line: reveal.line });
          // The page applies a message when it gets it: wait for the highlight before counting.
          await page.waitForSelector('#root .slot.highlight', { timeout: 5_000 }).catch(() => undefined);
          assert.equal(await page.locator('#root .slot.highlight').count(), 1, where);
          if (i === 4 || i === 8) await page.screenshot({ path: join(shots, `preview-hostile-${i}.png`) });
          // The mission replaces it; its linked programme opens by its resolved URI only.
          await send(page, missionUpdate);
          await page.waitForSelector('#root article.mission');
          assert.equal(await page.locator('#root h1').textContent(), shown(text, false), where);
          await page.locator('#root .marker.link').first().dispatchEvent('click');
          assert.deepEqual((await page.evaluate(() => window.__posted)).filter((m) => m.type === 'open'), [{ type: 'open', uri: fx.PROGRAMME_URI }], where);
          await touchEverything(page);
          assert.equal(await page.locator(`#root :is(${FORBIDDEN})`).count(), 0, where);
          assert.equal(await page.locator('script').count(), 1, where);
          assert.equal(await page.locator('link').count(), 1, where);
          await assertInert(page, events, fx, where);
          await page.close();
        }
      },
    ],
  ];
}
