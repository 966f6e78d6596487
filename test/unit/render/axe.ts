/**
 * axe-core in a Playwright page: injects the library (through the DevTools protocol, so the
 * page's own Content-Security-Policy stays in force) and runs the WCAG 2.1 A and AA rules,
 * the level RGAA is built on. Each violation comes back as one readable line per element:
 * the rule, the element's selector and axe's summary of what is wrong.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules of axe (RGAA 4 follows WCAG 2.1 AA). */
export const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let source: string | undefined;
const axeSource = () => (source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  help: string;
  nodes: AxeNode[];
}

/** `rule  selector  summary` for every element axe finds in violation; empty when none. */
export async function wcagViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource());
  const violations = (await page.evaluate(
    `window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG21_AA_TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}  ${n.target.map(String).join(' > ')}  ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ').trim()}`),
  );
}
