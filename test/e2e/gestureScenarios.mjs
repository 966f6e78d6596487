// Issue 19 in a real VS Code: the programme's preview edits the document. Real mouse and
// keyboard events on the preview webview (through its frames): drag a slot, resize one by its
// lower edge, rename one by a double-click, insert one with the "+", and undo with Ctrl+Z —
// the document's text checked after each, a screenshot of the preview mid-drag. (A phase
// dragged on a mission's Gantt: ganttScenarios.mjs.)
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'planification.programme.yaml';
const PROGRAMME = `title: Journée de planification
date: 2026-03-12
agenda:
  - time: 09h00-09h30
    title: Accueil
    type: welcome
  - time: 09h30-10h30
    title: Plénière
    type: plenary
  # L'atelier suit la plénière
  - time: 10h30-12h00
    title: Atelier
    type: workshop
`;

// A slot in parallel tracks, for the group dragged from one track to another.
const TRACKS = `title: Ateliers en parallèle
date: 2026-03-12
groups:
  - id: g1
    name: Groupe 1
  - id: g2
    name: Groupe 2
  - id: g3
    name: Groupe 3
agenda:
  - time: 09h00-09h30
    title: Accueil
    type: welcome
  - time: 09h30-11h00
    title: Ateliers
    type: workshop
    tracks:
      - title: Salle A
        groups: [g1, g2]
      - title: Salle B # au premier étage
        groups:
          - g3
`;

const slot = (index) => `.slot[data-day="0"][data-index="${index}"]`;

export function gestureScenarios({ openFile, command, eventually, editorText }) {
  const plain = async (page) => (await editorText(page)).replace(/\u00a0/g, ' ');
  /** A fresh copy of the programme, open with its preview beside it; the preview's frame. */
  const open = async (page, p, name, programme = PROGRAMME, shown = slot(2)) => {
    writeFileSync(join(p.workspace, name), programme);
    // One editor and its preview: the text read is this file's, not an earlier scenario's.
    await command(page, 'View: Close All Editors');
    await openFile(page, name);
    await command(page, 'Déroulé: Open preview to the side');
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await frame.locator(shown).waitFor({ timeout: 30_000 });
    return frame;
  };
  /** The editor's text once `test` accepts it. */
  const text = (page, what, test) => eventually(what, async () => {
    const t = await plain(page);
    return test(t) ? t : '';
  });
  const undo = async (page) => {
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+Z');
  };
  return {
    name: 'Planning the day in the preview (issue 19)',
    // Inlay hints (durations) would stand between the lines the scenarios read.
    settings: { 'deroule.language': 'fr', 'editor.inlayHints.enabled': 'off' },
    tests: [
      [
        'drag a slot with the mouse in the preview: it moves in the document, the times follow; Ctrl+Z undoes it',
        async (page, p) => {
          const frame = await open(page, p, FILE);
          const from = await frame.locator(slot(0)).boundingBox();
          const atelier = await frame.locator(slot(2)).boundingBox();
          await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
          await page.mouse.down();
          await page.mouse.move(from.x + from.width / 2, atelier.y + 3, { steps: 15 });
          await eventually('live times', async () => (await frame.locator('.slot[data-live]').count()) === 2 ? 'yes' : '');
          await p.snap('preview-mid-drag');
          await page.mouse.up();
          const moved = await text(page, 'the slot moved', (t) => t.indexOf('title: Plénière') < t.indexOf('title: Accueil'));
          assert.match(moved, /- time: 09h00-10h00\n {4}title: Plénière\n {4}type: plenary\n {2}- time: 10h00-10h30\n {4}title: Accueil/);
          assert.match(moved, /# L'atelier suit la plénière\n {2}- time: 10h30-12h00\n {4}title: Atelier/);
          await undo(page);
          await text(page, 'undone in one step', (t) => t.trim() === PROGRAMME.trim());
        },
      ],
      [
        'resize a slot by its lower edge: its end and the following slots move by 5-minute steps',
        async (page, p) => {
          const frame = await open(page, p, 'redimensionner.programme.yaml');
          const handle = await frame.locator(`${slot(0)} .slot-resize`).boundingBox();
          const [x, y] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
          await page.mouse.move(x, y);
          await page.mouse.down();
          // 12 px: 10 minutes at 1.2 px a minute.
          await page.mouse.move(x, y + 12, { steps: 6 });
          await p.snap('preview-mid-resize');
          await page.mouse.up();
          const t = await text(page, 'resized', (s) => s.includes('09h00-09h40'));
          assert.match(t, /- time: 09h00-09h40\n {4}title: Accueil[\s\S]*- time: 09h40-10h40\n {4}title: Plénière[\s\S]*# L'atelier suit la plénière\n {2}- time: 10h40-12h10\n {4}title: Atelier/);
          await undo(page);
          await text(page, 'undone', (s) => s.trim() === PROGRAMME.trim());
        },
      ],
      [
        'rename a slot by a double-click on its title, then insert one with the "+"; Ctrl+Z undoes each',
        async (page, p) => {
          const frame = await open(page, p, 'renommer.programme.yaml');
          await frame.locator(`${slot(2)} .title strong`).dblclick();
          const field = frame.locator(`${slot(2)} input.slot-rename`);
          await field.waitFor();
          // Typed into the field itself: the keys go to the webview's frame whatever has the page's focus.
          await field.fill('Atelier cartographique');
          await field.press('Enter');
          const renamed = await text(page, 'renamed', (s) => s.includes('title: Atelier cartographique'));
          assert.match(renamed, /# L'atelier suit la plénière\n {2}- time: 10h30-12h00\n {4}title: Atelier cartographique\n {4}type: workshop/);

          // The "+" of the preview redrawn from the renamed document (the one before would be gone).
          await frame.locator(`${slot(2)} .title strong`, { hasText: 'Atelier cartographique' }).waitFor({ timeout: 30_000 });
          await frame.locator('.slot-insert[data-day="0"][data-index="1"]').click();
          const item = frame.locator('.gesture-menu [data-action="insert"][data-type="break"]');
          await item.waitFor();
          await item.click();
          const inserted = await text(page, 'inserted', (s) => s.includes('type: break'));
          // The new break stands between the welcome and the plenary, and the times follow it.
          assert.ok(inserted.indexOf('title: Accueil') < inserted.indexOf('type: break') && inserted.indexOf('type: break') < inserted.indexOf('title: Plénière'), inserted);
          assert.match(inserted, /title: Atelier cartographique/);
          await p.snap('preview-after-insert');
          await undo(page);
          const undone = await text(page, 'the insert undone', (s) => !s.includes('type: break'));
          assert.equal(undone.trim(), PROGRAMME.trim().replace('title: Atelier\n', 'title: Atelier cartographique\n'));
          await page.keyboard.press('Control+Z');
          await text(page, 'the rename undone', (s) => s.trim() === PROGRAMME.trim());
        },
      ],
      [
        'the keyboard on the focused slot: Alt+↓ moves it, and the focus stays on it',
        async (page, p) => {
          const frame = await open(page, p, 'clavier.programme.yaml');
          await frame.locator(slot(0)).focus();
          await page.keyboard.press('Alt+ArrowDown');
          await text(page, 'moved by the keyboard', (s) => s.indexOf('title: Plénière') < s.indexOf('title: Accueil'));
          await eventually('focus on the moved slot', async () => ((await frame.locator(':focus').getAttribute('aria-label')) ?? '').endsWith('Accueil') ? 'yes' : '');
          assert.match(await frame.locator('[role="status"]').innerText(), /Accueil/);
        },
      ],
      [
        'drag a group to another track in the preview: it leaves one track\'s groups for the other\'s; Ctrl+Z undoes it',
        async (page, p) => {
          const g2 = `${slot(1)} .track[data-track="0"] .group-chip[data-group="g2"]`;
          const frame = await open(page, p, 'pistes.programme.yaml', TRACKS, g2);
          const from = await frame.locator(g2).boundingBox();
          const to = await frame.locator(`${slot(1)} .track[data-track="1"]`).boundingBox();
          await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
          await page.mouse.down();
          await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
          await eventually('the track under the pointer outlined', async () => (await frame.locator('.track.group-drop-target[data-track="1"]').count()) === 1 ? 'yes' : '');
          await p.snap('preview-group-mid-drag');
          await page.mouse.up();
          const moved = await text(page, 'the group moved', (t) => t.includes('groups: [g1]'));
          assert.equal(moved.trim(), TRACKS.trim().replace('groups: [g1, g2]', 'groups: [g1]').replace('          - g3', '          - g3\n          - g2'));
          await eventually('the group shown in its new track', async () => (await frame.locator(`${slot(1)} .track[data-track="1"] .group-chip[data-group="g2"]`).count()) === 1 ? 'yes' : '');
          await undo(page);
          await text(page, 'undone in one step', (t) => t.trim() === TRACKS.trim());
        },
      ],
    ],
  };
}
