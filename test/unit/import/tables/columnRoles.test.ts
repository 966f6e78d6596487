import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headerRole } from '../../../../server/src/core/import/tables/headerWords';
import { toGrid } from '../../../../server/src/core/import/tables/grid';
import { read, roles, slots, table } from './helpers';

test('header words in French and English give their column a role', () => {
  const cases: [string, string][] = [
    ['Horaires', 'time'], ['Heure', 'time'], ['Créneau', 'time'], ['Time', 'time'], ['Horaire / Durée', 'time'],
    ['Séquence', 'title'], ['Séance', 'title'], ['Intitulé', 'title'], ['Thème', 'title'], ['Session', 'title'], ['Temps forts', 'title'],
    ['Contenu', 'details'], ['Déroulé', 'details'], ['Objectifs', 'details'], ['Méthode', 'details'], ['Public', 'details'],
    ['Intervenant(s)', 'speakers'], ['Intervenant·e·s', 'speakers'], ['Animateur', 'speakers'], ['Animation', 'speakers'], ['Animé par', 'speakers'], ['Speakers', 'speakers'],
    ['Salle', 'room'], ['Lieu', 'room'], ['Room', 'room'], ['Où', 'room'],
    ['Durée', 'duration'], ['Duration', 'duration'], ['**DURÉE**', 'duration'],
  ];
  for (const [text, role] of cases) assert.equal(headerRole(text), role, text);
  for (const text of ['Nom', 'Téléphone', '9h00', 'Horaire de la séance plénière du matin avec les élus']) assert.equal(headerRole(text), undefined, text);
});

test('a header with a word we do not know: that column is read from its cells', () => {
  const r = read([['Quand', 'Personnes', 'Quoi'], ['9h00-9h30', 'Mme Claire DUBOIS', 'Accueil'], ['9h30-10h00', 'M. Paul MARTIN', 'Ouverture']], 1);
  assert.deepEqual(roles(r), ['time', 'speakers', 'title']);
  assert.deepEqual(r.columns.map((c) => c.by), ['header', 'content', 'content']);
});

test('a caption row over a header: a heading, and the header under it is still the header', () => {
  const r = read([[{ text: 'Programme de la journée', colSpan: 2 }], ['Horaire', 'Séquence'], ['9h00', 'Accueil']], 2);
  assert.deepEqual(r.headerRows, [1]);
  assert.deepEqual(r.entries.map((e) => (e.kind === 'section' ? e.text : e.title)), ['Programme de la journée', 'Accueil']);
});

test('merged cells are spread over the positions they cover, and absurd spans are bounded', () => {
  const grid = toGrid(table([[{ text: 'a', rowSpan: 2 }, 'b'], ['c'], [{ text: 'x', colSpan: 1e9, rowSpan: 1e9 }]]));
  assert.equal(grid.rows[1]![0]!.cell.lines[0], 'a');
  assert.equal(grid.rows[1]![0]!.origin, false);
  assert.equal(grid.rows[1]![1]!.cell.lines[0], 'c');
  assert.ok(grid.width <= 64);
  assert.equal(grid.rows.length, 3);
  assert.doesNotThrow(() => read([[{ text: '9h', colSpan: -3, rowSpan: Number.NaN }, 'Accueil']]));
});

test('any table reads without throwing, and every written cell is found in the reading', () => {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const words = ['9h00', '9h00-9h30', 'Accueil', 'Mme Claire DUBOIS', 'Salle A', '30 min', '', 'Horaire', 'Mardi 12 mars', '|', '**', '(', 'Cerema'];
  for (let t = 0; t < 200; t++) {
    const rows = Array.from({ length: 1 + rand(6) }, () =>
      Array.from({ length: 1 + rand(4) }, () => ({ text: words[rand(words.length)]!, colSpan: 1 + rand(2), rowSpan: 1 + rand(2) })),
    );
    const reading = read(rows, rand(2));
    const dump = JSON.stringify(reading);
    // Every non-empty cell of a row that is no header is somewhere in the reading.
    rows.forEach((row, r) => {
      if (reading.headerRows.includes(r)) return;
      for (const c of row) if (c.text.trim() && c.text !== '**') assert.ok(dump.includes(JSON.stringify(c.text).slice(1, -1)) || /^\d/.test(c.text), `${c.text} in ${JSON.stringify(rows)}`);
    });
    assert.ok(slots(reading).every((s) => typeof s.title === 'string'));
  }
});
