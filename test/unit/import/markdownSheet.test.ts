/**
 * The training sheet as the Markdown export writes it (« ## Fiche de formation », then
 * `- **Label** : value` bullets, lists nested) imports back into the sheet's keys: no field
 * is taken for an item of the list above it, and the section's heading is not content.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { toMarkdown } from '../../../server/src/core/export/markdown';
import { importProgramme } from '../../../server/src/core/import/textImport';
import { trainingView } from '../render/trainingSheetFixture';

test('a training exported to Markdown imports back with every field of its sheet', () => {
  const md = toMarkdown(trainingView('fr'));
  const data = parse(importProgramme(md).yaml) as Record<string, unknown>;
  assert.equal(data.format, 'training');
  assert.deepEqual(data.audience, "Agents des DDT(M) en charge de l'appui aux territoires");
  assert.equal(data.participants, 16);
  assert.equal(data.prerequisites, 'Aucun');
  assert.equal(data.duration, '14h');
  assert.deepEqual(data.price, { amount: 450, currency: 'EUR', per: 'participant' });
  assert.equal(data.access, "Inscription sur la plateforme régionale jusqu'au 1er mars ; confirmation 15 jours avant");
  assert.deepEqual(data.contact, { name: 'Claire Dufresne', email: 'claire.dufresne@example.org', phone: '03 21 00 00 00' });
  assert.deepEqual(data.methods, ['Apports en plénière', 'Étude de cas sur site', 'Travail en sous-groupes']);
  assert.equal(data.evaluation, 'Évaluation des acquis à partir du cas pratique');
  assert.match(String(data.accessibility), /^Formation accessible aux personnes en situation de handicap/);
  assert.equal(data.context, undefined, 'nothing left over: « Fiche de formation » is a heading, not content');
});

test('a list item written « Nombre de places : 16 » without bold stays an item of its list', () => {
  const md = '# Atelier\n\n## Public\n\n- Élus du territoire\n- Nombre de places : 16\n\n## 14 mars 2024\n\n- 09h00 – 10h00 Accueil\n';
  const data = parse(importProgramme(md).yaml) as Record<string, unknown>;
  assert.deepEqual(data.audience, ['Élus du territoire', 'Nombre de places : 16']);
  assert.equal(data.participants, undefined);
});

test('the printed HTML export’s « Fiche de formation » line and its day summary are not content', () => {
  const text = 'Formation\nAccompagner les collectivités\n\nFiche de formation\nDurée : 6 h sur 1 jour\n\n14 mars 2024\n\n09h00 – 12h00 (3 h)\nApports\n\n13h00 – 16h00 (3 h)\nCas pratique\n\nBilan de la journée 09h00 – 16h00 · 6 h contenu · 1 h pauses · 2 séquences\n';
  const { yaml } = importProgramme(text);
  const data = parse(yaml) as Record<string, unknown>;
  assert.equal(data.title, 'Accompagner les collectivités');
  assert.equal(data.duration, '6h');
  assert.equal(data.context, undefined, yaml);
  assert.doesNotMatch(yaml, /Fiche de formation|Bilan de la journée/);
});
