/**
 * A label | value grid printed to PDF (`pdfGrid.ts`), as Déroulé's HTML export prints its
 * training sheet: labels in bold at the left, values beside them, a list's items indented.
 * What the reader gives (the lines the field readers read), and the fields once imported.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { importFile } from '../../../../server/src/core/import/index';
import { readSource } from '../../../../server/src/core/import/sources/index';
import { makePdf, type PlacedText } from './makePdf';
import { shown } from './refusal';

/** Rows from y = 700 down: a label at x = 40 (bold), each value line 15.6 points under the last; a list's lines at x = 232, text at 220. */
function sheet(rows: [string, string[], 'list'?][]): PlacedText[] {
  const out: PlacedText[] = [];
  let y = 700;
  for (const [label, lines, list] of rows) {
    out.push({ text: label, x: 40, y, bold: true });
    lines.forEach((text, k) => out.push({ text, x: list ? 232 : 220, y: y - k * 15.6 }));
    y -= lines.length * 15.6 + 4;
  }
  return out;
}

const rows: [string, string[], 'list'?][] = [
  ['Objectifs', ["Qualifier la demande d'une collectivité", 'Situer le rôle de la DDT(M)'], 'list'],
  ['Nombre de places', ['16']],
  ['Durée', ['6 h sur 1 jour']],
  ['Tarif', ['Gratuit pour les agents des DDT(M) et des services du', 'ministère (frais de déplacement pris en charge)']],
  ["Modalités d'évaluation", ['Questionnaire de positionnement'], 'list'],
];

test('the grid’s rows are « Label : value » lines, a list’s items « - item », a value’s lines one paragraph', async () => {
  const lines = shown((await readSource(makePdf([[{ text: 'Fiche de formation', x: 40, y: 740, size: 13, bold: true }, ...sheet(rows)]]), 'fiche.pdf')).blocks);
  assert.deepEqual(lines, [
    'Fiche de formation',
    'Objectifs :',
    "  - Qualifier la demande d'une collectivité",
    '  - Situer le rôle de la DDT(M)',
    'Nombre de places : 16',
    'Durée : 6 h sur 1 jour',
    'Tarif : Gratuit pour les agents des DDT(M) et des services du ministère (frais de déplacement pris en charge)',
    "Modalités d'évaluation :",
    '  - Questionnaire de positionnement',
  ]);
});

test('imported, the grid fills the training sheet’s fields', async () => {
  const page = [{ text: 'Formation PLUi', x: 40, y: 760, size: 16 }, ...sheet(rows), { text: '09h00 - 12h00 Accueil et ouverture', x: 40, y: 500 }];
  const data = parse((await importFile(makePdf([page]), 'fiche.pdf')).yaml) as Record<string, unknown>;
  assert.equal(data.participants, 16);
  assert.equal(data.duration, '6h');
  assert.match(String(data.price), /^Gratuit pour les agents des DDT\(M\) et des services du ministère/);
  assert.deepEqual(data.objectives, ["Qualifier la demande d'une collectivité", 'Situer le rôle de la DDT(M)']);
  assert.match(JSON.stringify(data.evaluation), /Questionnaire de positionnement/);
});

test('two columns whose left cells are no field labels stay a table (a programme of times and sessions)', async () => {
  const page: PlacedText[] = [
    ['09h00', 'Accueil des participants'],
    ['09h30', 'Ouverture de la journée'],
    ['10h00', 'Visite du site'],
  ].flatMap(([time, title], k) => [
    { text: time!, x: 40, y: 700 - k * 20 },
    { text: title!, x: 220, y: 700 - k * 20 },
  ]);
  const blocks = (await readSource(makePdf([page]), 'programme.pdf')).blocks;
  assert.deepEqual(shown(blocks), [[{ cells: ['09h00', 'Accueil des participants'] }, { cells: ['09h30', 'Ouverture de la journée'] }, { cells: ['10h00', 'Visite du site'] }]]);
});

test('one label | value line alone is a field; a line of two labels (a header row) is not', async () => {
  const page: PlacedText[] = [
    { text: 'Atelier PLUi', x: 40, y: 760, size: 16 },
    { text: 'Organisateur', x: 40, y: 700 },
    { text: 'CVRH de Arras', x: 120, y: 700 },
    { text: 'Date', x: 40, y: 600 },
    { text: 'Lieu', x: 120, y: 600 },
  ];
  const lines = shown((await readSource(makePdf([page]), 'programme.pdf')).blocks);
  assert.deepEqual(lines, ['Atelier PLUi', '', 'Organisateur : CVRH de Arras', '', 'Date\tLieu']);
});
