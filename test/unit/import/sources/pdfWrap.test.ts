/**
 * Lines that print wrapped, joined back (`pdfWrap.ts`), on small PDFs written by hand
 * (Helvetica on an A4 page, text from x = 72, so the text's right edge is at 523): what
 * the reader gets, and what a title becomes once imported. Each case that must not join is
 * built so that every other signal says « join »: only the one under test keeps the lines apart.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importFile } from '../../../../server/src/core/import/index';
import { readSource } from '../../../../server/src/core/import/sources/index';
import { goesOn, joinWrapped } from '../../../../server/src/core/import/sources/pdfWrap';
import { makePdf, type PlacedText } from './makePdf';
import { shown } from './refusal';

/** Lines from y = 780 down, `step` points apart (11 pt text, 1.2 spacing by default). */
function column(lines: (string | Omit<PlacedText, 'x' | 'y'>)[], step = 13.2, x = 72): PlacedText[] {
  return lines.map((line, i) => ({ x, y: 780 - i * step, ...(typeof line === 'string' ? { text: line } : line) }));
}

const linesOf = async (page: PlacedText[]) => shown((await readSource(makePdf([page]), 'programme.pdf')).blocks);

test('a title printed on two lines is one title: a compound’s hyphen kept, a lower-case rest joined with a space', async () => {
  const page = [
    ...column(
      [
        { text: 'CEREMA - JOURNÉE TECHNIQUE « REVITALISER LES CENTRES-', size: 14 },
        { text: 'BOURGS »', size: 14 },
      ],
      16.1,
    ),
    { text: 'Mardi 7 avril 2026, Bapaume', x: 72, y: 740 },
    { text: '9h00 Accueil des participants', x: 72, y: 726.8 },
  ];
  assert.deepEqual(await linesOf(page), ['CEREMA - JOURNÉE TECHNIQUE « REVITALISER LES CENTRES-BOURGS »', 'Mardi 7 avril 2026, Bapaume', '9h00 Accueil des participants']);
  assert.match((await importFile(makePdf([page]), 'programme.pdf')).yaml, /^title: Journée technique « revitaliser les centres-bourgs »$/m);

  const lower = column([{ text: 'Séminaire du réseau des chefs de projet Petites villes de', size: 14 }, { text: 'demain, Occitanie', size: 14 }], 16.1);
  assert.deepEqual(await linesOf(lower), ['Séminaire du réseau des chefs de projet Petites villes de demain, Occitanie']);
});

test('a session’s line wrapped in a table cell is one line; a speaker under another stays apart', async () => {
  const row = (y: number, ...cells: [number, string][]) => cells.map(([x, text]) => ({ text, x, y }));
  const page = [
    ...row(780, [72, '9h00'], [140, 'Accueil des participants']),
    ...row(766, [72, '9h30'], [140, 'Le programme Petites villes de demain :'], [370, 'Mme Nadia BENALI, ANCT']),
    ...row(752.8, [140, 'bilan et perspectives'], [370, 'M. Hugo PETIT, maire']),
    ...row(738, [72, '10h30'], [140, 'Pause']),
    ...row(724, [72, '10h45'], [140, 'Table ronde'], [370, 'M. Hugo PETIT, maire de Bapaume']),
  ];
  const blocks = (await readSource(makePdf([page]), 'programme.pdf')).blocks;
  assert.equal(blocks.length, 1);
  const table = blocks[0]!;
  assert.ok(table.kind === 'table');
  assert.deepEqual(
    table.rows.map((r) => r.cells.map((c) => c.lines)),
    [
      [['9h00'], ['Accueil des participants'], []],
      [['9h30'], ['Le programme Petites villes de demain : bilan et perspectives'], ['Mme Nadia BENALI, ANCT', 'M. Hugo PETIT, maire']],
      [['10h30'], ['Pause'], []],
      [['10h45'], ['Table ronde'], ['M. Hugo PETIT, maire de Bapaume']],
    ],
  );
});

test('a list of speakers, one per line, stays one speaker a line: no line reaches the edge', async () => {
  // Each line ends on a name and the next starts with one (the shape of a name cut after its
  // first name), at the same x and spacing, in the same font: only their length tells.
  const speakers = ['Mme Claire DUBOIS, cheffe du service aménagement, DDTM', 'M. Paul MARTIN, chargé de mission, Cerema', 'Mme Nadia BENALI, ANCT'];
  assert.deepEqual(await linesOf(column(speakers)), speakers);
  // The same first line, long enough to reach the edge, goes on: the length is what kept them apart.
  const long = 'Mme Claire DUBOIS, cheffe du service aménagement et de la planification, DDTM';
  assert.deepEqual(await linesOf(column([long, 'Hauts-de-France'])), [`${long} Hauts-de-France`]);
});

test('a line starting with a clock is never the rest of the line above', async () => {
  const first = 'Accueil des participants, café, présentation du programme de la journée et des';
  assert.deepEqual(await linesOf(column([first, '10h30 Pause', 'intervenants'])), [first, '10h30 Pause', 'intervenants']);
  // Without the clock, the same words go on.
  assert.deepEqual(await linesOf(column([first, 'intervenants'])), [`${first} intervenants`]);
});

test('a heading in bold is never joined to the text above or below it', async () => {
  const text = 'Le réseau des chefs de projet se réunit pour faire le point sur les opérations engagées,';
  const page = column([text, { text: 'programme de la matinée', bold: true }, 'présentation des opérations']);
  assert.deepEqual(await linesOf(page), [text, 'programme de la matinée', 'présentation des opérations']);
  assert.deepEqual(await linesOf(column([text, 'programme de la matinée'])), [`${text} programme de la matinée`]);
});

test('a paragraph’s gap is not a line spacing: the lines stay apart', async () => {
  const text = 'Le réseau des chefs de projet se réunit pour faire le point sur les opérations engagées,';
  // Lines 13.2 apart on the page; 19 is a paragraph's gap (under the 1.8 sizes of a new paragraph).
  const page = [...column(['Ateliers du réseau', text]), { text: 'notamment les actions', x: 72, y: 780 - 13.2 - 19 }];
  assert.deepEqual(await linesOf(page), ['Ateliers du réseau', text, 'notamment les actions']);
  // One line spacing below, the same line goes on.
  assert.deepEqual(await linesOf(column(['Ateliers du réseau', text, 'notamment les actions'])), ['Ateliers du réseau', `${text} notamment les actions`]);
});

test('the words of two lines: what goes on, what does not', () => {
  assert.equal(goesOn('…des petites villes', 'demain'), true, 'a lower-case start');
  assert.equal(goesOn('…projets de', 'Revitalisation'), true, 'a line ending on « de »');
  assert.equal(goesOn('DDTM 59 – OUTILS D’ACCOMPAGNEMENT DES PROJETS', 'D’AMÉNAGEMENT : ATELIER TERRITORIAL'), true, 'a title in capitals going on in capitals');
  assert.equal(goesOn('…une intervention de Frédéric', 'Applincourt, RT sur ce secteur'), true, 'a name cut after its first name');
  assert.equal(goesOn('COMMUNE DE POIX-DE-NORD', 'OBJECTIFS DE LA JOURNÉE :'), false, 'a label under a title');
  assert.equal(goesOn('…échanges de pratiques', 'Modalités d’évaluation : questionnaire'), false, 'another field');
  assert.equal(goesOn('…de la journée.', 'Mise à disposition d’un dossier'), false, 'a sentence ended');
  assert.equal(joinWrapped('CENTRES-', 'BOURGS »'), 'CENTRES-BOURGS »');
  assert.equal(joinWrapped('contre-', 'exemple'), 'contre-exemple');
  assert.equal(joinWrapped('aména\u00ad', 'gement'), 'aménagement');
  assert.equal(joinWrapped('petites villes de', 'demain'), 'petites villes de demain');
});

test('a bracket left open, or a line that is only a bracket, goes on the line above', () => {
  assert.equal(goesOn('Sophie Lemaire — Référente territoriale, témoin (DDTM', '62)'), true);
  assert.equal(goesOn('Julien Marchand — Chef de projet, intervenant', '(Cerema Hauts-de-France)'), true);
  assert.equal(goesOn('Agents des DDT(M) en charge de l’appui aux territoires', '(référents territoriaux, chargés de mission)'), true);
  // A bracket opening a line of its own words is not the end of the line above.
  assert.equal(goesOn('Julien Marchand — Chef de projet.', '(Voir le programme) Accueil des participants'), false);
});
