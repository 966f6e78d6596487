/**
 * Dragging on the mission Gantt in a real browser (issue 19): the preview body of the CRTE
 * mission under the real preview script (dist/preview.js) in Debian's Chromium, driven by
 * real mouse and keyboard events through playwright-core. What the extension receives is
 * checked (the messages the page posts to acquireVsCodeApi()), and what a person sees
 * while dragging (the bar following the pointer, the new dates beside it), after a refusal
 * (the bar back in place, the reason read out) and after the document is redrawn (the focus
 * back on the bar). Screenshots go to test-results/unit/mission-gantt-drag/.
 *
 * Skips, saying why, when Chromium is not installed; fails instead when `CI` is set.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { renderBody, toHtml } from '../../../server/src/core/export/html';
import { HTML_STYLES } from '../../../server/src/core/export/htmlStyles';
import { PREVIEW_EDIT_STYLES } from '../../../client/preview/editStyles';
import { applyEdits } from '../../../server/src/core/gestures/missionFindings';
import { missionGesture } from '../../../server/src/core/gestures/missionGestures';
import type { Gesture } from '../../../server/src/core/gestures/types';
import { messagesFor } from '../../../server/src/core/messages';
import { crteService, crteView, CRTE_MISSION, MISSION_URI } from './missionV2Fixture';
import { until } from './pageUntil';

const ROOT = resolve(__dirname, '../../../..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-results', 'unit', 'mission-gantt-drag');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing, and CI must run the browser checks: apt-get install chromium`);
const skip = missing ? `${CHROMIUM} is not installed (apt-get install chromium, or set CHROMIUM): the Gantt's drag is not checked in a browser` : false;

const VSCODE_API = 'window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), setState() {}, getState() {} });';
const BAR = '.g-bar:text("Stratégie Pont-Audemer")';
const LAUNCH = '.g-milestone.kind-launch';
const SIGNATURE = '.g-milestone.kind-signature';

/** The document version the page shows: each test's drawing is a new one. */
let version = 0;
const gestureMessage = (gesture: Gesture) => ({ type: 'gesture', uri: MISSION_URI, version, gesture });

describe('dragging on the mission Gantt in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    mkdirSync(SHOTS, { recursive: true });
    const script = join(ROOT, 'dist/preview.js');
    assert.ok(existsSync(script), 'dist/preview.js is built (node esbuild.mjs)');
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>${HTML_STYLES}${PREVIEW_EDIT_STYLES}</style></head><body class="vscode-light"><div id="root"></div><script>${VSCODE_API}</script><script>${readFileSync(script, 'utf8')}</script></body></html>`);
  });
  after(async () => {
    await browser?.close();
  });
  /** Each test starts from the Gantt as the document draws it, and no message posted. */
  beforeEach(async () => {
    await show(renderBody(crteView(), { preview: true }));
  });

  /** The extension's answer to the gesture posted last (the next one waits for it). */
  const answer = () => page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureDone', uri: MISSION_URI, announce: '' })}, '*')`);
  async function show(html: string): Promise<void> {
    // A gesture a test left unanswered is answered, so that no key waits for it.
    await answer();
    version++;
    // An empty body first: the patch then draws the whole Gantt again, as after a new document.
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: MISSION_URI, version, html: '<main></main>' })}, '*')`);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: MISSION_URI, version, html })}, '*')`);
    await page.waitForSelector(`#root .gantt.preview ${BAR}`);
    await page.evaluate('window.__posted.length = 0');
  }
  const posted = () => page.evaluate('window.__posted') as Promise<unknown[]>;
  /** Pixels per day of the Gantt's axis, from the track's width and the axis it carries. */
  async function pxPerDay(selector: string): Promise<number> {
    const span = Number(await page.locator('.gantt').getAttribute('data-span'));
    const track = (await page.locator(selector).locator('xpath=..').boundingBox())!;
    return track.width / span;
  }
  async function drag(selector: string, fromX: (box: { x: number; width: number }) => number, dx: number, screenshot?: string): Promise<string> {
    await page.locator(selector).scrollIntoViewIfNeeded();
    const box = (await page.locator(selector).boundingBox())!;
    const [x, y] = [fromX(box), box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y, { steps: 4 });
    await page.mouse.move(x + dx, y, { steps: 4 });
    const shown = await page.locator('.g-drag-label').textContent();
    assert.ok(await page.locator('.g-drag-label').isVisible(), 'the new dates are shown while dragging');
    if (screenshot) await page.screenshot({ path: join(SHOTS, screenshot) });
    await page.mouse.up();
    return shown ?? '';
  }

  test('the export carries none of the drag: no phase index, no focus stop, no axis in days', () => {
    const html = toHtml(crteView());
    // (The stylesheet names them in selectors: the markup must not carry them.)
    for (const attribute of [' data-phase=', ' data-milestone=', ' data-span=', ' tabindex=', 'class="g-edge']) assert.ok(!html.includes(attribute), `${attribute} is not in the export`);
    assert.ok(renderBody(crteView(), { preview: true }).includes(' data-phase="2"'), 'the preview carries them');
  });

  test('dragging a bar by a month follows the pointer, shows the new months and posts the move', async () => {
    const month = (await pxPerDay(BAR)) * 30.44;
    await page.locator(BAR).scrollIntoViewIfNeeded();
    const before = (await page.locator(BAR).boundingBox())!;
    const shown = await drag(BAR, (b) => b.x + b.width / 2, month * 1.1, 'bar-mid-drag.png');
    assert.equal(shown, 'février 2022 – avril 2022');
    const moved = (await page.locator(BAR).boundingBox())!;
    assert.ok(Math.abs(moved.x - before.x - month) < month * 0.15, 'the bar moved by about a month');
    assert.deepEqual(await posted(), [gestureMessage({ kind: 'movePhase', phase: { index: 2 }, months: 1, edge: 'both' })]);
  });

  test('dragging the right edge stretches the end; the left edge the start', async () => {
    const month = (await pxPerDay(BAR)) * 30.44;
    assert.equal(await drag(BAR, (b) => b.x + b.width - 2, month * 2.2), 'janvier 2022 – mai 2022');
    assert.deepEqual(await posted(), [gestureMessage({ kind: 'movePhase', phase: { index: 2 }, months: 2, edge: 'end' })]);
    await show(renderBody(crteView(), { preview: true }));
    assert.equal(await drag(BAR, (b) => b.x + 2, -month * 1.1), 'décembre 2021 – mars 2022');
    assert.deepEqual(await posted(), [gestureMessage({ kind: 'movePhase', phase: { index: 2 }, months: -1, edge: 'start' })]);
  });

  test('an edge is not dragged past the other one', async () => {
    const month = (await pxPerDay(BAR)) * 30.44;
    // Three months long: dragging the end back five months stops at one month long.
    assert.equal(await drag(BAR, (b) => b.x + b.width - 2, -month * 5), 'janvier 2022 – janvier 2022');
    assert.deepEqual(await posted(), [gestureMessage({ kind: 'movePhase', phase: { index: 2 }, months: -2, edge: 'end' })]);
  });

  test('a milestone is dragged by days; one written as a month shows months', async () => {
    const day = await pxPerDay(LAUNCH);
    assert.equal(await drag(LAUNCH, (b) => b.x + b.width / 2, day * 10.3, 'milestone-mid-drag.png'), '24 septembre 2021');
    assert.deepEqual(await posted(), [gestureMessage({ kind: 'moveMilestone', milestone: { index: 0 }, date: '2021-09-24' })]);
    await show(renderBody(crteView(), { preview: true }));
    assert.equal(await drag(SIGNATURE, (b) => b.x + b.width / 2, day * 40.3), 'janvier 2022');
    assert.deepEqual(await posted(), [gestureMessage({ kind: 'moveMilestone', milestone: { index: 1 }, date: '2022-01-10' })]);
  });

  test('a drag back to where it started posts nothing; a click without a drag still reveals the source', async () => {
    const month = (await pxPerDay(BAR)) * 30.44;
    await drag(BAR, (b) => b.x + b.width / 2, month * 0.3);
    assert.deepEqual(await posted(), []);
    await page.locator(BAR).click();
    assert.deepEqual(await posted(), [{ type: 'reveal', uri: MISSION_URI, line: CRTE_MISSION.split('\n').indexOf('  - id: strategie-pa') }]);
  });

  test('a refusal puts the bar back and is read out; a done gesture is read out', async () => {
    const month = (await pxPerDay(BAR)) * 30.44;
    const style = await page.locator(BAR).getAttribute('style');
    await drag(BAR, (b) => b.x + b.width / 2, month * 6.2);
    assert.notEqual(await page.locator(BAR).getAttribute('style'), style);
    const refusal = '« Stratégie Pont-Audemer » sortirait de la période de la mission (septembre 2021 – juin 2022).';
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureRefused', uri: MISSION_URI, message: refusal })}, '*')`);
    // Said once, by the preview's refusal message (an alert), as for a slot's gesture.
    await until(page, `document.querySelector('.gesture-refused[role="alert"]:not([hidden])')?.textContent === ${JSON.stringify(refusal)}`);
    assert.equal(await page.locator(BAR).getAttribute('style'), style);
    assert.equal(await page.locator('[role="status"]').count(), 1);
    assert.equal(await page.locator('[role="status"]').textContent(), '');
  });

  test('the keyboard: Alt+→ moves the focused bar, Shift+Alt+← shortens it, Alt+→ moves a milestone by a month', async () => {
    // Each key answered before the next (a key waits for the previous gesture's answer).
    const press = async (key: string) => {
      await page.keyboard.press(key);
      await answer();
    };
    await page.locator(BAR).focus();
    await press('Alt+ArrowRight');
    await press('Shift+Alt+ArrowLeft');
    await page.locator(LAUNCH).focus();
    await press('Alt+ArrowRight');
    await press('Shift+Alt+ArrowLeft');
    assert.deepEqual(await posted(), [
      gestureMessage({ kind: 'movePhase', phase: { index: 2 }, months: 1, edge: 'both' }),
      gestureMessage({ kind: 'movePhase', phase: { index: 2 }, months: -1, edge: 'end' }),
      gestureMessage({ kind: 'moveMilestone', milestone: { index: 0 }, date: '2021-10-14' }),
      gestureMessage({ kind: 'moveMilestone', milestone: { index: 0 }, date: '2021-09-13' }),
    ]);
  });

  test('a keyboard gesture made by the core: the Gantt is redrawn from the new document, the bar keeps the focus, the sentence is read out', async () => {
    await page.locator(BAR).focus();
    await page.keyboard.press('Alt+ArrowRight');
    const [message] = (await posted()) as { gesture: Extract<Gesture, { kind: 'movePhase' }> }[];
    const analysis = crteService().analyse(MISSION_URI, CRTE_MISSION);
    const outcome = missionGesture(analysis, message!.gesture, messagesFor('fr'));
    assert.ok(!('refused' in outcome), JSON.stringify(outcome));
    const text = applyEdits(analysis.doc, outcome.edits);
    assert.equal(text, CRTE_MISSION.replace('    start: 2022-01\n    end: 2022-03', '    start: 2022-02\n    end: 2022-04'));
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: MISSION_URI, version: version + 1, html: renderBody(crteView('fr', text), { preview: true }) })}, '*')`);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureDone', uri: MISSION_URI, announce: outcome.announce })}, '*')`);
    await page.waitForSelector('.g-bar[data-start="2022-02"]');
    assert.equal(await page.evaluate('document.activeElement?.dataset.phase'), '2');
    assert.equal(await page.evaluate('document.activeElement?.dataset.start'), '2022-02');
    // Read out once: the page has one status region (the preview's, gestureContext.ts).
    await until(page, `document.querySelector('[role="status"]')?.textContent === ${JSON.stringify(outcome.announce)}`);
    assert.equal(await page.locator('[role="status"], [aria-live]').count(), 1);
    assert.equal(outcome.announce, '« Stratégie Pont-Audemer » déplacée : février – avril 2022.');
  });

  test('Alt+→ twice quickly: the second waits for the first one’s answer, then moves the bar again on the new document', async () => {
    await page.locator(BAR).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    const move: Gesture = { kind: 'movePhase', phase: { index: 2 }, months: 1, edge: 'both' };
    const first = gestureMessage(move);
    assert.deepEqual(await posted(), [first]);
    // The extension applies the first, redraws the preview from the new document, then answers.
    const analysis = crteService().analyse(MISSION_URI, CRTE_MISSION);
    const outcome = missionGesture(analysis, move as Extract<Gesture, { kind: 'movePhase' }>, messagesFor('fr'));
    assert.ok(!('refused' in outcome), JSON.stringify(outcome));
    const next = version + 1;
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: MISSION_URI, version: next, html: renderBody(crteView('fr', applyEdits(analysis.doc, outcome.edits)), { preview: true }) })}, '*')`);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureDone', uri: MISSION_URI, announce: outcome.announce })}, '*')`);
    await until(page, 'window.__posted.length === 2');
    assert.deepEqual((await posted())[1], { ...first, version: next });
    assert.equal(await page.evaluate('document.activeElement?.dataset.start'), '2022-02');
    version = next;
  });
});
