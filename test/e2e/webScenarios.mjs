// Issue 20: the second pass of the suite, with the extension forced into code-server's
// web-worker extension host by the user setting `"remote.extensionKind": {"<id>": ["web"]}`
// (run.mjs adds it). Every scenario runs in that pass but those of NODE_ONLY, after the group
// below, whose first test checks which host the extension really runs in, so a web pass that
// silently ran in the Node host cannot pass.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The scenarios that do not run in the web pass, by name, and why. run.mjs refuses to start
 * when one of them is not found, so a renamed scenario is not dropped without a word.
 */
export const NODE_ONLY = new Map([
  // Both kill the language server's process by its pid; in the browser the server is a web
  // worker of the page, with no process to kill (the crash handler is the same code).
  ['the server crashes: restarted, said once, diagnostics and hover work again', 'kills the server process'],
  ['a server that keeps crashing: restarted 4 times, then stopped, each said once', 'kills the server process'],
]);

/** What the browser entry logs to its « Déroulé » output channel at activation (client/web/extension.ts). */
export const WEB_HOST_LINE = 'running in the web worker extension host';

/**
 * The text « Developer: Show Running Extensions » shows under an extension's name: "web worker"
 * (with a globe icon) in the web-worker host, the remote's address in the Node host.
 * `name` is the extension's package name (the row's aria-label).
 */
async function runningExtensionHost(page, { command, eventually }, name) {
  await command(page, 'Developer: Show Running Extensions');
  const list = page.locator('.runtime-extensions-editor .monaco-list');
  await list.first().waitFor({ timeout: 15_000 });
  // The list is virtual: only the rows in view exist; scroll until the row is there.
  const row = page.locator(`.runtime-extensions-editor .monaco-list-row[aria-label="${name}"]`);
  const seen = new Set();
  return eventually(`the row of ${name} in Running Extensions`, async () => {
    if (await row.count()) return (await row.locator('.msg').innerText()).trim();
    for (const label of await page.locator('.runtime-extensions-editor .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')))) seen.add(label);
    await list.first().hover();
    await page.mouse.wheel(0, 300);
    if (seen.size > 200) throw new Error(`not listed among ${[...seen].join(', ')}`);
    return '';
  }, 20_000);
}

/** The text of the « Déroulé » output channel, as the Output panel shows it. */
async function outputChannelText(page, { command }, channel) {
  await command(page, 'Output: Show Output Channels');
  await page.waitForSelector('.quick-input-widget', { state: 'visible' });
  await page.keyboard.type(channel);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  const text = (await page.locator('.output-view .view-lines').first().innerText().catch(() => '')) ?? '';
  // The editor shows spaces as no-break spaces.
  return text.replace(/\u00a0/g, ' ');
}

/** The name of the host check, the first test of the web pass (run.mjs stops the pass when it fails). */
export const HOST_CHECK = 'the extension runs in the extension host of its pass (web: the web worker, and it says so)';

export function webScenarios(helpers) {
  const { openFile, command, eventually } = helpers;
  /** Export… the open programme in `format` (its label in the picker) for the participants; the bytes written. */
  async function exportAs(page, target, format) {
    await command(page, 'Déroulé: Export');
    await eventually('the format picker', async () => ((await page.locator('.quick-input-widget').innerText()).includes(format) ? 'yes' : ''));
    await page.keyboard.type(format);
    await page.keyboard.press('Enter');
    await eventually('the audience picker', async () => ((await page.locator('.quick-input-widget').innerText()).includes('For participants') ? 'yes' : ''));
    await page.keyboard.type('For participants');
    await page.keyboard.press('Enter');
    // The save dialog proposes the programme's name with the format's extension.
    const ext = target.split('.').pop();
    await eventually('the save dialog', async () => {
      const v = await page.locator('.quick-input-widget input').inputValue();
      return v.endsWith(`.${ext}`) ? v : '';
    });
    await page.keyboard.press('Control+A');
    await page.keyboard.type(target);
    // Enter while the dialog still resolves the typed path answers for the folder ("already exists").
    await eventually('the path typed', async () => ((await page.locator('.quick-input-widget input').inputValue()) === target ? 'yes' : ''));
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await eventually(`${target} written`, async () => (existsSync(target) ? 'yes' : ''));
    // The editor writes in one go, but the file may exist a moment before its last bytes.
    await page.waitForTimeout(500);
    return readFileSync(target);
  }

  return {
    name: 'Web build (issue 20)',
    settings: { 'deroule.language': 'en' },
    web: true,
    tests: [
      [
        HOST_CHECK,
        async (page, p) => {
          // The row appears once the extension has activated (on a programme being opened).
          await openFile(page, 'atelier-territorial.programme.yaml');
          const host = await runningExtensionHost(page, helpers, p.extensionName);
          await p.snap(p.web ? 'web-host' : 'node-host');
          await page.keyboard.press('Escape');
          if (!p.web) {
            // The Node host is code-server's remote: the row names its address.
            assert.match(host, /^127\.0\.0\.1:\d+$/);
            return;
          }
          assert.equal(host, 'web worker');
          // And the extension itself saw no `process` global (it logs this line only then).
          const text = await eventually('the web-host line', async () => {
            const t = await outputChannelText(page, helpers, 'Déroulé');
            return t.includes(WEB_HOST_LINE) ? t : '';
          }, 20_000);
          assert.ok(text.includes(WEB_HOST_LINE));
        },
      ],
      [
        'Export… to HTML and to Word for the participants',
        async (page, p) => {
          await openFile(page, 'accompagner-les-projets.programme.yaml');
          const title = 'Accompagner les collectivités dans leurs projets de revitalisation';
          const html = (await exportAs(page, join(p.workspace, 'formation', 'export-web.html'), 'HTML (PDF)')).toString('utf8');
          assert.match(html, /^<!doctype html>/i);
          assert.ok(html.includes(title), 'the HTML export shows the title');
          assert.ok(!html.includes('Gommettes'), 'no team material for the participants');
          const docx = await exportAs(page, join(p.workspace, 'formation', 'export-web.docx'), 'Word');
          const { default: mammoth } = await import('mammoth');
          const { value: words } = await mammoth.extractRawText({ buffer: docx });
          assert.ok(words.includes(title), 'the Word export shows the title');
          assert.ok(!words.includes('Gommettes'), 'no team material for the participants');
          await p.snap('export-html-word');
        },
      ],
    ],
  };
}
