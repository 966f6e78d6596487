/**
 * A table of a structured source (issue 17) goes through `readTableBlock` and is read as the
 * same table written in Markdown: the same agenda, speakers and people.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { importProgramme } from '../../../server/src/core/import/textImport';
import type { SourceDocument, TableCell } from '../../../server/src/core/import/sourceDocument';

const cell = (text: string): TableCell => ({ lines: [text], colSpan: 1, rowSpan: 1 });

test('a Word-like table imports as its Markdown table does', () => {
  const document: SourceDocument = {
    format: 'docx',
    blocks: [
      { kind: 'line', text: 'Atelier mobilités', line: 1 },
      { kind: 'line', text: 'Date : 5 juin 2025', line: 2 },
      {
        kind: 'table',
        line: 3,
        rows: [
          { header: true, cells: [cell('Horaire'), cell('Séquence'), cell('Intervenants')] },
          { cells: [cell('09h45/10h00'), cell('Accueil'), cell('')] },
          { cells: [cell('10h00/12h00'), cell('Diagnostic partagé'), cell('Claire Martin (CAUE)')] },
        ],
      },
    ],
  };
  const markdown = 'Atelier mobilités\nDate : 5 juin 2025\n\n| Horaire | Séquence | Intervenants |\n|---|---|---|\n| 09h45/10h00 | Accueil |  |\n| 10h00/12h00 | Diagnostic partagé | Claire Martin (CAUE) |\n';
  const fromTable = importProgramme(document);
  const fromMarkdown = importProgramme(markdown);
  assert.equal(fromTable.yaml, fromMarkdown.yaml);
  const data = parse(fromTable.yaml) as { date: string; agenda: { time: string; title: string; speakers?: string[] }[]; people: { id: string; organisation: string }[] };
  assert.equal(data.date, '2025-06-05');
  assert.deepEqual(
    data.agenda.map((s) => [s.time, s.title, s.speakers]),
    [
      ['09h45-10h00', 'Accueil', undefined],
      ['10h00-12h00', 'Diagnostic partagé', ['claire-martin']],
    ],
  );
  assert.deepEqual(data.people, [{ id: 'claire-martin', name: 'Claire Martin', organisation: 'CAUE' }]);
});
