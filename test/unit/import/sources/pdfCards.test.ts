/**
 * Slot cards of Déroulé's HTML export printed to PDF (issue 17): a time column (start, end,
 * duration stacked) beside a content column comes back as the lines the HTML export reads
 * as — « 09h00 – 09h30 (30 min) », the title with its wrapped line joined and its badge as
 * « (type : …) », steps as list items, track boxes one after the other — never as a table;
 * a real table whose time cells stack the same way stays a table. And a Word export's table
 * printed by LibreOffice keeps each slot in one row though its cells space their paragraphs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { importFile } from '../../../../server/src/core/import/index';
import { cellText, type Block, type TableBlock } from '../../../../server/src/core/import/sourceDocument';
import { readSource } from '../../../../server/src/core/import/sources/index';
import { makePdf, type PlacedText } from './makePdf';

const CORPUS = resolve(__dirname, '../../../../../test/fixtures/import-v2');
const lines = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : ['<table>']));
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');

/** A card as the export prints it: times stacked at x 50, content from x 114 (badge smaller). */
function card(top: number, times: [string, string, string], content: PlacedText[]): PlacedText[] {
  return [
    { x: 50, y: top + 1.5, text: times[0], size: 10 },
    { x: 50, y: top - 12.7, text: times[1], size: 10 },
    { x: 50, y: top - 26.2, text: times[2], size: 8.6 },
    ...content,
  ];
}

const LONG_TITLE = 'La revitalisation des centres-bourgs : cadre d action et offre d accompagnement de la';

const cardsPage: PlacedText[] = [
  { x: 40, y: 780, text: '14 mars 2024', size: 12.6 },
  ...card(740, ['09h00', '09h30', '30 min'], [
    { x: 114, y: 740, text: 'Accueil des participants', size: 11 },
    { x: 250, y: 740, text: 'accueil', size: 8.6 },
  ]),
  ...card(690, ['09h30', '10h30', '1 h'], [
    { x: 114, y: 690, text: LONG_TITLE, size: 11 },
    { x: 114, y: 674, text: 'commune', size: 11 },
    { x: 165, y: 674, text: 'exposé', size: 8.6 },
    { x: 114, y: 658, text: 'Julien Marchand (Cerema)', size: 11 },
    { x: 127, y: 642, text: 'Le cadre national', size: 11 },
    { x: 127, y: 626, text: 'Questions de la salle', size: 11 },
  ]),
  ...card(590, ['10h30', '12h00', '1 h 30'], [
    { x: 114, y: 590, text: 'Cas pratique en sous-groupes', size: 11 },
    { x: 300, y: 590, text: 'exercice', size: 8.6 },
    { x: 119, y: 570, text: 'Sous-groupe A', size: 10 },
    { x: 339, y: 570, text: 'Sous-groupe B', size: 10 },
    { x: 119, y: 555, text: 'Salle : Vauban', size: 10 },
    { x: 339, y: 555, text: 'Salle : Colbert', size: 10 },
  ]),
  { x: 40, y: 500, text: 'Bilan de la journée', size: 11 },
];

test('a slot card (times stacked beside the content) is read as a time line and its content, not as a table', async () => {
  const doc = await readSource(makePdf([cardsPage]), 'export.pdf');
  assert.deepEqual(lines(doc.blocks), [
    '14 mars 2024',
    '',
    '09h00 – 09h30 (30 min)',
    'Accueil des participants (type : accueil)',
    '',
    '09h30 – 10h30 (1 h)',
    `${LONG_TITLE} commune (type : exposé)`,
    'Julien Marchand (Cerema)',
    '- Le cadre national',
    '- Questions de la salle',
    '',
    '10h30 – 12h00 (1 h 30)',
    'Cas pratique en sous-groupes (type : exercice)',
    'Sous-groupe A',
    'Salle : Vauban',
    'Sous-groupe B',
    'Salle : Colbert',
    '',
    'Bilan de la journée',
  ]);
});

test('the cards come back as the slots they print: start, end, title and type', async () => {
  const result = await importFile(makePdf([cardsPage]), 'export.pdf');
  assert.match(result.yaml, /- time: 09h00-09h30\n {4}title: Accueil des participants\n {4}type: welcome\n/);
  assert.match(result.yaml, /- time: 09h30-10h30\n {4}title: "La revitalisation des centres-bourgs : cadre d action et offre d accompagnement de la commune"\n {4}type: presentation\n/);
  assert.match(result.yaml, /- time: 10h30-12h00\n {4}title: Cas pratique en sous-groupes\n {4}type: exercise\n/);
  assert.doesNotMatch(result.yaml, /title: (?:30 min|1 h)/);
});

test('a table whose time cells stack start, end and duration stays a table: its columns start at one x in several rows', async () => {
  const page: PlacedText[] = [
    { x: 50, y: 760, text: 'Horaire', size: 10 },
    { x: 114, y: 760, text: 'Séquence', size: 10 },
    { x: 350, y: 760, text: 'Intervenants', size: 10 },
    ...card(730, ['09h00', '09h30', '30 min'], [
      { x: 114, y: 730, text: 'Accueil', size: 10 },
      { x: 350, y: 730, text: 'Claire Dufresne', size: 10 },
    ]),
    ...card(680, ['09h30', '10h30', '1 h'], [
      { x: 114, y: 680, text: 'Le cadre national', size: 10 },
      { x: 350, y: 680, text: 'Julien Marchand', size: 10 },
    ]),
  ];
  const [table] = tables((await readSource(makePdf([page]), 'tableau.pdf')).blocks);
  assert.ok(table, 'a table');
  assert.deepEqual(
    table.rows.map((r) => r.cells.map(cellText)),
    [
      ['Horaire', 'Séquence', 'Intervenants'],
      ['09h00 09h30 30 min', 'Accueil', 'Claire Dufresne'],
      ['09h30 10h30 1 h', 'Le cadre national', 'Julien Marchand'],
    ],
  );
});

test('corpus: Déroulé’s HTML export printed by Chromium has no table in its agenda, and every slot card reads as its time line', async () => {
  const file = '31-pdf-chromium-export-deroule.pdf';
  const text = lines((await readSource(readFileSync(join(CORPUS, file)), file)).blocks);
  const agenda = text.slice(text.indexOf('14 mars 2024'));
  assert.ok(!agenda.includes('<table>'), 'no table among the cards');
  assert.deepEqual(
    agenda.filter((l) => /^\d\dh\d\d – /.test(l)),
    ['09h00 – 09h15 (15 min)', '09h15 – 09h45 (30 min)', '09h45 – 10h45 (1 h)', '10h45 – 11h00 (15 min)', '11h00 – 12h30 (1 h 30)', '12h30 – 13h45 (1 h 15)', '13h45 – 15h15 (1 h 30)', '15h15 – 15h30 (15 min)', '15h30 – 16h10 (40 min)', '16h10 – 16h40 (30 min)', '16h40 – 17h00 (20 min)'],
  );
  assert.ok(agenda.includes("Cas pratique : qualifier la demande d'une commune et construire une proposition d'accompagnement (type : exercice)"));
});

test('corpus: the Word export printed by LibreOffice keeps each slot in one row though its cells space their paragraphs', async () => {
  const file = '32-pdf-libreoffice-export-word-deroule.pdf';
  const rows = tables((await readSource(readFileSync(join(CORPUS, file)), file)).blocks).flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.lines)));
  const visit = rows.find((r) => r[0]?.[0] === '10h00 – 12h00')!;
  assert.deepEqual(visit[2], ['L’expérience du terrain (visite du site)', 'visite de terrain']);
  assert.ok(!rows.some((r) => r[0]?.length === 0 && r[1]?.[0] === 'visite de terrain'), 'no row made of the type label');
  const toolbox = rows.find((r) => r[0]?.[0] === '14h15 – 14h45')!;
  assert.deepEqual(toolbox[2], ['Présentation de la « boîte à outils » dont la DDTM dispose en matière d’accompagnement', 'exposé']);
});
