// Issue 17's shells in a real VS Code: Import a programme… on a Word table, and the drop of
// a file onto a programme's editor (from the system, as a browser drop gives it).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * TODO(integrator): set to true once the PDF reader (issue 17, core/import/sources/) is merged;
 * until then a dropped PDF must fail cleanly (one error, the text untouched). Or run with
 * DEROULE_E2E_PDF=1.
 */
const TITLE = 'Atelier mobilités du Vimeu';
const SLOTS = [
  ['9h00', '9h30', 'Accueil café'],
  ['9h30', '11h00', 'Atelier en sous-groupes'],
  ['11h00', '11h15', 'Restitution'],
];

/** The Word document most programmes are: a title, a date, then a table Horaire | Séquence. */
async function wordTable(path) {
  const { Document, Packer, Paragraph, Table, TableRow, TableCell } = await import('docx');
  const row = (cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
  const table = new Table({ rows: [row(['Horaire', 'Séquence']), ...SLOTS.map(([a, b, t]) => row([`${a} - ${b}`, t]))] });
  const doc = new Document({ sections: [{ children: [new Paragraph(TITLE), new Paragraph('Date : 5 juin 2025'), table] }] });
  writeFileSync(path, await Packer.toBuffer(doc));
}

/** The same programme as a PDF printed by Chromium (a text layer, as most programmes sent by e-mail). */
async function chromiumPdf(page) {
  const printer = await page.context().browser().newPage();
  try {
    const rows = SLOTS.map(([a, b, t]) => `<p>${a} - ${b} : ${t}</p>`).join('');
    await printer.setContent(`<!doctype html><html lang="fr"><meta charset="utf-8"><h1>${TITLE}</h1><p>Date : 5 juin 2025</p>${rows}</html>`);
    return await printer.pdf({ format: 'A4' });
  } finally {
    await printer.close();
  }
}

/**
 * Drops a file onto the editor as the system does in a browser: dragenter, dragover and
 * drop carrying a DataTransfer that holds a File, with shift held (VS Code's drop into the
 * editor rather than opening the file).
 */
async function dropFile(page, name, type, bytes) {
  // Where the cursor stands (the scenario put it on the empty line after the agenda).
  const box = await page.locator('.editor-instance .cursors-layer .cursor').first().boundingBox();
  await page.evaluate(
    ({ name, type, data, x, y }) => {
      const binary = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([binary], name, { type }));
      const element = document.elementFromPoint(x, y);
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, shiftKey: true, dataTransfer: transfer }));
      }
    },
    { name, type, data: Buffer.from(bytes).toString('base64'), x: box.x + 2, y: box.y + box.height / 2 },
  );
}

export function importScenarios({ openFile, goTo, eventually, editorText, notifications, importThroughDialog }) {
  const plain = async (page) => (await editorText(page)).replace(/\u00a0/g, ' ');
  return {
    name: 'Import (issue 17)',
    // Inlay hints (durations) would stand between the lines the scenarios read.
    settings: { 'deroule.language': 'en', 'editor.dropIntoEditor.enabled': true, 'editor.inlayHints.enabled': 'off' },
    tests: [
      [
        'Import a programme… reads a Word table into slots',
        async (page, p) => {
          const source = join(p.workspace, 'programme-tableau.docx');
          await wordTable(source);
          // A programme open: the extension is active, its commands are in the palette.
          await openFile(page, 'a-corriger.programme.yaml');
          await page.waitForTimeout(2000);
          await importThroughDialog(page, source);
          const text = await eventually('imported programme', async () => {
            const t = await plain(page);
            return SLOTS.every(([, , title]) => t.includes(`title: ${title}`)) ? t : '';
          });
          assert.match(text, /time: 9h00-9h30/);
          assert.match(text, /date: 2025-06-05/);
          // The summary: its short form as a notification.
          const said = await eventually('the summary', async () => (await notifications(page)).find((n) => /^3 slots imported/.test(n)) ?? '', 20_000);
          assert.match(said, /^3 slots imported(, \d+ lines? not recognised)?; check: (no problem|\d+ errors?, \d+ warnings?)\.$/);
          await p.snap('import-word-table');
        },
      ],
      [
        'drop a Markdown file onto a programme: its slots are inserted',
        async (page, p) => {
          writeFileSync(join(p.workspace, 'court.programme.yaml'), 'title: Atelier court\ndate: 2025-06-05\nagenda:\n  - time: 8h30-9h00\n    title: Café\n\n');
          await openFile(page, 'court.programme.yaml');
          await goTo(page, 6, 1);
          const md = `# ${TITLE}\n\nDate : 5 juin 2025\n\n${SLOTS.map(([a, b, t]) => `- ${a} - ${b} : ${t}`).join('\n')}\n`;
          await dropFile(page, 'programme.md', 'text/markdown', Buffer.from(md, 'utf8'));
          const text = await eventually('dropped slots', async () => {
            const t = await plain(page);
            return t.includes('Restitution') ? t : '';
          });
          // Items of the agenda, after the slot already there.
          assert.match(text, /title: Café\n {2}- time: 9h00-9h30\n {4}title: Accueil café/);
          await p.snap('drop-markdown');
        },
      ],
      [
        'drop a PDF onto a programme: its slots are inserted',
        async (page, p) => {
          writeFileSync(join(p.workspace, 'pdf.programme.yaml'), 'title: Atelier PDF\ndate: 2025-06-05\nagenda:\n  - time: 8h30-9h00\n    title: Café\n\n');
          await openFile(page, 'pdf.programme.yaml');
          await goTo(page, 6, 1);
          await dropFile(page, 'programme.pdf', 'application/pdf', await chromiumPdf(page));
          const text = await eventually('dropped PDF slots', async () => {
            const t = await plain(page);
            return t.includes('Restitution') ? t : '';
          });
          assert.match(text, /title: Café\n {2}- time: 9h00-9h30\n {4}title: Accueil café/);
          await p.snap('drop-pdf');
        },
      ],
    ],
  };
}
