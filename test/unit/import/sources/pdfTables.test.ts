/**
 * Tables in a PDF's text layer (issue 17): programmes printed from Word, LibreOffice or a
 * browser come back as table blocks — rows and cells, a cell's wrapped lines rejoined, a row
 * over the whole table, a time over two rows — the way the Word document gives them; two
 * columns of text are not a table, and lines around a table stay lines in reading order.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { cellText, type Block, type TableBlock } from '../../../../server/src/core/import/sourceDocument';
import { readSource } from '../../../../server/src/core/import/sources/index';
import { MAX_TABLE_ITEMS, pageBlocks } from '../../../../server/src/core/import/sources/pdfPage';
import { makePdf, type PlacedText } from './makePdf';
import { shown } from './refusal';

const CORPUS = resolve(__dirname, '../../../../../test/fixtures/import-v2');

/** A row of a page: texts at column x positions, on one baseline. */
const row = (y: number, cells: [number, string][], size = 10): PlacedText[] => cells.map(([x, text]) => ({ x, y, text, size }));
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const lines = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : ['<table>']));

test('a table printed with padded cells: header, wrapped cells rejoined, two speakers kept apart, a row over the table, a time over two rows', async () => {
  const [A, B, C] = [72, 160, 380];
  const pdf = makePdf([
    [
      { text: 'Atelier ZAN du 12 mars 2026', x: 72, y: 770, size: 14 },
      { text: 'Programme', x: 72, y: 735, size: 10 },
      ...row(712, [[A, 'Horaire'], [B, 'Séquence'], [C, 'Intervenants']]),
      ...row(694, [[A, '9h00 - 9h30'], [B, 'Accueil café']]),
      ...row(676, [[A, '9h30 -'], [B, 'Ouverture et présentation des attendus'], [C, 'Mme Claire DUBOIS, DDTM 59']]),
      ...row(664, [[A, '10h00'], [B, 'de la journée']]),
      ...row(646, [[A, '10h00 - 12h00'], [B, 'Table ronde'], [C, 'Mme Nadia BENALI']]),
      ...row(634, [[C, 'M. Hugo PETIT, maire']]),
      ...row(616, [[A, '12h00 - 14h00 Pause déjeuner']]),
      ...row(598, [[A, '14h00 - 15h30'], [B, 'Atelier 1 (salle Vauban)'], [C, 'Mme Claire DUBOIS']]),
      ...row(580, [[B, 'Atelier 2 (salle Colbert)'], [C, 'M. Julien MARTIN']]),
      ...row(562, [[A, '15h30 - 16h00'], [B, 'Conclusion'], [C, 'Mme Claire DUBOIS']]),
      { text: 'Inscription avant le 1er mars.', x: 72, y: 520, size: 10 },
    ],
  ]);
  const doc = await readSource(pdf, 'programme.pdf');
  assert.deepEqual(lines(doc.blocks), ['Atelier ZAN du 12 mars 2026', '', 'Programme', '<table>', 'Inscription avant le 1er mars.']);
  assert.deepEqual(shown(tables(doc.blocks)), [
    [
      { cells: ['Horaire', 'Séquence', 'Intervenants'] },
      { cells: ['9h00 - 9h30', 'Accueil café', ''] },
      { cells: ['9h30 - 10h00', 'Ouverture et présentation des attendus de la journée', 'Mme Claire DUBOIS, DDTM 59'] },
      { cells: ['10h00 - 12h00', 'Table ronde', 'Mme Nadia BENALI / M. Hugo PETIT, maire'] },
      { cells: [{ text: '12h00 - 14h00 Pause déjeuner', colSpan: 3, rowSpan: 1 }] },
      { cells: [{ text: '14h00 - 15h30', colSpan: 1, rowSpan: 2 }, 'Atelier 1 (salle Vauban)', 'Mme Claire DUBOIS'] },
      { cells: ['Atelier 2 (salle Colbert)', 'M. Julien MARTIN'] },
      { cells: ['15h30 - 16h00', 'Conclusion', 'Mme Claire DUBOIS'] },
    ],
  ]);
});

test('a table without padding (one line spacing): a line with nothing in the first column goes on the cell above', async () => {
  const pdf = makePdf([
    [
      ...row(700, [[72, '9h00'], [160, 'Accueil des participants']]),
      ...row(688, [[72, '9h30'], [160, 'Présentation du programme de la']]),
      ...row(676, [[160, 'journée et tour de table']]),
      ...row(664, [[72, '10h30'], [160, 'Pause']]),
      ...row(652, [[72, '10h45'], [160, 'Atelier']]),
    ],
  ]);
  assert.deepEqual(shown((await readSource(pdf, 'p.pdf')).blocks), [
    [{ cells: ['9h00', 'Accueil des participants'] }, { cells: ['9h30', 'Présentation du programme de la journée et tour de table'] }, { cells: ['10h30', 'Pause'] }, { cells: ['10h45', 'Atelier'] }],
  ]);
});

const LEFT = ['La commune a engagé en 2019 une', 'réflexion sur son centre-bourg, dont', 'les commerces ferment un à un depuis', 'la fermeture de la sucrerie ; la', 'municipalité souhaite y ramener des', 'habitants et des services publics.', 'les élus ont sollicité la DDTM pour', 'être accompagnés dans cette démarche'];
const RIGHT = ['Le diagnostic partagé a montré que', 'le foncier disponible se trouve pour', "l'essentiel en coeur d'îlot, derrière", 'les façades de la rue principale, et', 'que sa mobilisation suppose un outil', 'de maîtrise foncière adapté ; une', "convention avec l'EPF est à l'étude", 'pour le porter sur plusieurs années.'];

test('two columns of text on shared baselines are not a table: lines go on sentences started above', async () => {
  const page = LEFT.flatMap((text, i) => [{ text, x: 72, y: 700 - i * 13 }, { text: RIGHT[i]!, x: 310, y: 700 - i * 13 }]);
  const doc = await readSource(makePdf([page]), 'deux-colonnes.pdf');
  assert.equal(tables(doc.blocks).length, 0);
  assert.deepEqual(lines(doc.blocks), LEFT.map((l, i) => `${l}\t${RIGHT[i]}`));
});

test('two columns of text with their own spacing are not a table: their lines interleave', async () => {
  const page = [...LEFT.map((text, i) => ({ text, x: 72, y: 700 - i * 13 })), ...RIGHT.map((text, i) => ({ text, x: 310, y: 706 - i * 15 }))];
  const doc = await readSource(makePdf([page]), 'deux-colonnes.pdf');
  assert.equal(tables(doc.blocks).length, 0);
  // Nothing is lost: every line of both columns is read.
  const text = lines(doc.blocks).join('\n');
  for (const l of [...LEFT, ...RIGHT]) assert.ok(text.includes(l), l);
});

/** Each table as rows of its cells' texts, empty cells left out (a merge the PDF cannot show). */
const cellTexts = (blocks: Block[]) => tables(blocks).map((t) => t.rows.map((r) => r.cells.map((c) => cellText(c).replace(/\*\*/g, '')).filter(Boolean)));

for (const [word, pdfs] of [
  ['01', ['04', '05']],
  ['06', ['08']],
  ['09', ['11']],
  ['12', ['14']],
  ['23', ['25']],
] as const) {
  for (const printed of pdfs) {
    const source = readdirSync(CORPUS).find((f) => f.startsWith(`${word}-`) && f.endsWith('.docx'))!;
    const pdf = readdirSync(CORPUS).find((f) => f.startsWith(`${printed}-`) && f.endsWith('.pdf'))!;
    test(`corpus: ${pdf} gives the tables of ${source}, cell by cell`, async () => {
      const expected = cellTexts((await readSource(readFileSync(join(CORPUS, source)), source)).blocks);
      assert.ok(expected.length > 0);
      assert.deepEqual(cellTexts((await readSource(readFileSync(join(CORPUS, pdf)), pdf)).blocks), expected);
    });
  }
}

test('corpus: « Pause déjeuner » spans the table and the workshops’ time spans their two rows, from Chromium and from LibreOffice', async () => {
  for (const pdf of ['04-pdf-chromium-tableau-entete.pdf', '05-pdf-libreoffice-tableau-entete.pdf']) {
    const [table] = tables((await readSource(readFileSync(join(CORPUS, pdf)), pdf)).blocks);
    const pause = table!.rows.find((r) => r.cells.some((c) => cellText(c).includes('Pause déjeuner')))!;
    assert.deepEqual(pause.cells.map((c) => [cellText(c), c.colSpan]), [['12h30 – 14h00 Pause déjeuner', 3]], pdf);
    const workshops = table!.rows.findIndex((r) => r.cells.some((c) => cellText(c).startsWith('Atelier 1')));
    assert.deepEqual([cellText(table!.rows[workshops]!.cells[0]!), table!.rows[workshops]!.cells[0]!.rowSpan], ['14h00 – 15h30', 2], pdf);
    assert.match(cellText(table!.rows[workshops + 1]!.cells[0]!), /^Atelier 2/, pdf);
  }
});

test('corpus: seed 004 printed (bullets drawn apart from their text) has no table', async () => {
  for (const pdf of ['21-pdf-chromium-seed-004.pdf', '22-pdf-libreoffice-seed-004.pdf']) {
    assert.equal(tables((await readSource(readFileSync(join(CORPUS, pdf)), pdf)).blocks).length, 0, pdf);
  }
});

test('a page of 10,000 items in two columns is one table read in one pass; past the bound a page is read as lines', () => {
  const grid = (rows: number) =>
    Array.from({ length: rows }, (_, i) => [
      { text: `${i}h`, x: 72, y: -i * 12, width: 10, size: 10 },
      { text: `Séance ${i}`, x: 160, y: -i * 12, width: 40, size: 10 },
    ]).flat();
  const [table, ...rest] = pageBlocks(grid(5_000));
  assert.equal(rest.length, 0);
  assert.equal(table?.kind === 'table' && table.rows.length, 5_000);
  const over = pageBlocks(grid(MAX_TABLE_ITEMS / 2 + 1));
  assert.ok(over.every((b) => b.kind === 'line'));
  assert.equal(over.length, MAX_TABLE_ITEMS / 2 + 1);
});
