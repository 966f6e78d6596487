/**
 * Accessible outputs (RGAA, built on WCAG 2.1 AA): axe-core, in Debian's Chromium through
 * playwright-core, finds no WCAG 2.1 A or AA violation in
 * - the HTML export of every example and template, exported through the core as
 *   `deroule export --to html` does, in each form of EXPORT_FORMS;
 * - the preview page as the panel builds it (its CSP, dist/preview.css, dist/preview.js) showing
 *   each example and template, and a programme with an error, a warning and a hint as badges;
 * each in the light and the dark colour scheme (the preview: VS Code's light, dark and both
 * high-contrast themes, as body classes and theme variables). The Gantt's marks, which axe
 * does not measure, must contrast 3:1 with what is behind them (WCAG 1.4.11). A failure
 * lists each violation's rule, element and summary.
 *
 * Skips, saying why, when Chromium is not installed; fails instead when `CI` is set.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { LanguageService } from '../../../server/src/core';
import { previewPage } from '../../../client/src/previewPage';
import { nonTextContrastFailures, wcagViolations } from './axe';
import { diskService, exampleFiles, ROOT, sourceOf } from './exampleFiles';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing, and CI must run the browser checks: apt-get install chromium`);
const skip = missing ? `${CHROMIUM} is not installed (apt-get install chromium, or set CHROMIUM): the outputs are not checked with axe-core` : false;

type ExportOptions = NonNullable<Parameters<LanguageService['export']>[2]>;

/**
 * The forms of the HTML export that are checked, for every example and template (`applies`
 * narrows a form to some files). Another form — an audience, the training sheet — is one
 * more line here.
 */
const EXPORT_FORMS: readonly { name: string; options: ExportOptions; applies?: (file: string) => boolean }[] = [
  { name: 'participant export', options: { for: 'participants' } },
  { name: 'team export', options: { for: 'team' } },
];

const SCHEMES = ['light', 'dark'] as const;

/** VS Code's theme kinds, as the body class of a webview says them. */
const THEMES = ['light', 'dark', 'high-contrast', 'high-contrast-light'] as const;

/** Representative values of the variables VS Code sets on a webview, per theme, and the colour scheme the page then has. */
const VSCODE_THEME: Record<(typeof THEMES)[number], { scheme: 'light' | 'dark'; vars: Record<string, string> }> = {
  light: { scheme: 'light', vars: { '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#3b3b3b', '--vscode-foreground': '#3b3b3b', '--vscode-textLink-foreground': '#005fb8' } },
  dark: { scheme: 'dark', vars: { '--vscode-editor-background': '#1f1f1f', '--vscode-editor-foreground': '#cccccc', '--vscode-foreground': '#cccccc', '--vscode-textLink-foreground': '#4daafc' } },
  'high-contrast': { scheme: 'dark', vars: { '--vscode-editor-background': '#000000', '--vscode-editor-foreground': '#ffffff', '--vscode-foreground': '#ffffff', '--vscode-textLink-foreground': '#21a6ff' } },
  'high-contrast-light': { scheme: 'light', vars: { '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#292929', '--vscode-foreground': '#292929', '--vscode-textLink-foreground': '#0f4a85' } },
};

/** The marks that carry meaning without text (WCAG 1.4.11): the Gantt's bars, milestones, due dates and programme days, and its legend. */
const MARKS = '.g-bar, .g-milestone, .g-due, .gantt .marker, .g-key-bar, .g-key-milestone, .g-key-due, .g-key-day';

/** A programme whose preview shows errors, a warning and an information next to its slots. */
const WITH_PROBLEMS = `title: Atelier avec des problèmes
format: workshop
language: fr
date: 2026-03-12
people:
  - id: animatrice
    name: Claire Dubois
  - id: temoin
    name: Paul Martin
agenda:
  - time: 09h00-09h30
    title: Accueil
    type: welcome
    speakers: [inconnu]
  - time: 09h20-13h00
    title: Atelier long
    type: workshop
    speakers: [animatrice]
  - time: 14h00-14h30
    title: Clôture
    type: closing
`;

/** Every page is checked before failing, so one run lists every violation, page by page. */
class Findings {
  private readonly lines: string[] = [];
  async check(page: Page, where: string): Promise<void> {
    for (const v of await wcagViolations(page)) this.lines.push(`${where}: ${v}`);
  }
  add(line: string): void {
    this.lines.push(line);
  }
  assertNone(): void {
    assert.deepEqual(this.lines, [], `${this.lines.length} WCAG 2.1 A/AA violation(s):\n${this.lines.join('\n')}`);
  }
}

describe('accessible outputs: axe-core finds no WCAG 2.1 A/AA violation', { skip }, () => {
  let browser: Browser;
  const service = diskService();
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  });
  after(async () => {
    await browser?.close();
  });

  test('every example and template is checked', () => {
    const files = exampleFiles();
    assert.ok(files.includes(join('examples', 'poix-du-nord', 'atelier-territorial.programme.yaml')), files.join('\n'));
    assert.ok(files.includes(join('templates', 'formation.programme.yaml')), files.join('\n'));
    assert.ok(files.some((f) => f.endsWith('.mission.yaml')));
  });

  for (const form of EXPORT_FORMS) {
    test(`the HTML ${form.name} of every example and template, light and dark`, async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      const findings = new Findings();
      try {
        for (const file of exampleFiles().filter((f) => form.applies?.(f) ?? true)) {
          const html = (await service.export(sourceOf(file), 'html', form.options)) as string;
          assert.match(html, new RegExp(`^<!DOCTYPE html>\n<html lang="${service.preview(sourceOf(file), 'participants')?.language}">`), file);
          await page.setContent(html);
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme });
            await findings.check(page, `${file} (${form.name}, ${colorScheme})`);
            for (const mark of await nonTextContrastFailures(page, MARKS)) findings.add(`${file} (${form.name}, ${colorScheme}): non-text contrast ${mark}`);
          }
        }
      } finally {
        await page.close();
      }
      findings.assertNone();
    });
  }

  test('the preview page of every example and template, and of a programme with problems, in the light, dark and both high-contrast VS Code themes', async () => {
    const origin = 'https://webview.deroule.test';
    const own: Record<string, [string, string]> = {
      [`${origin}/`]: ['text/html', previewPage({ nonce: '0123456789abcdef0123456789abcdef', cspSource: origin, scriptUri: `${origin}/dist/preview.js`, styleUri: `${origin}/dist/preview.css`, language: 'fr', title: 'Aperçu' })],
      [`${origin}/dist/preview.js`]: ['text/javascript', readFileSync(join(ROOT, 'dist/preview.js'), 'utf8')],
      [`${origin}/dist/preview.css`]: ['text/css', readFileSync(join(ROOT, 'dist/preview.css'), 'utf8')],
    };
    const problems = { uri: 'file:///ws/problemes.programme.yaml', text: WITH_PROBLEMS };
    const findings = new Findings();
    const shown = [...exampleFiles().map((file) => ({ name: file, doc: sourceOf(file) })), { name: 'a programme with problems', doc: problems }];
    for (const theme of THEMES) {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 }, colorScheme: VSCODE_THEME[theme].scheme });
      try {
        await page.route('**/*', (route) => {
          const hit = own[route.request().url()];
          return hit ? route.fulfill({ status: 200, contentType: hit[0], body: hit[1] }) : route.abort('blockedbyclient');
        });
        await page.addInitScript('window.acquireVsCodeApi = () => ({ postMessage() {}, setState() {}, getState() {} })');
        await page.goto(`${origin}/`);
        // What VS Code does to a webview: the theme's class on the body, its colours as variables.
        // (a high-contrast light theme has both high-contrast classes)
        const classes = theme === 'high-contrast-light' ? ['vscode-high-contrast', 'vscode-high-contrast-light'] : [`vscode-${theme}`];
        await page.evaluate(`document.body.classList.add(...${JSON.stringify(classes)}); document.body.dataset.vscodeThemeKind = 'vscode-${theme}';
          for (const [name, value] of Object.entries(${JSON.stringify(VSCODE_THEME[theme].vars)})) document.documentElement.style.setProperty(name, value);`);
        for (const [version, { name, doc }] of shown.entries()) {
          const preview = service.preview(doc, 'team');
          assert.ok(preview, name);
          // Messages arrive in order: once a later one is received, the update is on the page.
          await page.evaluate(`new Promise((done) => {
            window.addEventListener('message', (e) => e.data === 'shown' && done());
            window.postMessage(${JSON.stringify({ type: 'update', uri: doc.uri, version, html: preview.html })}, '*');
            window.postMessage('shown', '*');
          })`);
          assert.equal(await page.locator('#root h1').textContent(), preview.title, name);
          // The page has VS Code's language; the document shown declares its own.
          assert.equal(await page.locator('#root article').getAttribute('lang'), preview.language, name);
          if (doc === problems) assert.deepEqual([...new Set(await page.locator('#root .problems li').evaluateAll((lis) => lis.map((li) => li.className)))].sort(), ['error', 'information', 'warning']);
          await findings.check(page, `the preview of ${name} (${theme})`);
          for (const mark of await nonTextContrastFailures(page, MARKS)) findings.add(`the preview of ${name} (${theme}): non-text contrast ${mark}`);
        }
      } finally {
        await page.close();
      }
    }
    findings.assertNone();
  });
});
