/**
 * Editing the programme from the preview (issue 19), in Debian's Chromium through
 * playwright-core, on the preview page as the panel builds it: real mouse drags, double-clicks
 * and keys post the gestures the extension turns into edits (`window.__posted`), and what the
 * preview shows meanwhile is right — the new times of every slot a drag moves (kept lengths,
 * a pinned lunch that stays, a drop over it shown as refused), a resize in 5-minute steps, with
 * Alt only the slot itself; the menus, the "+", every shortcut, the announcement and the focus
 * after an answer. Screenshots go to test-results/unit/slot-editing/.
 *
 * Skips, saying why, when Chromium is not installed; fails instead when `CI` is set.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { toHtml } from '../../../server/src/core/export/html';
import { buildView } from '../../../server/src/core/render/buildView';
import { createLanguageService } from '../../../server/src/core';
import { wcagViolations } from './axe';
import { ROOT } from './exampleFiles';
import { EDIT_PROGRAMME, EDIT_URI, openPreview, previewHtml } from './slotEditingFixture';
import { after as afterGesture } from '../gestures/helpers';
import { until } from './pageUntil';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-results', 'unit', 'slot-editing');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing, and CI must run the browser checks: apt-get install chromium`);
const skip = missing ? `${CHROMIUM} is not installed (apt-get install chromium, or set CHROMIUM): editing in the preview is not checked in a browser` : false;

const slot = (day: number, index: number) => `.slot[data-day="${day}"][data-index="${index}"]`;
const frames = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
const posted = (page: Page) => page.evaluate('window.__posted') as Promise<{ type: string; gesture?: unknown }[]>;
const gestures = async (page: Page) => (await posted(page)).filter((m) => m.type === 'gesture');
const gesture = (g: unknown) => ({ type: 'gesture', uri: EDIT_URI, version: 7, gesture: g });

/** The live times shown on each slot, by title (only slots that show one). */
async function liveTimes(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(
    await page.locator('.slot[data-live]').evaluateAll((els) => els.map((e) => [e.querySelector('.title strong')!.textContent, (e as unknown as { dataset: Record<string, string> }).dataset.live])),
  );
}

/** Presses the mouse on the middle of `from`, then moves by steps to `y` (page pixels, in the middle of `from` horizontally). */
async function dragTo(page: Page, from: string, y: number): Promise<void> {
  const box = (await page.locator(from).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, y, { steps: 12 });
  await frames(page);
}

describe('editing the programme in the preview, in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await page?.close();
    await browser?.close();
  });
  beforeEach(async () => {
    await page?.close();
    page = await openPreview(browser, ROOT, previewHtml(EDIT_PROGRAMME));
  });

  test('each slot says where it is written, its times, whether it is pinned, and has a name with its time and title', async () => {
    const attrs = await page.locator('.slot').evaluateAll((els) => els.map((e) => [e.getAttribute('data-day'), e.getAttribute('data-index'), e.getAttribute('data-start'), e.getAttribute('data-end'), e.hasAttribute('data-pinned'), e.getAttribute('tabindex')]));
    assert.deepEqual(attrs, [
      ['0', '0', '540', '570', false, '0'],
      ['0', '1', '570', '630', false, '0'],
      ['0', '2', '630', '720', false, '0'],
      ['0', '3', '720', '810', true, '0'],
      ['0', '4', '810', '900', false, '0'],
      ['1', '0', '540', '555', false, '0'],
      ['1', '1', '555', '600', false, '0'],
    ]);
    assert.equal(await page.locator(slot(0, 0)).getAttribute('aria-label'), '09h00 – 09h30 Accueil');
    assert.match((await page.locator('#deroule-slot-keys').textContent())!, /^Alt\+Haut ou Bas pour déplacer/);
    // A "+" before each slot and one at the end of each day; no resize handle on the pinned lunch.
    assert.equal(await page.locator('.slot-insert').count(), 7 + 2);
    assert.equal(await page.locator(`${slot(0, 3)} .slot-resize`).count(), 0);
    assert.equal(await page.locator(`${slot(0, 2)} .slot-menu`).getAttribute('aria-label'), 'Actions sur « Atelier cartographique »');
  });

  test('the export has none of the preview’s controls', () => {
    const analysis = createLanguageService().analyse(EDIT_URI, EDIT_PROGRAMME);
    const html = toHtml(buildView(analysis, { for: 'team' })!);
    for (const control of ['data-index', 'tabindex', 'slot-insert', 'slot-menu', 'slot-resize', 'deroule-slot-keys', '<template', '<button']) assert.ok(!html.includes(control), control);
  });

  test('dragging a slot below the next one: the times shown follow, the drop posts a move, and no click reveals', async () => {
    const atelier = (await page.locator(slot(0, 2)).boundingBox())!;
    await dragTo(page, slot(0, 0), atelier.y + 3);
    assert.deepEqual(await liveTimes(page), { Accueil: '10h00 – 10h30', "Plénière d'ouverture": '09h00 – 10h00' });
    assert.equal(await page.locator('.drop-indicator:not(.refused)').count(), 1);
    await page.screenshot({ path: join(SHOTS, 'drag-mid.png') });
    await page.mouse.up();
    await frames(page);
    assert.deepEqual(await posted(page), [gesture({ kind: 'move', slot: { day: 0, index: 0 }, to: { day: 0, index: 2 } })]);
    // Nothing of the drag stays: the preview waits for the document.
    assert.deepEqual([await page.locator('.drop-indicator').count(), await page.locator('.slot[data-live]').count(), await page.locator(slot(0, 0)).evaluate((e) => (e as unknown as { style: { transform: string } }).style.transform)], [0, 0, '']);
  });

  test('around the pinned lunch: it stays, the slots flow around it, and a drop that would run over it shows as refused', async () => {
    const visite = (await page.locator(slot(0, 4)).boundingBox())!;
    await dragTo(page, slot(0, 1), visite.y + 3);
    assert.deepEqual(await liveTimes(page), { 'Atelier cartographique': '09h30 – 11h00', "Plénière d'ouverture": '13h30 – 14h30', 'Visite de site': '14h30 – 16h00' });
    await page.mouse.up();
    assert.deepEqual(await gestures(page), [gesture({ kind: 'move', slot: { day: 0, index: 1 }, to: { day: 0, index: 4 } })]);

    // The site visit before the workshop: the workshop, pushed into the lunch, flows past it (as the core writes it).
    await page.evaluate('window.__posted.length = 0');
    const atelier = (await page.locator(slot(0, 2)).boundingBox())!;
    await dragTo(page, slot(0, 4), atelier.y + 3);
    assert.deepEqual(await liveTimes(page), { 'Visite de site': '10h30 – 12h00', 'Atelier cartographique': '13h30 – 15h00' });
    assert.equal(await page.locator('.drop-indicator.refused').count(), 0);
    await page.mouse.up();
    assert.deepEqual(await gestures(page), [gesture({ kind: 'move', slot: { day: 0, index: 4 }, to: { day: 0, index: 2 } })]);

    // Just before the lunch: the visit itself would run over it, which the core refuses.
    await page.evaluate('window.__posted.length = 0');
    const lunch = (await page.locator(slot(0, 3)).boundingBox())!;
    await dragTo(page, slot(0, 4), lunch.y + 3);
    assert.deepEqual(await liveTimes(page), { 'Visite de site': '12h00 – 13h30' });
    assert.equal(await page.locator('.drop-indicator.refused').count(), 1);
    assert.equal(await page.locator('.slot[data-live-conflict]').count(), 1);
    await page.screenshot({ path: join(SHOTS, 'drag-over-pinned.png') });
    await page.mouse.up();
    // Posted all the same: the server says why it refuses.
    assert.deepEqual(await gestures(page), [gesture({ kind: 'move', slot: { day: 0, index: 4 }, to: { day: 0, index: 3 } })]);
  });

  test('dragging a slot to the end of another day; Escape cancels a drag; the pinned lunch does not drag', async () => {
    const end = (await page.locator('.slot-insert[data-day="0"][data-index="5"]').boundingBox())!;
    await dragTo(page, slot(1, 1), end.y + end.height / 2);
    assert.deepEqual(await liveTimes(page), { Restitution: '15h00 – 15h45' });
    await page.mouse.up();
    assert.deepEqual(await gestures(page), [gesture({ kind: 'move', slot: { day: 1, index: 1 }, to: { day: 0, index: 5 } })]);

    await page.evaluate('window.__posted.length = 0');
    await dragTo(page, slot(0, 0), end.y);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await dragTo(page, slot(0, 3), end.y);
    await page.mouse.up();
    assert.deepEqual(await gestures(page), []);
  });

  test('resizing by the lower edge, in 5-minute steps; with Alt, only the slot itself', async () => {
    const handle = (await page.locator(`${slot(0, 0)} .slot-resize`).boundingBox())!;
    const [x, y] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    // 13 px = 10.8 minutes at 1.2 px a minute: two 5-minute steps.
    await page.mouse.move(x, y + 13, { steps: 4 });
    await frames(page);
    assert.deepEqual(await liveTimes(page), { Accueil: '09h00 – 09h40', "Plénière d'ouverture": '09h40 – 10h40', 'Atelier cartographique': '10h40 – 12h10' });
    assert.equal(await page.locator('.slot[data-live-conflict]').count(), 3, 'the workshop would run over the pinned lunch');
    await page.screenshot({ path: join(SHOTS, 'resize-mid.png') });
    await page.mouse.move(x, y + 7, { steps: 2 });
    await frames(page);
    assert.deepEqual(await liveTimes(page), { Accueil: '09h00 – 09h35', "Plénière d'ouverture": '09h35 – 10h35', 'Atelier cartographique': '10h35 – 12h05' });
    await page.mouse.up();
    assert.deepEqual(await gestures(page), [gesture({ kind: 'resize', slot: { day: 0, index: 0 }, minutes: 35 })]);

    await page.evaluate('window.__posted.length = 0');
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.keyboard.down('Alt');
    await page.mouse.move(x, y - 13, { steps: 4 });
    await frames(page);
    assert.deepEqual(await liveTimes(page), { Accueil: '09h00 – 09h20' });
    await page.mouse.up();
    await page.keyboard.up('Alt');
    assert.deepEqual(await gestures(page), [gesture({ kind: 'resize', slot: { day: 0, index: 0 }, minutes: 20, alone: true })]);
  });

  test('a double-click on a title renames it: Enter posts the new title, Escape cancels; a single click still reveals', async () => {
    const title = page.locator(`${slot(0, 2)} .title strong`);
    await title.dblclick();
    const input = page.locator(`${slot(0, 2)} input.slot-rename`);
    assert.equal(await input.inputValue(), 'Atelier cartographique');
    assert.equal(await input.getAttribute('aria-label'), 'Titre du créneau');
    await input.fill('Atelier de cartographie sensible');
    await input.press('Enter');
    assert.equal(await input.count(), 0);
    assert.equal(await title.textContent(), 'Atelier cartographique', 'the title the document has, until it redraws');
    await page.waitForTimeout(500);
    // The double-click does not move the editor (it would take the field's keys).
    assert.deepEqual(await posted(page), [gesture({ kind: 'rename', slot: { day: 0, index: 2 }, title: 'Atelier de cartographie sensible' })]);

    await page.evaluate('window.__posted.length = 0');
    await title.dblclick();
    await input.fill('Autre titre');
    await input.press('Escape');
    assert.equal(await title.textContent(), 'Atelier cartographique');
    await title.click();
    await page.waitForTimeout(500);
    assert.deepEqual(await posted(page), [{ type: 'reveal', uri: EDIT_URI, line: EDIT_PROGRAMME.split('\n').indexOf('      - time: 10h30-12h00') }]);
  });

  test('the menu: duplicate, delete, for the team, change the type; the keys move in it and Escape gives the focus back', async () => {
    const button = page.locator(`${slot(0, 2)} .slot-menu`);
    const choose = async (item: string) => {
      await button.click();
      await page.locator(`.gesture-menu[role="menu"] ${item}`).click();
    };
    await button.click();
    const menu = page.locator('.gesture-menu[role="menu"]');
    assert.equal(await menu.count(), 1);
    assert.deepEqual(await menu.locator('[aria-checked="true"]').evaluateAll((els) => els.map((e) => (e as unknown as { dataset: Record<string, string> }).dataset.type)), ['workshop']);
    // A public slot offers « for the team », not « for everyone ».
    assert.deepEqual(await menu.locator('[role="menuitem"]').allTextContents(), ['Renommer', 'Dupliquer', 'Supprimer', 'Réserver à l’équipe']);
    assert.equal(await page.evaluate('document.activeElement.dataset.action'), 'rename');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate('document.activeElement.dataset.action'), 'duplicate');
    await page.keyboard.press('Escape');
    assert.equal(await menu.count(), 0);
    assert.equal(await page.evaluate('document.activeElement.className'), 'slot-menu');

    await choose('[data-action="duplicate"]');
    await choose('[data-action="delete"]');
    await choose('[data-action="team"]');
    await choose('[data-action="setType"][data-type="plenary"]');
    assert.deepEqual(await posted(page), [
      gesture({ kind: 'duplicate', slot: { day: 0, index: 2 } }),
      gesture({ kind: 'delete', slot: { day: 0, index: 2 } }),
      gesture({ kind: 'setVisibility', slot: { day: 0, index: 2 }, visibility: 'team' }),
      gesture({ kind: 'setType', slot: { day: 0, index: 2 }, type: 'plenary' }),
    ]);
  });

  test('the "+" between two slots inserts a slot of the chosen type there', async () => {
    const plus = page.locator('.slot-insert[data-day="0"][data-index="3"]');
    assert.equal(await plus.getAttribute('aria-label'), 'Insérer un créneau avant « Déjeuner »');
    await plus.click();
    const items = page.locator('.gesture-menu [data-action="insert"]');
    assert.equal(await items.count(), 15);
    await page.screenshot({ path: join(SHOTS, 'insert-menu.png') });
    await items.locator('xpath=.').and(page.locator('[data-type="break"]')).click();
    assert.deepEqual(await posted(page), [gesture({ kind: 'insert', at: { day: 0, index: 3 }, type: 'break' })]);
  });

  test('the keys on the focused slot: Alt+↑/↓ moves, Shift+Alt+↑/↓ resizes by 5 minutes, Enter renames, Delete deletes', async () => {
    // Each key answered before the next (a key waits for the previous gesture's answer); the
    // preview is not redrawn, so each acts on the same slot.
    const press = async (key: string) => {
      await page.keyboard.press(key);
      await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureDone', uri: EDIT_URI, announce: '' })}, '*')`);
    };
    await page.locator(slot(0, 1)).focus();
    for (const key of ['Alt+ArrowDown', 'Alt+ArrowUp', 'Shift+Alt+ArrowDown', 'Shift+Alt+ArrowUp', 'Delete']) await press(key);
    await page.locator(slot(0, 4)).focus();
    await press('Alt+ArrowDown');
    await page.locator(slot(1, 0)).focus();
    await press('Alt+ArrowUp');
    assert.deepEqual(await posted(page), [
      gesture({ kind: 'move', slot: { day: 0, index: 1 }, to: { day: 0, index: 3 } }),
      gesture({ kind: 'move', slot: { day: 0, index: 1 }, to: { day: 0, index: 0 } }),
      gesture({ kind: 'resize', slot: { day: 0, index: 1 }, minutes: 65 }),
      gesture({ kind: 'resize', slot: { day: 0, index: 1 }, minutes: 55 }),
      gesture({ kind: 'delete', slot: { day: 0, index: 1 } }),
      // Past the end of a day: the start of the next; past the start: the end of the previous.
      gesture({ kind: 'move', slot: { day: 0, index: 4 }, to: { day: 1, index: 0 } }),
      gesture({ kind: 'move', slot: { day: 1, index: 0 }, to: { day: 0, index: 5 } }),
    ]);
    await page.locator(slot(0, 1)).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(`${slot(0, 1)} input.slot-rename`).inputValue(), "Plénière d'ouverture");
  });

  test('Alt+↓ twice quickly: the second waits for the first one’s answer and moves the slot again on the new document; after a refusal it is dropped', async () => {
    await page.locator(slot(0, 0)).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    const first = { kind: 'move', slot: { day: 0, index: 0 }, to: { day: 0, index: 2 } } as const;
    assert.deepEqual(await posted(page), [gesture(first)]);
    // The extension applies the first, redraws the preview from the new document, then answers.
    const moved = afterGesture(EDIT_PROGRAMME, first);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: EDIT_URI, version: 8, html: previewHtml(moved) })}, '*')`);
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureDone', uri: EDIT_URI, announce: 'Accueil déplacé à 10h00', focus: { day: 0, index: 1 } })}, '*')`);
    await until(page, 'window.__posted.length === 2');
    // Made on version 8, on Accueil at its new place: one more place down.
    assert.deepEqual((await posted(page))[1], { type: 'gesture', uri: EDIT_URI, version: 8, gesture: { kind: 'move', slot: { day: 0, index: 1 }, to: { day: 0, index: 3 } } });
    assert.match(afterGesture(moved, { kind: 'move', slot: { day: 0, index: 1 }, to: { day: 0, index: 3 } }), /title: Plénière d'ouverture[\s\S]*title: Atelier cartographique[\s\S]*- time: 11h30-12h00\n {8}title: Accueil/);

    // A key pressed while a gesture waits is dropped when that gesture is refused.
    await page.evaluate('window.__posted.length = 0');
    await page.keyboard.press('Alt+ArrowDown');
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureRefused', uri: EDIT_URI, message: 'Refusé.' })}, '*')`);
    await page.locator('.gesture-refused[role="alert"]').filter({ hasText: 'Refusé.' }).waitFor();
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureDone', uri: EDIT_URI, announce: '' })}, '*')`);
    await page.waitForTimeout(300);
    assert.equal((await gestures(page)).length, 0);
  });

  test('the answer: what was done is announced, the focus goes to the slot; a refusal is shown', async () => {
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureDone', uri: EDIT_URI, announce: 'Accueil déplacé à 10h00', focus: { day: 0, index: 1 } })}, '*')`);
    await until(page, 'document.querySelector("[role=status]").textContent === "Accueil déplacé à 10h00"');
    assert.equal(await page.evaluate('document.activeElement.getAttribute("aria-label")'), "09h30 – 10h30 Plénière d'ouverture");
    // The redraw that follows keeps the focus on that slot.
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: EDIT_URI, version: 8, html: previewHtml(EDIT_PROGRAMME.replace('Accueil', 'Accueil café')) })}, '*')`);
    await until(page, 'document.querySelector(".slot").textContent.includes("Accueil café")');
    assert.equal(await page.evaluate('document.activeElement.dataset.index'), '1');
    // The person goes to the editor (the preview loses the focus): a later redraw leaves the focus alone.
    await page.evaluate('document.activeElement.blur(); window.dispatchEvent(new Event("blur"))');
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'update', uri: EDIT_URI, version: 9, html: previewHtml(EDIT_PROGRAMME.replace('Accueil', 'Accueil du matin')) })}, '*')`);
    await until(page, 'document.querySelector(".slot").textContent.includes("Accueil du matin")');
    assert.equal(await page.evaluate('document.activeElement === document.body'), true);
    const message = 'Le déplacement chevaucherait « Déjeuner », qui est épinglé.';
    await page.evaluate(`window.postMessage(${JSON.stringify({ type: 'gestureRefused', uri: EDIT_URI, message })}, '*')`);
    await page.locator('.gesture-refused[role="alert"]').filter({ hasText: message }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'refused.png') });
  });

  test('axe-core finds no WCAG 2.1 A/AA violation with the controls, a menu open and a title being renamed', async () => {
    await page.locator(`${slot(0, 2)} .slot-menu`).click();
    assert.deepEqual(await wcagViolations(page), []);
    await page.keyboard.press('Escape');
    await page.locator(`${slot(0, 1)} .title strong`).dblclick();
    assert.deepEqual(await wcagViolations(page), []);
  });
});
