/**
 * A table of the source document read as an agenda (tableAgenda.ts, issue 17): what a user
 * sees in the imported programme — header cells never content, speakers as people, rooms
 * as tracks or in the description, durations, day rows, cells of unknown columns kept in
 * the description under their header — and a table that is no agenda left as text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { SourceDocument, TableCell, TableRow } from '../../../server/src/core/import/sourceDocument';
import { importProgramme } from '../../../server/src/core/import/textImport';

type Data = Record<string, unknown>;
const cell = (text: string, colSpan = 1, rowSpan = 1): TableCell => ({ lines: text ? text.split('\n') : [], colSpan, rowSpan });
const row = (...cells: (string | TableCell)[]): TableRow => ({ cells: cells.map((c) => (typeof c === 'string' ? cell(c) : c)) });

function imported(rows: TableRow[], before: string[] = ['Atelier mobilités', 'Date : 5 juin 2025']): { data: Data; yaml: string } {
  const document: SourceDocument = {
    format: 'docx',
    blocks: [...before.map((text, i) => ({ kind: 'line' as const, text, line: i + 1 })), { kind: 'table', line: before.length + 1, rows }],
  };
  const { yaml } = importProgramme(document);
  return { data: parse(yaml) as Data, yaml };
}
const agendaOf = (data: Data) => (data.agenda ?? (data.days as Data[]).flatMap((d) => d.agenda as Data[])) as Data[];

test('header cells are never content; speakers become people (names as names) and the slot’s speakers', () => {
  const { data, yaml } = imported([
    { header: true, cells: [cell('Horaire'), cell('Séquence'), cell('Intervenants')] },
    row('9h00 – 9h30', 'Accueil café', ''),
    row('9h30 – 10h30', 'La trajectoire ZAN', 'Mme Claire DUBOIS, DDTM 59'),
    row('10h30 – 11h00', 'Questions', 'Mme Claire DUBOIS, DDTM 59\nM. Julien MARTIN, Cerema'),
  ]);
  for (const header of ['Horaire', 'Séquence', 'Intervenants']) assert.ok(!new RegExp(`^\\s*-?\\s*${header}$`, 'm').test(yaml), `« ${header} » is no line of the programme`);
  assert.ok(!/DUBOIS, DDTM/.test(yaml), 'the speaker cell is not kept as a step or description');
  assert.deepEqual(data.people, [
    { id: 'claire-dubois', name: 'Claire Dubois', organisation: 'DDTM 59' },
    { id: 'julien-martin', name: 'Julien Martin', organisation: 'Cerema' },
  ]);
  assert.deepEqual(
    agendaOf(data).map((s) => [s.time, s.title, s.speakers]),
    [
      ['9h00-9h30', 'Accueil café', undefined],
      ['9h30-10h30', 'La trajectoire ZAN', ['claire-dubois']],
      ['10h30-11h00', 'Questions', ['claire-dubois', 'julien-martin']],
    ],
  );
});

test('rows under one time in different rooms are one slot with tracks; a single session’s room goes in its description', () => {
  const { data } = imported([
    { header: true, cells: [cell('Horaire'), cell('Séquence'), cell('Salle')] },
    row('9h30 – 10h30', 'Plénière', 'Salle Vauban'),
    row(cell('10h30 – 12h00', 1, 2), 'Atelier A : urbanisme', 'Salle Vauban'),
    row('Atelier B : transition écologique', 'Salle Colbert'),
  ]);
  const [plenary, workshops] = agendaOf(data);
  assert.equal(plenary!.description, 'Salle Vauban');
  assert.equal(plenary!.tracks, undefined);
  assert.equal(workshops!.time, '10h30-12h00');
  assert.equal(workshops!.type, 'workshop');
  assert.deepEqual(workshops!.tracks, [
    { title: 'Atelier A : urbanisme', room: 'Salle Vauban' },
    { title: 'Atelier B : transition écologique', room: 'Salle Colbert' },
  ]);
});

test('a column of durations gives durations (not titles), the first slot starting at the start written above', () => {
  const { data } = imported(
    [{ header: true, cells: [cell('Durée'), cell('Séquence')] }, row('15 min', 'Tour de table'), row('1h', 'Travail en sous-groupes')],
    ['Atelier flash', 'Lundi 9 février 2026, début à 14h00'],
  );
  assert.deepEqual(
    agendaOf(data).map((s) => [s.start, s.duration, s.title]),
    [
      ['14h00', '15min', 'Tour de table'],
      [undefined, '1h', 'Travail en sous-groupes'],
    ],
  );
});

test('day rows open days; a heading row without a time and unknown columns are kept in public descriptions, never in notes', () => {
  const { data } = imported(
    [
      { header: true, cells: [cell('Horaire'), cell('Contenu'), cell('Modalités')] },
      row(cell('Mardi 24 mars 2026', 3)),
      row('9h30 – 12h30', 'Le risque inondation', 'Apports et quiz'),
      row(cell('Temps libre', 3)),
      row(cell('Mercredi 25 mars 2026', 3)),
      row('9h00 – 12h00', 'Cas pratiques', ''),
    ],
    ['Formation inondation'],
  );
  assert.deepEqual(
    (data.days as Data[]).map((d) => d.date),
    ['2026-03-24', '2026-03-25'],
  );
  const [first, second] = agendaOf(data);
  assert.match(String(first!.description), /Modalités : Apports et quiz/);
  assert.match(String(second!.description), /Temps libre/);
  assert.equal(data.notes, undefined);
});

test('a table with no times or durations stays text, as written', () => {
  const { yaml } = imported([
    { header: true, cells: [cell('Nom'), cell('Téléphone')] },
    row('Accueil', '03 20 00 00 00'),
  ], ['Atelier', 'Date : 5 juin 2025', '9h00 - 10h00 Accueil']);
  assert.match(yaml, /03 20 00 00 00/);
});
