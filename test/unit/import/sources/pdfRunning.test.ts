/**
 * Running headers and footers of a printed document (`pdfRunning.ts`), on small PDFs written
 * by hand: the line a word processor repeats in the margin of every page is left out of the
 * text, a page number too; what only the header says is kept once, at the end; and the same
 * words written in the body, or in the margin of one page only, are never dropped. (Helvetica
 * of these hand-written PDFs has no dashes: times are written « 09h00-10h00 ».)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importFile } from '../../../../server/src/core/import/index';
import { readSource } from '../../../../server/src/core/import/sources/index';
import { makePdf, type PlacedText } from './makePdf';
import { shown } from './refusal';

const TITLE = 'Atelier territorial de Poix-du-Nord';
/** A page with a header (the title, small, at y = 806) and a footer (at y = 31) around its body. */
function page(number: number, total: number, body: string[], footer = 'Programme établi avec Déroulé'): PlacedText[] {
  return [
    { text: TITLE, x: 51, y: 806, size: 8 },
    ...body.map((text, i) => ({ text, x: 51, y: 760 - i * 16 })),
    { text: footer, x: 51, y: 31, size: 8 },
    { text: `Page ${number} / ${total}`, x: 508, y: 31, size: 8 },
  ];
}

const linesOf = async (pages: PlacedText[][]) => shown((await readSource(makePdf(pages), 'programme.pdf')).blocks);

test('the header and footer printed on every page are not text; the body is read as written', async () => {
  const lines = await linesOf([
    page(1, 3, ['ATELIER', TITLE, 'Date : 20 octobre 2021']),
    page(2, 3, ['09h00-10h00 Accueil', '10h00-12h00 Visite']),
    page(3, 3, ['12h00-13h00 Déjeuner']),
  ]);
  assert.deepEqual(lines, ['ATELIER', TITLE, 'Date : 20 octobre 2021', '', '09h00-10h00 Accueil', '10h00-12h00 Visite', '', '12h00-13h00 Déjeuner', '', 'Programme établi avec Déroulé']);
});

test('imported, the kind line above the title is the format again, and no page number reaches the agenda', async () => {
  const pdf = makePdf([page(1, 2, ['ATELIER', TITLE, '09h00-10h00 Accueil des stagiaires']), page(2, 2, ['10h00-12h00 Visite du site'])]);
  const { yaml } = await importFile(pdf, 'programme.pdf');
  assert.match(yaml, new RegExp(`^title: ${TITLE}$`, 'm'));
  assert.match(yaml, /^format: workshop$/m);
  assert.doesNotMatch(yaml, /Page \d|Déroulé/);
});

test('a header the body does not say is kept once, at the end, without its page number', async () => {
  const withService = (n: number, body: string[]) => [{ text: 'DDTM 59, service aménagement', x: 51, y: 806, size: 8 }, ...page(n, 2, body).slice(1)];
  const lines = await linesOf([withService(1, [TITLE, '09h00-10h00 Accueil']), withService(2, ['10h00-12h00 Visite'])]);
  assert.deepEqual(lines, [TITLE, '09h00-10h00 Accueil', '', '10h00-12h00 Visite', '', 'DDTM 59, service aménagement', 'Programme établi avec Déroulé']);
});

test('a page number alone in the bottom margin goes, even on one page; a figure in the body stays', async () => {
  const lines = await linesOf([[{ text: TITLE, x: 51, y: 760 }, { text: '16', x: 51, y: 744 }, { text: '1', x: 297, y: 31, size: 8 }]]);
  assert.deepEqual(lines, [TITLE, '16']);
});

test('the same line in the margin of one page of three, or in the body of every page, is kept', async () => {
  const margin = await linesOf([
    [{ text: 'Brouillon', x: 51, y: 806 }, { text: TITLE, x: 51, y: 760 }],
    [{ text: '09h00-10h00 Accueil', x: 51, y: 760 }],
    [{ text: '10h00-12h00 Visite', x: 51, y: 760 }],
  ]);
  assert.deepEqual(margin, ['Brouillon', '', TITLE, '', '09h00-10h00 Accueil', '', '10h00-12h00 Visite']);
  const body = await linesOf([
    [{ text: 'Groupe 1', x: 51, y: 500 }],
    [{ text: 'Groupe 1', x: 51, y: 500 }],
  ]);
  assert.deepEqual(body, ['Groupe 1', '', 'Groupe 1']);
});
