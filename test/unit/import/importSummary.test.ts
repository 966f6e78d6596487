/** The summary said after an import (core/import/summary.ts): facts read from the imported programme, in English and French. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { importFile } from '../../../server/src/core/import/index';
import { formatImportSummary, type ImportFacts } from '../../../server/src/core/import/summary';

const TRAINING = `title: Sobriété foncière
format: training
duration: 11h30
price: Gratuit pour les agents
participants: 16
evaluation: Quiz en fin de session
people:
  - id: claire-dubois
    name: Claire Dubois
  - id: marc-petit
    name: Marc Petit
days:
  - date: 2025-06-05
    agenda:
      - time: 9h00-10h00
        title: Accueil
        speakers: [claire-dubois]
  - date: 2025-06-06
    agenda:
      - time: 9h00-10h00
        title: Atelier
        steps:
          - text: Cas pratique
            speakers: [marc-petit]
      - time: 10h00-9h00
        title: À l'envers
`;

test('what the imported programme holds, and its check, in English', () => {
  const service = createLanguageService({ settings: { language: 'en' } });
  const s = service.importSummary({ yaml: TRAINING, slots: 3, unplaced: 2, warnings: ['line 4: "Tarif réduit" not recognised, kept in notes'] });
  assert.equal(s.facts.errors > 0, true, 'the slot ending before it starts is an error');
  const check = `Check: ${s.facts.errors} error${s.facts.errors === 1 ? '' : 's'}, ${s.facts.warnings} warning${s.facts.warnings === 1 ? '' : 's'}`;
  assert.deepEqual(s.lines, [
    'Imported: “Sobriété foncière”',
    '2 days: 2025-06-05, 2025-06-06',
    '3 slots, 2 people (2 speakers)',
    'Training: duration, price, participants, evaluation',
    'Not recognised: 2 lines, kept in the file under “not recognised on import” comments',
    'What the import noted:',
    '  - line 4: "Tarif réduit" not recognised, kept in notes',
    check,
  ]);
  assert.match(s.short, /^3 slots imported, 2 lines not recognised; check: [1-9]\d* errors?, \d+ warnings?\.$/);
});

test('the same in French, and « aucun problème » when the check finds nothing', () => {
  const service = createLanguageService({ settings: { language: 'en' } });
  const yaml = 'title: Atelier\ndate: 2025-06-05\nagenda:\n  - time: 9h00-9h30\n    title: Accueil\n  - time: 9h30-10h00\n    title: Atelier\n';
  const s = service.importSummary({ yaml, slots: 2, unplaced: 0, warnings: [] }, 'fr');
  assert.deepEqual(s.lines, ['Importé : « Atelier »', 'Date : 2025-06-05', '2 séances, 0 personne (0 intervenant)', 'Non reconnu : rien, chaque ligne a trouvé sa place', 'Vérification : aucun problème']);
  assert.equal(s.short, '2 séances importées ; vérification : aucun problème.');
});

test('a programme without title nor date, and many remarks: said, and the remarks past 20 counted', () => {
  const facts: ImportFacts = {
    days: 1, dates: [], slots: 0, people: 0, speakers: 0, groups: 0, training: false, trainingFields: ['prerequisites'],
    unrecognised: 25, remarks: Array.from({ length: 25 }, (_, i) => `remark ${i + 1}`), errors: 1, warnings: 0,
  };
  const en = formatImportSummary(facts, 'en');
  assert.deepEqual(en.lines.slice(0, 5), ['Imported: no title found', '1 day, no date found', '0 slots, 0 people (0 speakers)', 'Training sheet fields: prerequisites', 'Not recognised: 25 lines, kept in the file under “not recognised on import” comments']);
  assert.equal(en.lines.filter((l) => l.startsWith('  - remark')).length, 20);
  assert.deepEqual(en.lines.slice(-2), ['  … and 5 more', 'Check: 1 error, 0 warnings']);
  const fr = formatImportSummary(facts, 'fr');
  assert.deepEqual(fr.lines.slice(0, 2), ['Importé : aucun titre trouvé', '1 journée, aucune date trouvée']);
  assert.deepEqual(fr.lines.slice(-2), ['  … et 5 de plus', 'Vérification : 1 erreur, 0 avertissement']);
  assert.equal(fr.short, '0 séance importée, 25 lignes non reconnues ; vérification : 1 erreur, 0 avertissement.');
});

test('each table of the source: what its columns were read as, or that it stayed text, in the summary’s language', async () => {
  const html = `<h1>Atelier PLUi</h1><p>Mardi 14 mars 2025</p>
    <table><tr><th>Horaire</th><th>Séquence</th><th>Intervenants</th></tr>
    <tr><td>9h00 – 9h30</td><td>Accueil</td><td></td></tr>
    <tr><td>9h30 – 11h00</td><td>Diagnostic partagé</td><td>Claire Dubois, DDTM 59</td></tr></table>
    <table><tr><th>Commune</th><th>Habitants</th></tr><tr><td>Arras</td><td>41 000</td></tr></table>`;
  const imported = await importFile(new TextEncoder().encode(html), 'atelier.html');
  const service = createLanguageService();
  const fr = service.importSummary(imported, 'fr').lines;
  assert.ok(fr.includes('tableau lu comme un déroulé : « Horaire » → horaires, « Séquence » → titres, « Intervenants » → intervenants'), fr.join('\n'));
  assert.ok(fr.includes('un tableau sans colonne d’horaires ni de durées : gardé comme texte, pas comme séances'), fr.join('\n'));
  const en = service.importSummary(imported, 'en').lines;
  assert.ok(en.some((l) => l.startsWith('table read as an agenda: « Horaire » → ')), en.join('\n'));
  // Said before « non reconnu », one line per table.
  assert.equal(fr.findIndex((l) => l.startsWith('tableau lu')) + 2, fr.findIndex((l) => l.startsWith('Non reconnu')));
});
