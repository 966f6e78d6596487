/**
 * The training sheet in a real browser (Chromium through playwright-core, as the mission
 * Gantt test does): the team's HTML export of a two-day training, laid out. The sheet is
 * the first thing under the title, each label beside its value on one row, the days after
 * it; team items carry a visible « équipe » badge. A screenshot goes to
 * test-results/unit/training-sheet/.
 *
 * Skips, saying why, when Chromium is not installed; fails instead when `CI` is set.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createLanguageService } from '../../../server/src/core';
import { toHtml } from '../../../server/src/core/export/html';
import { buildView } from '../../../server/src/core/render/buildView';
import { TRAINING_URI, trainingProgramme } from './trainingSheetFixture';

const ROOT = resolve(__dirname, '../../../..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-results', 'unit', 'training-sheet');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing, and CI must run the browser checks: apt-get install chromium`);
const skip = missing ? `${CHROMIUM} is not installed (apt-get install chromium, or set CHROMIUM): the training sheet is not checked in a browser` : false;

const TEAM_SLOT = `      - { time: 08h30-09h00, title: Dernière mise au point de l'équipe pédagogique, visibility: team }\n`;

describe('the training sheet in Chromium', { skip }, () => {
  let browser: Browser;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  test('the sheet opens the page, label beside value, the days after it; the team slot is badged', async () => {
    const text = trainingProgramme('fr').replace("    agenda:\n      - { time: 09h00-12h30, title: Les dispositifs", `    agenda:\n${TEAM_SLOT}      - { time: 09h00-12h30, title: Les dispositifs`);
    const view = buildView(createLanguageService().analyse(TRAINING_URI, text), { for: 'team' })!;
    const file = join(SHOTS, 'formation.team.html');
    writeFileSync(file, toHtml(view));
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    try {
      await page.goto(pathToFileURL(file).href);
      const sheet = page.locator('.training-sheet');
      await sheet.waitFor();
      assert.equal(await sheet.locator('h2').innerText(), 'Fiche de formation');
      const labels = await sheet.locator('dt').allInnerTexts();
      assert.deepEqual(labels, ['Objectifs', 'Public', 'Nombre de places', 'Prérequis', 'Durée', 'Dates', 'Lieu', 'Tarif', 'Modalités et délais d’accès', 'Contact', 'Méthodes mobilisées', 'Modalités d’évaluation', 'Accessibilité']);
      // Each label sits on the same row as its value, to its left.
      const dts = await sheet.locator('dt').all();
      const dds = await sheet.locator('dd').all();
      for (let i = 0; i < dts.length; i++) {
        const dt = (await dts[i]!.boundingBox())!;
        const dd = (await dds[i]!.boundingBox())!;
        assert.ok(Math.abs(dt.y - dd.y) < 4 && dt.x + dt.width <= dd.x + 1, `${labels[i]} beside its value`);
      }
      assert.equal((await sheet.locator('dd').nth(4).innerText()).replace(/\s/g, ' '), '14 h sur 2 jours');
      // The sheet comes before the first day, right after the header.
      const sheetBox = (await sheet.boundingBox())!;
      const dayBox = (await page.locator('.day').first().boundingBox())!;
      const headerBox = (await page.locator('.doc-header').boundingBox())!;
      assert.ok(headerBox.y + headerBox.height <= sheetBox.y + 1 && sheetBox.y + sheetBox.height <= dayBox.y + 1, 'header, sheet, then the days');
      // The team slot shows the word « équipe », readable (white on a dark badge).
      const badge = page.locator('.slot.team .team-badge');
      assert.equal(await badge.count(), 1);
      assert.equal((await badge.innerText()).toLocaleLowerCase(), 'équipe');
      const colours = await badge.evaluate((el) => {
        const style = (globalThis as unknown as { getComputedStyle(x: unknown): { color: string; backgroundColor: string } }).getComputedStyle(el);
        return [style.color, style.backgroundColor];
      });
      assert.deepEqual(colours, ['rgb(255, 255, 255)', 'rgb(91, 45, 134)']);
      await page.screenshot({ path: join(SHOTS, 'formation.team.png'), fullPage: true });
      assert.ok(existsSync(join(SHOTS, 'formation.team.png')));
    } finally {
      await page.close();
    }
  });
});
