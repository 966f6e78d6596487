/**
 * Text, Markdown and HTML to the common document: lines as written, pipe tables and HTML
 * tables as tables with their header rows and merged cells, HTML's structure as the line
 * grammar (headings `#`, nested list items, bold-only paragraphs), script and style ignored.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IMPORT_LIMITS } from '../../../../server/src/core/import/limits';
import { documentText, readSource } from '../../../../server/src/core/import/sources/index';
import { refusal, shown } from './refusal';

const read = async (text: string, name: string) => readSource(Buffer.from(text, 'utf8'), name);

test('a Markdown pipe table is a table whose rows above |---| are headers; pipe rows without one stay lines', async () => {
  const doc = await read('# Atelier\n\n| Horaire | Séquence | Intervenants |\n|:---|---|--:|\n| 9h00 | Accueil \\| café | |\n| 9h30 | Ouverture | M. Durand<br>DDTM 59 |\nFin', 'atelier.md');
  assert.equal(doc.format, 'markdown');
  assert.deepEqual(shown(doc.blocks), [
    '# Atelier',
    '',
    [
      { header: true, cells: ['Horaire', 'Séquence', 'Intervenants'] },
      { cells: ['9h00', 'Accueil | café', ''] },
      { cells: ['9h30', 'Ouverture', 'M. Durand / DDTM 59'] },
    ],
    'Fin',
  ]);
  assert.equal(doc.blocks[2]!.line, 3);
  const plain = await read('| 9h00 | Accueil |\n| 9h30 | Ouverture |', 'atelier.txt');
  assert.deepEqual(shown(plain.blocks), ['| 9h00 | Accueil |', '| 9h30 | Ouverture |']);
});

test('HTML: headings, paragraphs, line breaks, nested lists, bold-only paragraphs and entities', async () => {
  const html = `<!doctype html><html><head><title>ignoré</title><style>p{color:red}</style></head><body>
    <h1>Atelier &laquo;&nbsp;Sobriété foncière&nbsp;&raquo;</h1>
    <p><strong>Mardi 14 mars 2025</strong></p>
    <p>9h00 Accueil<br>9h30 Ouverture &amp; tour de table</p>
    <script>document.write('9h45 faux créneau')</script>
    <ul><li>Élus<ul><li>maires</li><li>adjoints</li></ul></li><li>Services</li></ul>
    <p>Un <b>mot</b> en gras</p></body></html>`;
  const doc = await read(html, 'programme.html');
  assert.deepEqual(shown(doc.blocks), [
    '# Atelier « Sobriété foncière »',
    '',
    '**Mardi 14 mars 2025**',
    '',
    '9h00 Accueil',
    '9h30 Ouverture & tour de table',
    '',
    '- Élus',
    '  - maires',
    '  - adjoints',
    '- Services',
    '',
    'Un mot en gras',
  ]);
});

test('HTML tables: th and thead rows are headers, colspan and rowspan kept, cell paragraphs as lines', async () => {
  const html = `<table><thead><tr><th>Horaire</th><th>Séquence</th><th>Intervenants</th></tr></thead>
    <tbody><tr><td>9h00</td><td colspan="2">Accueil café</td></tr>
    <tr><td rowspan="2">10h00</td><td><p>Table ronde</p><p>Salle Vauban</p></td><td>Mme Claire Dubois, DDTM</td></tr>
    <tr><td>Suite</td><td>M. Martin</td></tr></tbody></table>
    <table><tr><th>Jour 2</th></tr><tr><td>9h</td></tr></table>`;
  const doc = await read(html, 'programme.htm');
  assert.deepEqual(shown(doc.blocks), [
    [
      { header: true, cells: ['Horaire', 'Séquence', 'Intervenants'] },
      { cells: ['9h00', { text: 'Accueil café', colSpan: 2, rowSpan: 1 }] },
      { cells: [{ text: '10h00', colSpan: 1, rowSpan: 2 }, 'Table ronde / Salle Vauban', 'Mme Claire Dubois, DDTM'] },
      { cells: ['Suite', 'M. Martin'] },
    ],
    '',
    [{ header: true, cells: ['Jour 2'] }, { cells: ['9h'] }],
  ]);
  // What today's importer reads: Markdown pipe rows, |---| after the header.
  assert.equal(
    documentText(doc).split('\n').slice(0, 3).join('\n'),
    '| Horaire | Séquence | Intervenants |\n| --- | --- | --- |\n| 9h00 | Accueil café |',
  );
});

test('an HTML page past the paragraph bound is refused while it is read', async () => {
  const limits = { ...IMPORT_LIMITS, paragraphs: 50 };
  const html = '<p>9h00 Séance</p>'.repeat(60);
  assert.deepEqual(await refusal(readSource(Buffer.from(html), 'long.html', limits)), { reason: 'paragraphs', count: 51 });
});

test('HTML: a definition list reads « term : description », as a form or a fact sheet shows it', async () => {
  const html = `<dl><dt>Durée</dt><dd>6 h sur 1 jour</dd><dt>Lieu :</dt><dd>Arras</dd>
    <dt>Prérequis</dt><dd><ul><li>Être en poste</li><li>Connaître le PLU</li></ul></dd><dt>Seul</dt></dl><p>Fin</p>`;
  const doc = await read(html, 'fiche.html');
  // One colon when the term has its own; a list under its term; a term alone stays as written.
  assert.deepEqual(shown(doc.blocks), ['Durée : 6 h sur 1 jour', '', 'Lieu : Arras', '', 'Prérequis :', '  - Être en poste', '  - Connaître le PLU', '', 'Seul', '', 'Fin']);
});

test('HTML: text shown apart by CSS only stays joined; hidden separators a page writes for screen readers are read', async () => {
  // A reader cannot see the stylesheet: `<span>`s laid out as blocks read as one line…
  const styled = await read('<div class="time"><span>09h00</span><span>09h30</span></div>', 'page.html');
  assert.deepEqual(shown(styled.blocks), ['09h0009h30']);
  // …while the visually hidden text that screen readers hear separates them.
  const hidden = await read('<div><span>09h00</span><span class="sr-only"> – </span><span>09h30</span><span class="sr-only"> (</span>30 min<span class="sr-only">)</span></div>', 'page.html');
  assert.deepEqual(shown(hidden.blocks), ['09h00 – 09h30 (30 min)']);
});
