// What a user does in VS Code, step by step, and what they must see.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gestureScenarios } from './gestureScenarios.mjs';
import { ganttScenarios } from './ganttScenarios.mjs';
import { importScenarios } from './importScenarios.mjs';
import { configScenarios } from './configScenarios.mjs';
import { webScenarios } from './webScenarios.mjs';

const POIX = 'atelier-territorial.programme.yaml';

/** Closes whatever menu, widget or quick input a previous step left open. */
export async function reset(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
}

async function command(page, label) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget', { state: 'visible' });
  await page.keyboard.type(label);
  await page.waitForTimeout(300);
  // On a window just opened, the list may not be filtered yet: Enter once the focused row is the command.
  const focused = page.locator('.quick-input-list .monaco-list-row.focused');
  for (let i = 0; i < 40; i++) {
    const name = (await focused.getAttribute('aria-label', { timeout: 250 }).catch(() => null)) ?? '';
    if (name.toLowerCase().includes(label.toLowerCase())) break;
    await page.waitForTimeout(250);
  }
  await page.keyboard.press('Enter');
}

async function openFile(page, name) {
  // A file a scenario has just written may not be in quick open's index yet ("No matching
  // results"): ask again until a row names it.
  const row = `.quick-input-list .monaco-list-row[aria-label*="${name}"]`;
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type(name);
    const found = await page.waitForSelector(row, { timeout: 5_000 }).then(() => true, () => false);
    if (found) break;
    await page.keyboard.press('Escape');
    if (attempt === 3) throw new Error(`quick open does not find ${name}`);
    await page.waitForTimeout(1_000);
  }
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab[aria-label*="${name}"]`, { timeout: 15_000 });
  await page.waitForTimeout(500);
}

/** Import a programme…, the file typed into the simple file dialog. */
async function importThroughDialog(page, source) {
  await command(page, 'Déroulé: Import a programme');
  // The simple file dialog is ready when it shows the workspace folder.
  await eventually('file dialog', async () => {
    const v = await page.locator('.quick-input-widget input').inputValue();
    return v.includes('workspace') ? v : '';
  });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(source);
  await page.keyboard.press('Enter');
}

async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget', { state: 'visible' });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** Waits until `get()` returns a truthy text, or fails with the last text seen. */
async function eventually(what, get, timeout = 60_000) {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    last = (await get().catch(() => '')) ?? '';
    if (last) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what}: not seen (last: ${JSON.stringify(String(last).slice(0, 300))})`);
}

async function problemsText(page) {
  await command(page, 'View: Focus Problems');
  return (await page.locator('.markers-panel').innerText().catch(() => '')) ?? '';
}

async function editorText(page) {
  return page.locator('.editor-instance .view-lines').first().innerText();
}

/** Pids of this code-server's Déroulé language servers (other agents may run their own). */
function serverPids(p) {
  try {
    return execFileSync('pgrep', ['-f', `${p.extensions}/.*dist/server\\.js`]).toString().trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Kills the running server (as a crash would) and waits for it to be gone. */
async function crashServer(p) {
  const pid = Number(await eventually('a running server', async () => String(serverPids(p)[0] ?? '')));
  process.kill(pid, 'SIGKILL');
  await eventually('the server gone', async () => (serverPids(p).includes(pid) ? '' : 'gone'));
  return pid;
}

/** The texts of every notification, from the notification centre (toasts hide themselves). */
async function notifications(page) {
  await command(page, 'Notifications: Show Notifications');
  await page.waitForTimeout(500);
  const texts = await page.locator('.notifications-center .notification-list-item-message').allInnerTexts();
  await command(page, 'Notifications: Hide Notifications');
  return texts;
}

const RESTARTED = 'The Déroulé server stopped unexpectedly and was restarted.';
const GAVE_UP = /The Déroulé server stopped 5 times in 3 minutes and will not be restarted/;

export const scenarios = [
  {
    name: 'English',
    settings: { 'deroule.language': 'en' },
    tests: [
      [
        'Problems panel: the no-break warning of the seed programme',
        async (page, p) => {
          await openFile(page, POIX);
          const text = await eventually('no-break in Problems', async () => {
            const t = await problemsText(page);
            return /3 h 45 of sessions without a break/.test(t) ? t : '';
          });
          assert.match(text, /no-break/);
          await p.snap('problems');
        },
      ],
      [
        'completion offers the slot types with their labels',
        async (page, p) => {
          await openFile(page, POIX);
          const line = 221; // `    type: report-back` of the restitution
          await goTo(page, line, 11);
          await page.keyboard.press('Control+Space');
          const list = await eventually('suggest widget', async () => {
            const t = await page.locator('.suggest-widget').innerText();
            return /group-work/.test(t) ? t : '';
          });
          assert.match(list, /site-visit/);
          await p.snap('completion');
          await page.keyboard.press('Escape');
        },
      ],
      [
        'hover on a slot type explains it',
        async (page, p) => {
          await openFile(page, POIX);
          await goTo(page, 221, 13);
          await command(page, 'Show or Focus Hover');
          const hover = await eventually('hover', async () => {
            const t = await page.locator('.monaco-hover').first().innerText();
            return /report-back/.test(t) ? t : '';
          });
          assert.match(hover, /16:00 – 16:45 \(45 min\)/);
          await p.snap('hover');
          await page.keyboard.press('Escape');
        },
      ],
      [
        'outline and breadcrumbs: the day, its slots by time, people',
        async (page) => {
          await openFile(page, POIX);
          await goTo(page, 103, 12);
          const breadcrumbs = await eventually('breadcrumbs', async () => {
            const t = await page.locator('.breadcrumbs-control').first().innerText();
            return /08:30–09:00 Accueil des participants/.test(t) ? t : '';
          });
          assert.match(breadcrumbs, /2021-10-20/);
          await command(page, 'Explorer: Focus on Outline View');
          const outline = await eventually('outline', async () => {
            const t = await page.locator('.pane').filter({ hasText: 'Outline' }).last().innerText();
            return /2021-10-20/.test(t) ? t : '';
          });
          assert.match(outline, /people/);
          assert.match(outline, /deliverables/);
        },
      ],
      [
        'a quick fix renames the mistyped key',
        async (page, p) => {
          await openFile(page, 'a-corriger.programme.yaml');
          await goTo(page, 6, 6);
          await eventually('the schema problem', async () => {
            const t = await problemsText(page);
            return /`typ` is not a slot key/.test(t) ? t : '';
          });
          await openFile(page, 'a-corriger.programme.yaml');
          await goTo(page, 6, 6);
          await page.keyboard.press('Control+.');
          const item = page.getByText('Replace `typ` with `type`').first();
          await item.waitFor({ state: 'visible', timeout: 15_000 });
          await p.snap('quick-fix');
          await item.click();
          const text = await eventually('fixed text', async () => {
            const t = await editorText(page);
            return /type:\s*welcome/.test(t.replace(/\u00a0/g, ' ')) ? t : '';
          });
          assert.doesNotMatch(text.replace(/\u00a0/g, ' '), /typ: welcome/);
        },
      ],
      [
        'the Déroulé view lists missions, phases and programmes',
        async (page, p) => {
          await command(page, 'Explorer: Focus on Déroulé View');
          const view = await eventually('Déroulé view', async () => {
            const t = await page.locator('.pane').filter({ hasText: 'Déroulé' }).last().innerText();
            // The first mission is expanded a moment after the tree is drawn.
            return /Accompagnement de territoires/.test(t) && /Pont Audemer/.test(t) ? t : '';
          });
          // The first mission (the CRTE of seed 001), expanded: its workstreams and their phases.
          assert.match(view, /Pont Audemer/);
          assert.match(view, /Diagnostic de territoire/);
          await p.snap('deroule-view');
        },
      ],
      [
        'the preview: the day as a timeline, live update, click to reveal',
        async (page, p) => {
          await openFile(page, 'a-corriger.programme.yaml');
          await command(page, 'Déroulé: Open preview to the side');
          const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
          await frame.locator('.slot').first().waitFor({ timeout: 30_000 });
          assert.match(await frame.locator('.programme').innerText(), /Atelier à corriger[\s\S]*Accueil des participants/);
          // Type in the editor: the preview follows.
          await page.locator('.editor-instance .view-lines').first().click();
          await goTo(page, 5, 36);
          await page.keyboard.type(' et café');
          await eventually('live update', async () => {
            const t = await frame.locator('.programme').innerText();
            return /Accueil des participants et café/.test(t) ? t : '';
          });
          await p.snap('preview');
          // Click the slot: the editor reveals its source line.
          await goTo(page, 1, 1);
          // A click that lands while the preview redraws after the edit reaches nothing: click again until the editor moves.
          await eventually('reveal', async () => {
            await frame.locator('.slot').first().click();
            const moved = await page
              .locator('.statusbar')
              .filter({ hasText: /Ln 4, Col 1/ })
              .waitFor({ timeout: 5_000 })
              .then(() => true, () => false);
            return moved ? await page.locator('.statusbar').innerText() : '';
          });
        },
      ],
      [
        'a mission by workstream: its Gantt in the preview, its workstreams in the Déroulé view',
        async (page, p) => {
          await openFile(page, 'crte.mission.yaml');
          await command(page, 'Déroulé: Open preview to the side');
          const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
          await frame.locator('.g-row').first().waitFor({ timeout: 30_000 });
          // One row per workstream (the six territories of the CRTE seed), each named.
          const rows = (await frame.locator('.g-row:not(.g-first) .g-label').allInnerTexts()).filter((t) => t.trim() !== '');
          assert.equal(rows.length, 6, rows.join(' | '));
          assert.match(rows.join(' | '), /Pont Audemer/);
          // A time axis a reader can use: years and months in words.
          const gantt = await frame.locator('.g-row').first().locator('xpath=..').innerText();
          assert.match(gantt, /2021/);
          assert.match(gantt, /2022/);
          assert.ok((await frame.locator('.g-bar').count()) >= 6, 'a bar per phase');
          await p.snap('mission-gantt');
          await command(page, 'Explorer: Focus on Déroulé View');
          const view = await eventually('the workstreams in the Déroulé view', async () => {
            const t = await page.locator('.pane').filter({ hasText: 'Déroulé' }).last().innerText();
            return /co-construction et suivi CRTE/.test(t) && /Pont Audemer/.test(t) ? t : '';
          });
          assert.match(view, /done|terminé/i);
          await p.snap('mission-view');
        },
      ],
      [
        'Export… a training day for the participants and for the team: team items only in the team file',
        async (page, p) => {
          await openFile(page, 'accompagner-les-projets.programme.yaml');
          const written = {};
          for (const [who, name] of [['For participants', 'formation-participants.md'], ['For the team', 'formation-equipe.md']]) {
            await command(page, 'Déroulé: Export');
            await eventually('the format picker', async () => ((await page.locator('.quick-input-widget').innerText()).includes('Markdown') ? 'yes' : ''));
            await page.keyboard.type('Markdown');
            await page.keyboard.press('Enter');
            await eventually('the audience picker', async () => ((await page.locator('.quick-input-widget').innerText()).includes(who) ? 'yes' : ''));
            await page.keyboard.type(who);
            await page.keyboard.press('Enter');
            await eventually('the save dialog', async () => {
              const v = await page.locator('.quick-input-widget input').inputValue();
              return v.endsWith('.md') ? v : '';
            });
            const target = join(p.workspace, 'formation', name);
            await page.keyboard.press('Control+A');
            await page.keyboard.type(target);
            // Enter while the dialog still resolves the typed path would take another one.
            await eventually('the path typed', async () => ((await page.locator('.quick-input-widget input').inputValue()) === target ? 'yes' : ''));
            await page.waitForTimeout(500);
            await page.keyboard.press('Enter');
            written[who] = await eventually(`${name} written`, async () => (existsSync(target) ? readFileSync(target, 'utf8') : ''));
          }
          const participants = written['For participants'];
          const team = written['For the team'];
          // The team's own slot, its notes and materials: in the team's file only.
          assert.match(team, /Débriefing de l'équipe pédagogique/);
          assert.doesNotMatch(participants, /Débriefing de l'équipe pédagogique/);
          assert.match(team, /Gommettes/);
          assert.doesNotMatch(participants, /Gommettes/);
          assert.match(participants, /Accompagner les collectivités dans leurs projets de revitalisation/);
          await p.snap('export-audiences');
        },
      ],
      [
        'Paste as programme slots turns copied text into slots',
        async (page, p) => {
          await openFile(page, 'a-corriger.programme.yaml');
          await goTo(page, 7, 1);
          await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
          await page.evaluate(() => navigator.clipboard.writeText('10h00/10h15 Pause café\n10h15/11h30 Atelier en sous-groupes\n  - Lecture du plan de zonage'));
          await command(page, 'Déroulé: Paste as programme slots');
          const text = await eventually('pasted slots', async () => {
            const t = (await editorText(page)).replace(/\u00a0/g, ' ');
            return /Atelier en sous-groupes/.test(t) ? t : '';
          });
          assert.match(text, /\n {2}- time: 10h00-10h15/);
          assert.match(text, /type: break/);
          // Lined up with the agenda: the programme stays valid and the preview shows three slots.
          const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
          await eventually('three slots in the preview', async () => ((await frame.locator('.slot').count()) === 3 ? 'yes' : ''));
          assert.doesNotMatch(await problemsText(page), /a-corriger/);
          await p.snap('paste-as-slots');
        },
      ],
      [
        'Import a programme… opens the result, checked',
        async (page, p) => {
          const source = join(p.workspace, 'programme-word.txt');
          writeFileSync(source, 'Atelier CRTE — Date : 5 juin 2025\n\n9h00 - 9h30 : Accueil café\n9h30 - 11h00 : Atelier en sous-groupes\n10h45 - 11h15 : Restitution\n');
          await importThroughDialog(page, source);
          await eventually('imported programme', async () => {
            const t = (await editorText(page)).replace(/\u00a0/g, ' ');
            return /Accueil café/.test(t) && /date: 2025-06-05/.test(t) ? t : '';
          });
          // The source overlaps (10h45 < 11h00): the import keeps it, the checker says so.
          await eventually('overlap reported', async () => {
            const t = await problemsText(page);
            return /15 min before the previous one/.test(t) ? t : '';
          });
          await p.snap('import');
        },
      ],
      [
        'the server crashes: restarted, said once, diagnostics and hover work again',
        async (page, p) => {
          await openFile(page, POIX);
          await eventually('no-break before the crash', async () => ((await problemsText(page)).includes('without a break') ? 'yes' : ''));
          const before = await crashServer(p);
          const after = await eventually('a new server', async () => String(serverPids(p).find((pid) => pid !== before) ?? ''));
          assert.notEqual(Number(after), before);
          // Diagnostics again, from the new server, after an edit.
          await openFile(page, 'a-corriger.programme.yaml');
          await goTo(page, 2, 1);
          await page.keyboard.type('typo: 1');
          await page.keyboard.press('Escape');
          await page.keyboard.press('Enter');
          await eventually('a new problem reported by the new server', async () => {
            const t = await problemsText(page);
            return /`typo`/.test(t) ? t : '';
          });
          await page.keyboard.press('Control+Z');
          await openFile(page, POIX);
          await goTo(page, 221, 13);
          await command(page, 'Show or Focus Hover');
          await eventually('hover after the restart', async () => {
            const t = await page.locator('.monaco-hover').first().innerText();
            return /16:00 – 16:45/.test(t) ? t : '';
          });
          await page.keyboard.press('Escape');
          const shown = await notifications(page);
          await p.snap('server-restarted');
          assert.equal(shown.filter((t) => t.includes(RESTARTED)).length, 1, JSON.stringify(shown));
          // Nothing else about it: not the library's own messages.
          assert.deepEqual(shown.filter((t) => /Déroulé|[Cc]onnection to server/.test(t) && !t.includes(RESTARTED)), []);
        },
      ],
      [
        'New programme offers the templates',
        async (page) => {
          await command(page, 'Déroulé: New programme');
          const picker = await eventually('template picker', async () => {
            const t = await page.locator('.quick-input-widget').innerText();
            return /Atelier|atelier/.test(t) ? t : '';
          });
          assert.match(picker, /ormation|raining/);
          await page.keyboard.press('Escape');
        },
      ],
    ],
  },
  {
    name: 'French',
    settings: { 'deroule.language': 'fr' },
    tests: [
      [
        'messages en français avec deroule.language: fr',
        async (page) => {
          await openFile(page, POIX);
          await eventually('French no-break', async () => {
            const t = await problemsText(page);
            return /3 h 45 de séances sans pause/.test(t) ? t : '';
          });
        },
      ],
      [
        'a server that keeps crashing: restarted 4 times, then stopped, each said once',
        async (page, p) => {
          await openFile(page, POIX);
          let last;
          for (let i = 0; i < 5; i++) {
            // Let each new server start before the next crash.
            await eventually(`server ${i + 1}`, async () => String(serverPids(p).find((pid) => pid !== last) ?? ''));
            await page.waitForTimeout(1500);
            last = await crashServer(p);
          }
          await eventually('the final message', async () => (await notifications(page)).find((t) => GAVE_UP.test(t)) ?? '');
          await page.waitForTimeout(3000);
          assert.deepEqual(serverPids(p), [], 'not restarted after the fifth crash');
          const shown = await notifications(page);
          await p.snap('server-gave-up');
          assert.equal(shown.filter((t) => t.includes(RESTARTED)).length, 1, JSON.stringify(shown));
          assert.equal(shown.filter((t) => GAVE_UP.test(t)).length, 1, JSON.stringify(shown));
        },
      ],
    ],
  },
  {
    name: 'A cloned repository that sets traps',
    settings: { 'deroule.language': 'en' },
    // A closed mission that links a FIFO (reading it would block forever) and a symbolic link
    // to /dev/zero (reading it would never end), in a folder named as French users name them.
    prepare(workspace) {
      const dir = join(workspace, "l'atelier (2024) & co");
      mkdirSync(dir, { recursive: true });
      execFileSync('mkfifo', [join(dir, 'tuyau.programme.yaml')]);
      symlinkSync('/dev/zero', join(dir, 'zero.programme.yaml'));
      writeFileSync(
        join(dir, 'piege.mission.yaml'),
        'title: Mission piège\nperiod: { start: 2024-01, end: 2024-12 }\nphases:\n  - id: p1\n    title: Phase 1\n    start: 2024-01\n    end: 2024-06\n    programmes: [tuyau.programme.yaml, zero.programme.yaml]\n',
      );
    },
    tests: [
      [
        'a closed mission linking a FIFO and /dev/zero: the other files still get their diagnostics',
        async (page, p) => {
          await openFile(page, POIX);
          await eventually('no-break in Problems', async () => {
            const t = await problemsText(page);
            return /3 h 45 of sessions without a break/.test(t) ? t : '';
          });
          await openFile(page, 'piege.mission.yaml');
          const t = await eventually('programme-missing on the FIFO and the device', async () => {
            const text = await problemsText(page);
            return (text.match(/programme-missing/g) ?? []).length >= 2 ? text : '';
          });
          assert.match(t, /tuyau\.programme\.yaml/);
          await p.snap('fifo-workspace');
        },
      ],
    ],
  },
  importScenarios({ openFile, goTo, eventually, editorText, notifications, importThroughDialog }),
  configScenarios({ openFile, goTo, eventually, problemsText }),
  gestureScenarios({ openFile, command, eventually, editorText }),
  ganttScenarios({ openFile, command, eventually }),
  webScenarios({ openFile, command, eventually }),
];
