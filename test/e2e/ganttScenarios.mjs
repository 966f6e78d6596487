// Issue 19 in a real VS Code: a phase of a mission dragged on the preview's Gantt with the
// mouse moves in the YAML (start and end one month later, nothing else changed), the
// preview redraws it from the document, and Ctrl+Z gives the original text back.
// The whole path of issue 19: the Gantt's drag (client/preview/ganttDrag.ts), the
// extension's plumbing of the webview's `gesture` message to `deroule/gesture` and its
// edit, and the server's request.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MISSION = 'crte.mission.yaml';
/** The Lyons Andelle diagnostic (April – July 2021): a month later it still hands over to its next phase in September. */
const PHASE_ID = 'lyons-andelle-diagnostic';

/** `2021-04` one month later; a date keeps its day (the days of the example are all ≤ 28). */
function nextMonth(written) {
  const [year, month, day] = written.split('-').map(Number);
  const index = year * 12 + month; // the next month, 0-based
  const next = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  return day === undefined ? next : `${next}-${String(day).padStart(2, '0')}`;
}

/** The text with the `start` and `end` of the phase `id` each one month later. */
function movedByAMonth(text, id) {
  const lines = text.split('\n');
  const first = lines.indexOf(`  - id: ${id}`);
  assert.ok(first > 0, `${id} is a phase of ${MISSION}`);
  for (let i = first + 1; i < lines.length && !lines[i].startsWith('  - ') && /^\s{4}/.test(lines[i]); i++) {
    lines[i] = lines[i].replace(/^( {4}(?:start|end): )(\d{4}-\d{2}(?:-\d{2})?)/, (_, key, value) => key + nextMonth(value));
  }
  return lines.join('\n');
}

export function ganttScenarios({ openFile, command, eventually }) {
  return {
    name: 'Mission Gantt gestures (issue 19)',
    // The web workbench saves a file a second after each change (`files.autoSave` defaults to
    // `afterDelay` in a browser, unlike the desktop): the file on disk follows the document by
    // itself. Written out here so that the scenario says what it relies on. (An earlier version
    // saved through the palette as well; by then the file was already saved, and « File: Save »
    // typed in the palette opened « Compare Active File with Saved » — the
    // « crte.mission.yaml (in file) ↔ crte.mission.yaml » editor — instead of saving.)
    settings: { 'deroule.language': 'en', 'files.autoSave': 'afterDelay' },
    tests: [
      [
        'drag a phase on a mission’s Gantt: it moves a month in the YAML, then Ctrl+Z gives the text back',
        async (page, p) => {
          const file = join(p.workspace, 'crte', MISSION);
          const original = readFileSync(file, 'utf8');
          const expected = movedByAMonth(original, PHASE_ID);
          assert.notEqual(expected, original);
          await openFile(page, MISSION);
          await command(page, 'Déroulé: Open preview to the side');
          const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
          const line = original.split('\n').indexOf(`  - id: ${PHASE_ID}`);
          const bar = frame.locator(`.gantt.preview .g-bar[data-line="${line}"]`);
          await bar.waitFor({ timeout: 30_000 });
          assert.equal(await bar.getAttribute('data-start'), '2021-04');

          // A month of the axis in pixels: the track's width over the axis's days.
          const span = Number(await frame.locator('.gantt.preview').getAttribute('data-span'));
          const track = await bar.locator('xpath=..').boundingBox();
          const month = (track.width / span) * 30.44;
          await bar.scrollIntoViewIfNeeded();
          const box = await bar.boundingBox();
          const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
          await page.mouse.move(x, y);
          await page.mouse.down();
          await page.mouse.move(x + month * 0.6, y, { steps: 5 });
          await page.mouse.move(x + month * 1.1, y, { steps: 5 });
          // Mid-drag: the new months beside the bar.
          assert.match(await frame.locator('.g-drag-label').innerText(), /May 2021 – August 2021|mai 2021 – août 2021/);
          await p.snap('gantt-mid-drag');
          await page.mouse.up();

          // The preview redraws from the document: the bar now starts in May.
          await eventually('the bar redrawn in May', async () => ((await bar.getAttribute('data-start').catch(() => '')) === '2021-05' ? 'yes' : ''));
          await p.snap('gantt-after-drop');
          // The document's text, saved by the workbench: the phase a month later, nothing else changed.
          await eventually('the moved phase saved', async () => (readFileSync(file, 'utf8') === expected ? 'yes' : ''));

          // Undo in the editor reverts the gesture in one step.
          await page.locator(`.tab[aria-label*="${MISSION}"]`).first().click();
          await page.locator('.editor-instance .view-lines').first().click();
          await page.keyboard.press('Control+Z');
          await eventually('the original text back', async () => (readFileSync(file, 'utf8') === original ? 'yes' : ''));
          await eventually('the bar back in April', async () => ((await bar.getAttribute('data-start').catch(() => '')) === '2021-04' ? 'yes' : ''));
        },
      ],
    ],
  };
}
