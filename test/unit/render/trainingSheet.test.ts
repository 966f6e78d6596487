/**
 * The training sheet (FORMAT.md 7.3; Code du travail L6353-1): a `format: training`
 * programme's HTML and Word exports open with it, its fields in the order a training
 * organisation publishes them, in the programme's language; then the programme.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import { createLanguageService } from '../../../server/src/core';
import { toDocx } from '../../../server/src/core/export/docx';
import { toHtml } from '../../../server/src/core/export/html';
import { toMarkdown } from '../../../server/src/core/export/markdown';
import { buildView } from '../../../server/src/core/render/buildView';
import { trainingView } from './trainingSheetFixture';

/** The sheet's rows as `label → value` text, in order. */
function sheetRows(html: string): [string, string][] {
  const sheet = /<section class="block training-sheet"><h2>([^<]*)<\/h2><dl class="sheet">(.*?)<\/dl><\/section>/.exec(html);
  assert.ok(sheet, 'a training sheet section');
  return [...sheet[2]!.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g)].map((m) => [m[1]!, m[2]!.replace(/<\/li><li>/g, ' | ').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'")]);
}

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the training sheet in HTML', () => {
  test('French: every field, in the sheet’s order, before the programme', () => {
    const html = toHtml(trainingView('fr'));
    assert.match(html, /<h2>Fiche de formation<\/h2>/);
    assert.deepEqual(sheetRows(nbsp(html)), [
      ['Objectifs', "Qualifier la demande d'une collectivité | Mobiliser les dispositifs d'accompagnement adaptés"],
      ['Public', "Agents des DDT(M) en charge de l'appui aux territoires"],
      ['Nombre de places', '16'],
      ['Prérequis', 'Aucun'],
      ['Durée', '14 h sur 2 jours'],
      ['Dates', '14 mars 2024, 15 mars 2024'],
      ['Lieu', "CVRH d'Arras, Arras (62)"],
      ['Tarif', '450 € par participant'],
      ['Modalités et délais d’accès', "Inscription sur la plateforme régionale jusqu'au 1er mars ; confirmation 15 jours avant"],
      ['Contact', 'Claire Dufresne — claire.dufresne@example.org — 03 21 00 00 00'],
      ['Méthodes mobilisées', 'Apports en plénière | Étude de cas sur site | Travail en sous-groupes'],
      ['Modalités d’évaluation', 'Évaluation des acquis à partir du cas pratique'],
      ['Accessibilité', 'Formation accessible aux personnes en situation de handicap ; contactez la référente handicap.'],
    ]);
    assert.ok(html.indexOf('training-sheet') < html.indexOf('<section class="day"'), 'the sheet opens the document, the days follow');
    // The header no longer repeats what the sheet says.
    const header = /<header class="doc-header">([\s\S]*?)<\/header>/.exec(html)![1]!;
    assert.match(header, /<dt>Organisateur<\/dt><dd>CVRH d&#39;Arras<\/dd>/);
    assert.doesNotMatch(header, /Public|Lieu|Dates/);
  });

  test('English: the labels, the price and the duration follow the programme’s language', () => {
    const rows = sheetRows(nbsp(toHtml(trainingView('en'))));
    assert.deepEqual(rows.map(([label]) => label), ['Objectives', 'Audience', 'Places', 'Prerequisites', 'Duration', 'Dates', 'Place', 'Price', 'Access and deadlines', 'Contact', 'Teaching methods', 'Assessment', 'Accessibility']);
    assert.deepEqual(Object.fromEntries(rows).Duration, '14 h over 2 days');
    assert.deepEqual(Object.fromEntries(rows).Price, '€450 per participant');
    assert.match(toHtml(trainingView('en')), /<h2>Training sheet<\/h2>/);
  });

  test('without a declared duration: the agenda’s content time (the meal and the team’s own slot left out); a price as text stays as written', () => {
    const text = 'title: Formation\nformat: training\nprice: Gratuit pour les agents du ministère\ndate: 2024-03-14\nagenda:\n  - { time: 08h30-09h00, title: Mise au point, visibility: team }\n  - { time: 09h00-12h00, title: Apports }\n  - { time: 12h00-13h00, title: Repas, type: meal }\n  - { time: 13h00-16h30, title: Cas pratique }\n';
    const rows = Object.fromEntries(sheetRows(nbsp(toHtml(buildView(createLanguageService().analyse('file:///ws/f.programme.yaml', text))!))));
    assert.equal(rows['Durée'], '6 h 30 sur 1 jour');
    assert.equal(rows['Tarif'], 'Gratuit pour les agents du ministère');
  });

  test('a workshop has no sheet; a workshop that writes a sheet-only key gets one', () => {
    const service = createLanguageService();
    const workshop = (extra: string) => toHtml(buildView(service.analyse('file:///ws/w.programme.yaml', `title: Atelier\n${extra}date: 2024-03-14\nagenda:\n  - { time: 09h00-12h00, title: Atelier }\n`))!);
    assert.doesNotMatch(workshop(''), /training-sheet/);
    assert.match(workshop('price: Gratuit\n'), /<dt>Tarif<\/dt><dd>Gratuit<\/dd>/);
  });
});

describe('the training sheet in Word', () => {
  test('a heading, then every field labelled, before the programme (read back with mammoth)', async () => {
    const buffer = Buffer.from(await toDocx(trainingView('fr')));
    const html = nbsp((await mammoth.convertToHtml({ buffer })).value);
    const text = nbsp((await mammoth.extractRawText({ buffer })).value);
    assert.match(html, /<h1>Fiche de formation<\/h1>/);
    const order = ['Fiche de formation', 'Objectifs :', 'Public :', 'Nombre de places : 16', 'Prérequis : Aucun', 'Durée : 14 h sur 2 jours', 'Dates : 14 mars 2024, 15 mars 2024', 'Lieu : CVRH', 'Tarif : 450 € par participant', 'Modalités et délais d’accès : Inscription', 'Contact : Claire Dufresne — claire.dufresne@example.org — 03 21 00 00 00', 'Méthodes mobilisées :', 'Travail en sous-groupes', 'Modalités d’évaluation : Évaluation des acquis', 'Accessibilité : Formation accessible', 'Programme'];
    let at = -1;
    for (const piece of order) {
      const i = text.indexOf(piece, at + 1);
      assert.ok(i > at, `« ${piece} » after the previous field`);
      at = i;
    }
    assert.match(html, /<li>Apports en plénière<\/li><li>Étude de cas sur site<\/li><li>Travail en sous-groupes<\/li>/);
  });

  test('in English', async () => {
    const text = nbsp((await mammoth.extractRawText({ buffer: Buffer.from(await toDocx(trainingView('en'))) })).value);
    assert.ok(text.includes('Training sheet'));
    assert.ok(text.includes('Duration: 14 h over 2 days'));
    assert.ok(text.includes('Price: €450 per participant'));
  });
});

describe('the training sheet in Markdown', () => {
  test('French: one section with every field, lists as nested bullets, before the programme', () => {
    const md = nbsp(toMarkdown(trainingView('fr')));
    const sheet = /## Fiche de formation\n\n([\s\S]*?)\n\n## /.exec(md);
    assert.ok(sheet, 'a training sheet section');
    assert.equal(
      sheet[1],
      [
        '- **Objectifs** :',
        "  - Qualifier la demande d'une collectivité",
        "  - Mobiliser les dispositifs d'accompagnement adaptés",
        "- **Public** : Agents des DDT(M) en charge de l'appui aux territoires",
        '- **Nombre de places** : 16',
        '- **Prérequis** : Aucun',
        '- **Durée** : 14 h sur 2 jours',
        '- **Dates** : 14 mars 2024, 15 mars 2024',
        "- **Lieu** : CVRH d'Arras, Arras (62)",
        '- **Tarif** : 450 € par participant',
        "- **Modalités et délais d’accès** : Inscription sur la plateforme régionale jusqu'au 1er mars ; confirmation 15 jours avant",
        '- **Contact** : Claire Dufresne — claire.dufresne@example.org — 03 21 00 00 00',
        '- **Méthodes mobilisées** :',
        '  - Apports en plénière',
        '  - Étude de cas sur site',
        '  - Travail en sous-groupes',
        '- **Modalités d’évaluation** : Évaluation des acquis à partir du cas pratique',
        '- **Accessibilité** : Formation accessible aux personnes en situation de handicap ; contactez la référente handicap.',
      ].join('\n'),
    );
    assert.ok(md.indexOf('Fiche de formation') < md.indexOf('| Horaire'), 'the sheet opens the document, the days follow');
    // The header says only the organiser; the objectives are not said twice.
    assert.match(md, /^- \*\*Organisateur\*\* : CVRH d'Arras$/m);
    assert.doesNotMatch(md.slice(0, md.indexOf('## Fiche')), /Public|Lieu|Dates/);
    assert.equal(md.match(/Qualifier la demande/g)?.length, 1);
  });

  test('English labels; a workshop keeps its objectives section and has no sheet', () => {
    const md = nbsp(toMarkdown(trainingView('en')));
    assert.match(md, /## Training sheet\n\n- \*\*Objectives\*\* :/);
    assert.match(md, /^- \*\*Price\*\* : €450 per participant$/m);
    const workshop = toMarkdown(buildView(createLanguageService().analyse('file:///ws/w.programme.yaml', 'title: Atelier\nobjectives: [Partager un diagnostic]\ndate: 2024-03-14\nagenda:\n  - { time: 09h00-12h00, title: Atelier }\n'))!);
    assert.doesNotMatch(workshop, /Fiche de formation/);
    assert.match(workshop, /## Objectifs\n\n- Partager un diagnostic/);
  });
});
