/**
 * Word and LibreOffice documents to the common document: a Word table with a repeated
 * header row, merged cells and two days (made with the `docx` package, as Word writes it);
 * an .odt built as a zip (content.xml as LibreOffice writes it). And what must be refused
 * with one clear error: random bytes, an encrypted document, a zip bomb, XML with a DOCTYPE
 * (a billion laughs, an external entity), which is never expanded nor fetched.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import JSZip from 'jszip';
import { importFile } from '../../../../server/src/core/import/index';
import { readSource } from '../../../../server/src/core/import/sources/index';
import { binaryData, zipBombOdt } from '../../../hostileImports';
import { messages, refusal, shown } from './refusal';

const cell = (text: string | string[], options: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) =>
  new TableCell({ children: (Array.isArray(text) ? text : [text]).map((t) => new Paragraph(t)), ...options });

async function wordProgramme(): Promise<Buffer> {
  const header = new TableRow({ tableHeader: true, children: [cell('Horaire'), cell('Séquence'), cell('Intervenants')] });
  const day = (title: string, rows: TableRow[]) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(title)] }), new Table({ rows: [header, ...rows] })];
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Atelier sobriété foncière' }),
          new Paragraph({ children: [new TextRun({ text: 'Programme de la formation', bold: true })] }),
          ...day('Mardi 14 mars 2025', [
            new TableRow({ children: [cell('9h00'), cell('Accueil café', { columnSpan: 2 })] }),
            new TableRow({ children: [cell('9h30', { verticalMerge: VerticalMergeType.RESTART }), cell('Ouverture'), cell(['Mme Claire Dubois', 'DDTM 59'])] }),
            new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('Tour de table'), cell('Tous')] }),
          ]),
          ...day('Mercredi 15 mars 2025', [new TableRow({ children: [cell('9h00'), cell('Visite de terrain'), cell('M. Paul Martin, Cerema')] })]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test('a Word table: its repeated header row is a header, merged cells keep their spans, two days as headings', async () => {
  const doc = await readSource(await wordProgramme(), 'programme.docx');
  assert.equal(doc.format, 'docx');
  const header = { header: true, cells: ['Horaire', 'Séquence', 'Intervenants'] };
  assert.deepEqual(shown(doc.blocks), [
    '# Atelier sobriété foncière',
    '',
    '**Programme de la formation**',
    '',
    '## Mardi 14 mars 2025',
    '',
    [
      header,
      { cells: ['9h00', { text: 'Accueil café', colSpan: 2, rowSpan: 1 }] },
      { cells: [{ text: '9h30', colSpan: 1, rowSpan: 2 }, 'Ouverture', 'Mme Claire Dubois / DDTM 59'] },
      { cells: ['Tour de table', 'Tous'] },
    ],
    '',
    '## Mercredi 15 mars 2025',
    '',
    [header, { cells: ['9h00', 'Visite de terrain', 'M. Paul Martin, Cerema'] }],
  ]);
  // Through today's importer: the header row is not content and the slots are found.
  const result = await importFile(await wordProgramme(), 'programme.docx');
  assert.doesNotMatch(result.yaml, /- Horaire/);
  assert.match(result.yaml, /Visite de terrain/);
});

const OFFICE_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

async function odt(content: string, manifest?: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file('content.xml', content);
  if (manifest) zip.file('META-INF/manifest.xml', manifest);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const odtBody = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${OFFICE_NS}><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;

test('an .odt: headings by outline level, spans, spaces and tabs, nested lists, a table with header rows and merged cells', async () => {
  const body = `<text:h text:outline-level="1">Séminaire <text:span>réseau</text:span></text:h>
    <text:p><text:span text:style-name="T1">Jeudi 3 avril 2025</text:span></text:p>
    <text:p>9h00<text:tab/>Accueil<text:s text:c="2"/>café<text:line-break/>9h30<text:tab/>Ouverture</text:p>
    <text:list><text:list-item><text:p>Élus</text:p><text:list><text:list-item><text:p>maires</text:p></text:list-item></text:list></text:list-item></text:list>
    <text:tracked-changes><text:changed-region><text:deletion><text:p>texte supprimé</text:p></text:deletion></text:changed-region></text:tracked-changes>
    <table:table><table:table-column table:number-columns-repeated="3"/>
      <table:table-header-rows><table:table-row><table:table-cell><text:p>Horaire</text:p></table:table-cell><table:table-cell><text:p>Séquence</text:p></table:table-cell><table:table-cell><text:p>Intervenants</text:p></table:table-cell></table:table-row></table:table-header-rows>
      <table:table-row><table:table-cell><text:p>10h00</text:p></table:table-cell><table:table-cell table:number-columns-spanned="2"><text:p>Pause</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
      <table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>10h30</text:p></table:table-cell><table:table-cell><text:p>Atelier</text:p><text:p>salle Vauban</text:p></table:table-cell><table:table-cell><text:p>Mme Dubois</text:p></table:table-cell></table:table-row>
      <table:table-row><table:covered-table-cell/><table:table-cell><text:p>Restitution</text:p></table:table-cell><table:table-cell><text:p>Tous</text:p></table:table-cell></table:table-row>
    </table:table>`;
  const doc = await readSource(await odt(odtBody(body)), 'seminaire.odt');
  assert.equal(doc.format, 'odt');
  assert.deepEqual(shown(doc.blocks), [
    '# Séminaire réseau',
    '',
    '**Jeudi 3 avril 2025**',
    '',
    '9h00\tAccueil  café',
    '9h30\tOuverture',
    '',
    '- Élus',
    '  - maires',
    '',
    [
      { header: true, cells: ['Horaire', 'Séquence', 'Intervenants'] },
      { cells: ['10h00', { text: 'Pause', colSpan: 2, rowSpan: 1 }] },
      { cells: [{ text: '10h30', colSpan: 1, rowSpan: 2 }, 'Atelier / salle Vauban', 'Mme Dubois'] },
      { cells: ['Restitution', 'Tous'] },
    ],
  ]);
});

test('XML with a DOCTYPE is refused before anything is expanded or fetched: a billion laughs, an external entity', async () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`).join('')}]><office:document-content ${OFFICE_NS}><office:body><office:text><text:p>&lol9;</text:p></office:text></office:body></office:document-content>`;
  const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]><office:document-content ${OFFICE_NS}><office:body><office:text><text:p>&secret;</text:p></office:text></office:body></office:document-content>`;
  for (const content of [laughs, external]) assert.deepEqual(await refusal(readSource(await odt(content), 'piege.odt')), { reason: 'corrupt', format: 'odt' });
  // An undeclared entity without a DOCTYPE is not expanded either.
  assert.deepEqual(await refusal(readSource(await odt(odtBody('<text:p>&secret;</text:p>')), 'piege.odt')), { reason: 'corrupt', format: 'odt' });
});

test('an .odt zip bomb is refused like a .docx one; an encrypted .odt says so', async () => {
  assert.deepEqual(await refusal(readSource(zipBombOdt(2048, false), 'bombe.odt')), { reason: 'wordXmlSize' });
  assert.deepEqual(await refusal(readSource(zipBombOdt(2048, true), 'bombe.odt')), { reason: 'wordXmlSize' });
  const manifest = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum="x"/></manifest:file-entry></manifest:manifest>';
  const encrypted = await refusal(readSource(await odt('chiffré', manifest), 'secret.odt'));
  assert.deepEqual(encrypted, { reason: 'encrypted', format: 'odt' });
  assert.deepEqual(messages(encrypted), [
    'it is encrypted (protected by a password): save a copy without a password as LibreOffice (.odt), then import it',
    'il est chiffré (protégé par un mot de passe) : enregistrez-en une copie sans mot de passe en LibreOffice (.odt), puis importez-la',
  ]);
});

test('random bytes named .docx or .odt, or an encrypted Word file, are one clear error', async () => {
  for (const format of ['docx', 'odt'] as const) {
    const refused = await refusal(importFile(binaryData(5000), `programme.${format}`));
    assert.deepEqual(refused, { reason: 'corrupt', format });
    assert.match(messages(refused)[0], /^it is not a readable (Word \(\.docx\)|LibreOffice \(\.odt\)) document \(damaged, or another kind of file\)/);
    assert.match(messages(refused)[1], /^ce n’est pas un document .* lisible/);
  }
  // Word saves a document with a password as an OLE2 container holding an EncryptedPackage.
  const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)]);
  assert.deepEqual(await refusal(importFile(ole, 'secret.docx')), { reason: 'encrypted', format: 'docx' });
});
