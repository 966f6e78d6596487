import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeTable } from '../../../../server/src/core/import/tables';
import { read } from './helpers';

test('the summary says what each column was read as, in French and English', () => {
  const r = read([['Horaire', 'Séquence', 'Code'], ['9h00', 'Accueil', 'A1']]);
  assert.equal(describeTable(r, 'fr'), 'tableau lu comme un déroulé : « Horaire » → horaires, « Séquence » → titres, « Code » → détails non reconnus');
  assert.equal(describeTable(r, 'en'), 'table read as an agenda: « Horaire » → times, « Séquence » → titles, « Code » → unrecognised details');
  const noHeader = read([['9h00', 'Accueil']]);
  assert.equal(describeTable(noHeader, 'fr'), 'tableau lu comme un déroulé : colonne 1 → horaires, colonne 2 → titres');
});

test('a table that is no agenda is said to be kept as text', () => {
  const r = read([['Nom', 'Téléphone'], ['Claire DUBOIS', '03 20 40 50 60']]);
  assert.match(describeTable(r, 'fr'), /gardé comme texte/);
  assert.match(describeTable(r, 'en'), /kept as text/);
});
