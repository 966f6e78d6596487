// The exported HTML in headless Chromium: how it looks (light, dark, print), and that text
// typed into a programme can neither run a script nor fetch anything.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  '[clic](javascript:alert(4))',
  '</style><style>*{display:none}</style><script>alert(5)</script>',
  "x' onmouseover='alert(6)",
  '<iframe src="https://example.org"></iframe>',
  '<link rel=stylesheet href=https://example.org/x.css>',
];

function hostileProgramme(text) {
  const q = JSON.stringify(text);
  return `title: ${q}\nsubtitle: ${q}\norganiser: ${q}\nlocation: ${q}\nobjectives: [${q}]\ndate: 2021-10-20\npeople:\n  - id: p1\n    name: ${q}\n    role: ${q}\nagenda:\n  - time: 09h00-10h00\n    title: ${q}\n    description: ${q}\n    steps: [${q}]\n    speakers: [p1]\n    tracks:\n      - title: ${q}\n        room: ${q}\n`;
}

export function renderTests(root, shots) {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-render-'));
  const exportHtml = (source, name) => {
    const out = join(dir, `${name}.html`);
    execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'export', '--to', 'html', '--with-notes', '--force', '-o', out, source]);
    return pathToFileURL(out).href;
  };
  const poix = exportHtml(join(root, 'examples/poix-du-nord/atelier-territorial.programme.yaml'), 'poix');
  const mission = exportHtml(join(root, 'examples/nct-herault/nct-herault.mission.yaml'), 'nct');
  const hostileFiles = HOSTILE.map((text, i) => {
    const file = join(dir, `hostile-${i}.programme.yaml`);
    writeFileSync(file, hostileProgramme(text));
    return exportHtml(file, `hostile-${i}`);
  });

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
        assert.ok((await page.locator('.gantt .phase').count()) >= 3);
        await page.screenshot({ path: join(shots, 'export-html-mission.png'), fullPage: true });
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.length > 10_000);
        await page.close();
      },
    ],
    [
      'hostile text in every field: nothing runs, nothing is fetched',
      async (browser) => {
        for (const url of hostileFiles) {
          const page = await browser.newPage();
          const events = [];
          page.on('dialog', (d) => {
            events.push(`dialog ${d.message()}`);
            void d.dismiss();
          });
          page.on('request', (r) => {
            if (!r.url().startsWith('file:')) events.push(`request ${r.url()}`);
          });
          await page.goto(url);
          await page.mouse.move(200, 200);
          await page.waitForTimeout(200);
          assert.deepEqual(events, [], url);
          assert.equal(await page.locator('script, iframe, img, svg, link').count(), 0, url);
          assert.match(await page.locator('h1').innerText(), /\S/);
          await page.close();
        }
      },
    ],
  ];
}
