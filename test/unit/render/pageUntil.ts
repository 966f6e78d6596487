/** Waiting on a page whose CSP refuses `eval` (the preview's). */
import type { Page } from 'playwright-core';

/**
 * Waits until `expression` is true in the page. Not `waitForFunction`: its string predicate
 * is evaluated with `eval` inside the page, which the preview's CSP refuses (a failure that
 * comes and goes with timing); `page.evaluate` goes through the debugging protocol.
 */
export async function until(page: Page, expression: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate(expression)) return;
    await page.waitForTimeout(25);
  }
  throw new Error(`never true in the page: ${expression}`);
}
