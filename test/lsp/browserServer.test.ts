/**
 * The browser's language server (issue 20) in a real Web Worker of Chromium, started from a
 * Blob as in code-server: on the same folder it gives the same diagnostics as the Node server
 * (a project's `.deroule.yaml`, a mission's linked programme and its refused link, read from
 * the copies the extension sends), and it exports Word and iCalendar and imports Word,
 * LibreOffice and PDF with the bundles it asks the extension for, only when used.
 *
 * Skips, saying why, when Chromium is not installed; fails instead when `CI` is set.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { DAY, MISSION, projectFiles } from '../projectFixture';
import { sampleDocx, sampleOdt, samplePdf, SAMPLE_SLOTS, SAMPLE_TITLE } from '../importSamples';
import { shippedDocsUri } from '../../server/src/node/shippedDocs';
import { CHROMIUM, startBrowserServer, type BrowserServer } from './browserWorker';
import { startServer, type Harness } from './harness';

const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`${CHROMIUM} is missing, and CI must run the browser checks: apt-get install chromium`);
const skip = missing ? `${CHROMIUM} is not installed (apt-get install chromium, or set CHROMIUM): the browser's server is not checked` : false;

type Reply = { data: string; error?: string };
type ImportReply = { yaml: string; slots: number; error?: string };
const DAY_FILE = 'proj/journee.programme.yaml';
const MISSION_FILE = 'proj/missions/nct.mission.yaml';

describe("the browser's language server in a web worker", { skip, timeout: 240_000 }, () => {
  let browser: Browser;
  let node: Harness;
  let web: BrowserServer;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    node = await startServer({ files: projectFiles() });
    const folder = node.uri('').replace(/\/$/, '');
    web = await startBrowserServer(browser, { folder, docsUri: shippedDocsUri() });
    // What the extension sends once the server runs (client/web/workspaceSync.ts).
    const files = Object.entries(projectFiles()).map(([name, text]) => ({ uri: node.uri(name), text }));
    await web.notify('deroule/workspaceFiles', { folders: [folder], files });
  });
  after(async () => {
    await node?.stop();
    await browser?.close();
  });

  test('gives the same diagnostics as the Node server on the same folder', async () => {
    const since = await web.arrived();
    const openBoth = async (name: string, text: string) => {
      const uri = node.uri(name);
      // Waited for before opening: the Node server may publish before the worker is told.
      const published = node.diagnostics(uri);
      node.open(name, text);
      await web.notify('textDocument/didOpen', { textDocument: { uri, languageId: name.endsWith('mission.yaml') ? 'deroule-mission' : 'deroule-programme', version: 1, text } });
      return { uri, published };
    };
    const { uri: day, published: dayPublished } = await openBoth(DAY_FILE, DAY);
    const { uri: mission, published: missionPublished } = await openBoth(MISSION_FILE, MISSION);
    const [nodeDay, nodeMission] = await Promise.all([dayPublished, missionPublished]);
    const [webDay, webMission] = [await web.diagnostics(day, since), await web.diagnostics(mission, since)];
    // The project's `.deroule.yaml` applies (no-break raised to error) and the link out of the project is refused.
    assert.ok(nodeDay.some((d) => d.code === 'no-break' && d.severity === 1), JSON.stringify(nodeDay));
    assert.ok(nodeMission.length > 0);
    assert.deepEqual(webDay, nodeDay);
    assert.deepEqual(webMission, nodeMission);
    // Nothing heavy was loaded to check.
    assert.deepEqual(await web.modulesAsked(), []);
  });

  test('exports Word and iCalendar, loading each bundle when first used', async () => {
    const uri = node.uri(DAY_FILE);
    const docx = await web.request<Reply>('deroule/export', { uri, format: 'docx' });
    assert.equal(docx.error, undefined, await web.logs());
    assert.equal(Buffer.from(docx.data, 'base64').subarray(0, 2).toString('latin1'), 'PK');
    const calendar = await web.request<Reply>('deroule/export', { uri, format: 'ics' });
    assert.equal(calendar.error, undefined, await web.logs());
    const ics = Buffer.from(calendar.data, 'base64').toString('utf8');
    assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris/);
    assert.match(ics, /DTSTART;TZID=Europe\/Paris:20221012T090000/);
    assert.deepEqual(await web.modulesAsked(), ['export-docx.js', 'export-ics.js']);
  });

  test('imports Word, LibreOffice and PDF programmes with the same slots', async () => {
    for (const [fileName, bytes, reader] of [
      ['programme.docx', await sampleDocx(), 'import-word.js'],
      ['programme.odt', await sampleOdt(), 'import-odt.js'],
      ['programme.pdf', samplePdf(), 'import-pdf.js'],
    ] as const) {
      const reply = await web.request<ImportReply>('deroule/import', { data: bytes.toString('base64'), fileName });
      assert.equal(reply.error, undefined, `${fileName}: ${await web.logs()}`);
      assert.equal(reply.slots, SAMPLE_SLOTS.length, `${fileName}: ${reply.yaml}`);
      assert.match(reply.yaml, new RegExp(`title: ${SAMPLE_TITLE}`), fileName);
      assert.ok((await web.modulesAsked()).includes(reader), fileName);
    }
    // A text saved as « ANSI » by Notepad (Windows-1252): its accents and curly quote read right.
    const ansi = Buffer.from(`${SAMPLE_TITLE}\r\n\r\n9h00 - 9h30 Accueil des \u00e9lus\r\n9h30 - 11h00 Atelier \u2019sobri\u00e9t\u00e9 fonci\u00e8re\u2019\r\n`.replace('\u2019', '\x92').replace('\u2019', '\x92'), 'latin1');
    const text = await web.request<ImportReply>('deroule/import', { data: ansi.toString('base64'), fileName: 'programme.txt' });
    assert.equal(text.slots, 2, text.yaml);
    assert.match(text.yaml, /Accueil des élus/);
    assert.match(text.yaml, /Atelier ’sobriété foncière’/);
    // The importer itself once, each reader once.
    assert.equal((await web.modulesAsked()).filter((m) => m === 'import.js').length, 1);
  });
});
