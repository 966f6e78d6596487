// `npm run test:e2e`: the packaged extension in a real VS Code — code-server 4.139.1 (the
// same extension host), driven with playwright-core in Debian's Chromium, as a user would:
// open example files, read the Problems panel, ask for completion and hover, look at the
// outline, apply a quick fix, open the Déroulé view, switch to French. Screenshots go to
// test-results/e2e/ (ignored by git). Prints "N passed, N failed".
// Two passes (issue 20): the desktop one, the extension in code-server's Node extension host;
// then the web one, every scenario again but those of webScenarios.mjs's NODE_ONLY, named
// « [web] … », with the extension forced into the web-worker extension host (`remote.extensionKind`), as in
// vscode.dev. `--desktop-only` / `--web-only`: one pass.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEFAULT_CACHE, cachePaths, ensureCodeServer } from './setup.mjs';
import { renderTests } from './render.mjs';
import { reset, scenarios } from './scenarios.mjs';
import { HOST_CHECK, NODE_ONLY } from './webScenarios.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(ROOT, 'test-results', 'e2e');
/** `--vsix FILE`: another packaged extension in place of Déroulé's (to check the harness itself, e.g. with a probe extension). */
const VSIX = process.argv.includes('--vsix') ? resolve(process.argv[process.argv.indexOf('--vsix') + 1]) : join(ROOT, 'dist', 'deroule.vsix');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function freePort() {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function waitForHttp(url, timeout = 60_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`code-server did not answer at ${url}`);
}

/** `--fresh`: install Node 24 and code-server into an empty temporary cache, as a new machine would. */
const FRESH = process.argv.includes('--fresh');
const PATHS = cachePaths(FRESH ? mkdtempSync(join(tmpdir(), 'deroule-e2e-cache-')) : DEFAULT_CACHE);
const NODE24 = PATHS.node24;
const CODE_SERVER_ENTRY = PATHS.codeServerEntry;
// The temporary cache goes with the run, whether it passed, failed or threw.
if (FRESH) process.on('exit', () => rmSync(PATHS.cache, { recursive: true, force: true }));

/** The id (`publisher.name`) of the one extension installed in `extensions`, as code-server recorded it. */
function installedExtension(extensions) {
  const installed = JSON.parse(readFileSync(join(extensions, 'extensions.json'), 'utf8'));
  if (installed.length !== 1) throw new Error(`expected one installed extension, found ${installed.length}`);
  return installed[0].identifier.id;
}

/**
 * A fresh code-server profile with the .vsix installed and the given user settings; `web`:
 * the extension forced into the web-worker extension host, as in vscode.dev.
 */
function profile(settings, prepare, web) {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-e2e-'));
  const data = join(dir, 'data');
  const extensions = join(dir, 'extensions');
  mkdirSync(join(data, 'User'), { recursive: true });
  execFileSync(NODE24, [CODE_SERVER_ENTRY, '--user-data-dir', data, '--extensions-dir', extensions, '--install-extension', VSIX], { stdio: 'inherit' });
  const extensionId = installedExtension(extensions);
  writeFileSync(
    join(data, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'editor.quickSuggestionsDelay': 0,
      'window.commandCenter': false,
      'outline.collapseItems': 'alwaysCollapse',
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      ...settings,
      // Without it, an extension with a Node entry runs in the Node host; with it, its browser entry runs in a web worker.
      ...(web ? { 'remote.extensionKind': { [extensionId]: ['web'] } } : {}),
    }),
  );
  const workspace = join(dir, 'workspace');
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  writeFileSync(
    join(workspace, 'a-corriger.programme.yaml'),
    'title: Atelier à corriger\ndate: 2021-10-20\nagenda:\n  - time: 09h00-10h00\n    title: Accueil des participants\n    typ: welcome\n',
  );
  prepare?.(workspace);
  return { dir, data, extensions, workspace, web, extensionId, extensionName: extensionId.split('.').slice(1).join('.') };
}

async function withCodeServer(settings, fn, prepare, web) {
  const p = profile(settings, prepare, web);
  const port = await freePort();
  const server = spawn(
    NODE24,
    [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', p.data, '--extensions-dir', p.extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', p.workspace],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(p.workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // Scenarios take their own screenshot at the moment worth showing (a widget open).
    p.snap = (name) => page.screenshot({ path: join(SHOTS, `${web ? 'web-' : ''}${name}.png`) });
    await fn(page, p);
  } catch (e) {
    e.message += `\n--- code-server log ---\n${log.slice(-3000)}`;
    throw e;
  } finally {
    await browser.close();
    server.kill();
    rmSync(p.dir, { recursive: true, force: true });
  }
}

/** `--browser-only`: the export and preview pages in Chromium, without code-server (needs `node esbuild.mjs` only). */
const BROWSER_ONLY = process.argv.includes('--browser-only');
/** `--only TEXT[|TEXT…]`: the code-server scenarios whose name contains one of the texts, and no browser-only test (while working on one). */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] ?? '' : undefined;
const chosen = (name) => ONLY === undefined || ONLY.split('|').some((part) => name.includes(part));
const WEB_ONLY = process.argv.includes('--web-only');
const DESKTOP_ONLY = process.argv.includes('--desktop-only');
/** The passes over the code-server scenarios: the desktop one (Node extension host), then the web one. */
const PASSES = [
  { web: false, prefix: '', label: 'desktop pass (Node extension host)' },
  { web: true, prefix: '[web] ', label: 'web pass (web-worker extension host)' },
].filter((pass) => (pass.web ? !DESKTOP_ONLY : !WEB_ONLY));

/** The groups of a pass, each with only its tests of that pass, named as printed. */
function passGroups(pass) {
  const groups = scenarios.map((group) => ({
    ...group,
    tests: group.tests
      .filter(([name]) => !pass.web || !NODE_ONLY.has(name))
      .map(([name, test]) => [`${pass.prefix}${name}`, test]),
  }));
  const chosenGroups = groups.map((g) => ({ ...g, tests: g.tests.filter(([name]) => chosen(name)) })).filter((g) => g.tests.length);
  // The web pass starts with its own group, whose first test checks the extension host.
  return pass.web ? [...chosenGroups.filter((g) => g.web), ...chosenGroups.filter((g) => !g.web)] : chosenGroups;
}

/** A name in NODE_ONLY that no scenario has (renamed?) would silently enter the web pass. */
function checkWebScenarioNames() {
  const names = new Set(scenarios.flatMap((g) => g.tests.map(([name]) => name)));
  const missing = [...NODE_ONLY.keys()].filter((name) => !names.has(name));
  if (missing.length) throw new Error(`webScenarios.mjs names scenarios that do not exist: ${missing.join('; ')}`);
}

async function main() {
  checkWebScenarioNames();
  if (!BROWSER_ONLY && !existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  if (!BROWSER_ONLY) ensureCodeServer(PATHS);
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  let passed = 0;
  let failed = 0;
  // The exports in a plain browser first: no code-server needed.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const [name, test] of ONLY === undefined ? await renderTests(ROOT, SHOTS) : []) {
      try {
        await test(browser);
        console.log(`✔ ${name}`);
        passed++;
      } catch (e) {
        console.log(`✖ ${name}\n  ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n  ')}`);
        failed++;
      }
    }
  } finally {
    await browser.close();
  }
  for (const pass of BROWSER_ONLY ? [] : PASSES) {
    const started = Date.now();
    const before = { passed, failed };
    // Set when the web pass's host check fails: the other web groups would only time out.
    let wrongHost = false;
    for (const group of passGroups(pass)) {
      if (wrongHost) {
        for (const [name] of group.tests) console.log(`✖ ${name}\n  not run: the extension does not run in the web-worker extension host`);
        failed += group.tests.length;
        continue;
      }
      await withCodeServer(group.settings, async (page, p) => {
        for (const [index, [name, scenario]] of group.tests.entries()) {
          const shot = join(SHOTS, `${name.replace(/[^\w]+/g, '-').toLowerCase()}.png`);
          try {
            await reset(page);
            await scenario(page, p);
            console.log(`✔ ${name}`);
            passed++;
          } catch (e) {
            console.log(`✖ ${name}\n  ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n  ')}`);
            failed++;
            if (pass.web && group.web && index === 0 && name.includes(HOST_CHECK)) wrongHost = true;
          }
          await page.screenshot({ path: shot }).catch(() => undefined);
        }
      }, group.prepare, pass.web).catch((e) => {
        console.log(`✖ ${pass.prefix}${group.name}: could not run (${String(e?.message ?? e).split('\n').slice(0, 20).join('\n  ')})`);
        failed += group.tests.length;
      });
    }
    console.log(`${pass.label}: ${passed - before.passed} passed, ${failed - before.failed} failed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
