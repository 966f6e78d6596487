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

/**
 * WCAG 1.4.11 (non-text contrast), which axe does not measure: every element matching
 * `selector` is a mark that carries meaning (a Gantt bar, milestone, deliverable due date,
 * programme day), so its shape must stand out from what is behind it by 3:1. The shape's
 * colour is its background or any visible border (a due date is a CSS triangle: its top
 * border), whichever contrasts most; what is behind is the first opaque background among
 * its ancestors. One line per mark below 3:1: `selector  ratio  colours`.
 */
export async function nonTextContrastFailures(page: Page, selector: string): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const rgb = (c) => { const m = /rgba?\\(([\\d.]+), ([\\d.]+), ([\\d.]+)(?:, ([\\d.]+))?\\)/.exec(c); return m && (m[4] === undefined || Number(m[4]) > 0.99) ? [m[1], m[2], m[3]].map(Number) : undefined; };
    const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const behind = (el) => { for (let e = el.parentElement; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c) return c; } return [255, 255, 255]; };
    const out = [];
    for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
      const s = getComputedStyle(el);
      const colours = [s.backgroundColor];
      for (const side of ['Top', 'Right', 'Bottom', 'Left']) if (parseFloat(s['border' + side + 'Width']) > 0 && s['border' + side + 'Style'] !== 'none') colours.push(s['border' + side + 'Color']);
      const back = behind(el);
      const best = Math.max(0, ...colours.map(rgb).filter(Boolean).map((c) => ratio(c, back)));
      if (best < 3) out.push(el.className + '  ' + best.toFixed(2) + ':1  ' + colours.join(' / ') + ' on rgb(' + back.join(', ') + ')');
    }
    return out;
  })()`)) as string[];
}
