/**
 * The two forms of the HTML export read as a person reads them: laid out in Chromium, the
 * text the page shows (`innerText`, hidden elements left out) of the participant form has
 * none of the team corpus and all the public one; the team form has both.
 *
 * Skips, saying why, when Chromium is not installed; fails instead when `CI` is set.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { audienceExport, PUBLIC_CORPUS, TEAM_CORPUS } from './audienceFixture';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing, and CI must run the browser checks: apt-get install chromium`);
const skip = missing ? `${CHROMIUM} is not installed (apt-get install chromium, or set CHROMIUM): the audiences are not read in a browser` : false;

describe('audiences of the HTML export, read in Chromium', { skip }, () => {
  let browser: Browser;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  });
  after(async () => {
    await browser?.close();
  });

  const shown = async (audience: 'participants' | 'team'): Promise<string> => {
    const page = await browser.newPage();
    try {
      await page.setContent(String(await audienceExport('html', audience)));
      return ((await page.evaluate('document.body.innerText')) as string).replace(/\s+/g, ' ');
    } finally {
      await page.close();
    }
  };

  test('the participant form shows the public items and none of the team’s', async () => {
    const text = await shown('participants');
    assert.deepEqual(TEAM_CORPUS.filter((item) => text.includes(item)), []);
    assert.deepEqual(PUBLIC_CORPUS.filter((item) => !text.includes(item)), []);
  });
  test('the team form shows both', async () => {
    const text = await shown('team');
    assert.deepEqual([...TEAM_CORPUS, ...PUBLIC_CORPUS].filter((item) => !text.includes(item)), []);
  });
});
