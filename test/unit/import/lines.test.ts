/**
 * Line shapes on their own (issue 17): each line of the common document read once (heading,
 * bullet, emphasis, indentation, readable text, its source line), and a table block written
 * as the pipe rows the pipe-table reading understands.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DAY_LABEL, isDoubleSpaced, readLines } from '../../../server/src/core/import/lines';
import { linesDocument, type SourceDocument } from '../../../server/src/core/import/sourceDocument';
import { readTableBlock } from '../../../server/src/core/import/tableBlock';
import { fold } from '../../../server/src/core/import/text';

test('headings, bullets, emphasis and indentation', () => {
  const lines = readLines(linesDocument('# DDTM 59 – Atelier\n**Objectifs :**\n- Partager le diagnostic\n\t• Sous-point\n  continuation\n1) premier'));
  assert.deepEqual(
    lines.map((l) => [l.no, l.heading, l.bullet, l.emphasised, l.indent, l.text]),
    [
      [1, 1, false, false, 0, 'DDTM 59 – Atelier'],
      [2, 0, false, true, 0, 'Objectifs :'],
      [3, 0, true, false, 0, 'Partager le diagnostic'],
      [4, 0, true, false, 4, 'Sous-point'],
      [5, 0, false, false, 2, 'continuation'],
      [6, 0, true, false, 0, 'premier'],
    ],
  );
  assert.equal(lines[2]!.display, '- Partager le diagnostic');
});

test('a setext heading, Markdown inline syntax and Word leftovers', () => {
  const lines = readLines(linesDocument('Programme\n=========\n**Atelier** \\- [site](https://x.fr)\u200b[bookmark:_Toc1]'));
  assert.equal(lines[0]!.heading, 1);
  assert.equal(lines[1]!.text, '');
  assert.equal(lines[2]!.text, 'Atelier - site (https://x.fr)');
});

test('*emphasis* is no bullet, and a line too long for structure is a paragraph', () => {
  const [emphasis, long] = readLines(linesDocument(`*Bilan de la journée*\n${'mot '.repeat(1000)}`));
  assert.equal(emphasis!.bullet, false);
  assert.equal(long!.long, true);
});

test('Word raw text: a blank line after every paragraph', () => {
  const paragraphs = Array.from({ length: 10 }, (_, i) => `Paragraphe ${i}`);
  assert.equal(isDoubleSpaced(readLines(linesDocument(paragraphs.join('\n\n')))), true);
  assert.equal(isDoubleSpaced(readLines(linesDocument(paragraphs.join('\n')))), false);
});

test('day labels', () => {
  assert.ok(DAY_LABEL.test(fold('Jour 1 – mardi 12 mars')));
  assert.ok(DAY_LABEL.test(fold('Deuxième journée')));
  assert.ok(!DAY_LABEL.test(fold('Journée technique')));
});

test('a table block: pipe rows, a separator after its header row, merged cells kept in their columns', () => {
  const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ lines: text ? text.split('\n') : [], colSpan, rowSpan });
  const rows = readTableBlock({
    kind: 'table',
    line: 7,
    rows: [
      { header: true, cells: [cell('Horaire'), cell('Séquence'), cell('Intervenants')] },
      { cells: [cell('9h00'), cell('Accueil\ncafé'), cell('Mme Claire DUBOIS', 1, 2)] },
      { cells: [cell('9h30'), cell('Plénière | enjeux')] },
      { cells: [cell('12h30'), cell('Déjeuner libre', 2)] },
    ],
  });
  assert.deepEqual(rows, [
    '',
    '| Horaire | Séquence | Intervenants |',
    '|---|---|---|',
    '| 9h00 | Accueil<br>café | Mme Claire DUBOIS |',
    '| 9h30 | Plénière \\| enjeux |  |',
    '| 12h30 | Déjeuner libre |  |',
    '',
  ]);
});

test('a table block among lines keeps the table’s line number on each of its rows', () => {
  const document: SourceDocument = {
    format: 'docx',
    blocks: [
      { kind: 'line', text: 'Atelier', line: 1 },
      { kind: 'table', line: 2, rows: [{ cells: [{ lines: ['9h00'], colSpan: 1, rowSpan: 1 }, { lines: ['Accueil'], colSpan: 1, rowSpan: 1 }] }] },
      { kind: 'line', text: 'Fin', line: 3 },
    ],
  };
  assert.deepEqual(
    readLines(document).map((l) => [l.no, l.body]),
    [
      [1, 'Atelier'],
      [2, ''],
      [2, '| 9h00 | Accueil |'],
      [2, ''],
      [3, 'Fin'],
    ],
  );
});
