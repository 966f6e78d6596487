// Issue 18 in a real VS Code: a project's .deroule.yaml, created on disk and then edited in
// the editor, changes what the Problems panel shows for an open programme.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** A meeting with a 30 min gap between two slots (time-gap, information by default). */
const MEETING = 'title: Réunion de lancement\ndate: 2025-03-12\nagenda:\n  - time: 09h00-10h00\n    title: Accueil\n  - time: 10h30-12h00\n    title: Atelier\n';
const GAP = /No slot covers the 30 min between 10:00 and 10:30/;

export function configScenarios({ openFile, goTo, eventually, problemsText }) {
  return {
    name: 'Project configuration (issue 18)',
    settings: { 'deroule.language': 'en' },
    prepare(workspace) {
      // The project is this folder alone: the examples' own .deroule.yaml is taken away so the
      // one the scenario creates is the only one (and quick open finds it by its name).
      rmSync(join(workspace, '.deroule.yaml'), { force: true });
      mkdirSync(join(workspace, 'reunion'), { recursive: true });
      writeFileSync(join(workspace, 'reunion', 'lancement.programme.yaml'), MEETING);
    },
    tests: [
      [
        'a .deroule.yaml created, then edited, changes the Problems panel',
        async (page, p) => {
          await openFile(page, 'lancement.programme.yaml');
          await eventually('time-gap in Problems', async () => (GAP.test(await problemsText(page)) ? 'seen' : ''));
          // Created on disk, as a colleague's commit pulled in would: the file watcher tells the server.
          writeFileSync(join(p.workspace, 'reunion', '.deroule.yaml'), 'rules:\n  time-gap: off\n');
          await eventually('time-gap gone', async () => {
            const t = await problemsText(page);
            return GAP.test(t) ? '' : t || 'empty';
          });
          await p.snap('config-time-gap-off');
          // Edited in the editor, unsaved: `off` → `warnin` (a typo), then `warning`.
          await openFile(page, '.deroule.yaml');
          await goTo(page, 2, 13);
          await page.keyboard.press('Shift+End');
          await page.keyboard.type('warnin');
          const typo = await eventually('the typo on .deroule.yaml, time-gap back to its default', async () => {
            const t = await problemsText(page);
            return /“warnin” is not a severity for “time-gap”; did you mean “warning”\?/.test(t) && GAP.test(t) ? t : '';
          });
          assert.match(typo, /schema/);
          // Reading the Problems panel took the focus: back to the editor, after `warnin`.
          await page.locator('.editor-instance .view-lines').first().click();
          await goTo(page, 2, 19);
          await page.keyboard.type('g');
          const fixed = await eventually('time-gap as a warning, the config clean', async () => {
            const t = await problemsText(page);
            return GAP.test(t) && !/is not a severity/.test(t) ? t : '';
          });
          await p.snap('config-time-gap-warning');
          assert.match(fixed, /time-gap/);
        },
      ],
    ],
  };
}
