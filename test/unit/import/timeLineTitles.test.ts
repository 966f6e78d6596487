/**
 * A time line and the title on the line after it, as a page that lays them out apart reads
 * (the HTML export: « 09h00 – 09h30 (30 min) », then « Title (type : plénière) »): the
 * bracketed duration is no title, the explicit « type : » label is the slot's type, and an
 * author's own bracket stays in the title.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { importProgramme } from '../../../server/src/core/import/textImport';

interface Slot { time?: string; title: string; type?: string; description?: string; steps?: string[] }
const agenda = (text: string): Slot[] => parse(importProgramme(text).yaml).agenda;

test('« 09h00 – 09h30 (30 min) » then the title: the duration says the range again, the next line is the title', () => {
  const slots = agenda('# Atelier\n\n## Mardi 14 mars 2025\n\n09h00 – 09h30 (30 min)\n\nAccueil en mairie\n\n09h30 – 11h00 (1 h 30)\n\nOuverture\n');
  assert.deepEqual(slots.map((s) => [s.time, s.title, s.description]), [
    ['09h00-09h30', 'Accueil en mairie', undefined],
    ['09h30-11h00', 'Ouverture', undefined],
  ]);
});

test('a bracketed duration that disagrees with the range is kept in the description', () => {
  const [slot] = agenda('# Atelier\n\n## Mardi 14 mars 2025\n\n09h00 – 10h00 (45 min)\n\nVisite\n');
  assert.equal(slot!.title, 'Visite');
  assert.equal(slot!.description, '45 min');
});

test('« Title (type : plénière) » gives the type; « (exposé) » written by the author stays in the title', () => {
  const slots = agenda('# Atelier\n\n## Mardi 14 mars 2025\n\n09h00 – 09h30\n\nPrésentation du diagnostic (type : plénière)\n\n09h30 – 10h30\n\nLa loi Climat (exposé)\n\n10h30 – 11h00\n\nDébat (type: discussion)\n');
  assert.deepEqual(slots.map((s) => [s.title, s.type]), [
    ['Présentation du diagnostic', 'plenary'],
    ['La loi Climat (exposé)', 'presentation'],
    ['Débat', 'discussion'],
  ]);
});
