/**
 * LibreOffice footnotes and comments (issue 17: nothing dropped, nothing public where
 * participants will not see it): a footnote is the author's published text and follows its
 * paragraph; a reviewer's comment (office:annotation) is not, and goes to the team's `notes`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { importFile } from '../../../../server/src/core/import/index';
import { readSource } from '../../../../server/src/core/import/sources/index';
import { shown } from './refusal';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

/** An .odt whose content.xml has this body, as LibreOffice writes footnotes and comments. */
async function odt(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const footnote = (n: number, text: string, cls = 'footnote') =>
  `<text:note text:id="ftn${n}" text:note-class="${cls}"><text:note-citation>${n}</text:note-citation><text:note-body><text:p>${text}</text:p></text:note-body></text:note>`;
const comment = (author: string, text: string) =>
  `<office:annotation office:name="c1"><dc:creator>${author}</dc:creator><dc:date>2025-03-01T10:00:00</dc:date><text:p>${text}</text:p></office:annotation>`;

const PROGRAMME = `<text:h text:outline-level="1">Atelier PLUi${footnote(1, 'Plan local d’urbanisme intercommunal.')}</text:h>
  <text:p>Mardi 12 mars 2024</text:p>
  <text:p>9h00 Accueil café${footnote(2, 'Offert par la commune.')}</text:p>
  <text:p>${comment('Claire Martin', 'Vérifier l’horaire avec la mairie')}9h30 Présentation du diagnostic<office:annotation-end office:name="c1"/></text:p>
  <text:list><text:list-item><text:p>Chiffres clés${footnote(3, 'Source : INSEE 2021.', 'endnote')}</text:p></text:list-item></text:list>`;

test('an .odt footnote follows its paragraph, without its number; a comment is not running text', async () => {
  const doc = await readSource(await odt(PROGRAMME), 'atelier.odt');
  assert.deepEqual(shown(doc.blocks), [
    '# Atelier PLUi',
    '(note : Plan local d’urbanisme intercommunal.)',
    '',
    'Mardi 12 mars 2024',
    '',
    '9h00 Accueil café',
    '(note : Offert par la commune.)',
    '',
    '9h30 Présentation du diagnostic',
    '',
    '- Chiffres clés',
    '  (note : Source : INSEE 2021.)',
  ]);
  assert.deepEqual(doc.reviewComments, [{ text: 'Vérifier l’horaire avec la mairie', author: 'Claire Martin', line: 9 }]);
});

test('imported: the footnote stays public with its session, the reviewer’s comment goes to the team’s notes', async () => {
  const { yaml } = await importFile(await odt(PROGRAMME), 'atelier.odt');
  assert.match(yaml, /^notes: "?Commentaire de relecture \(Claire Martin\) : Vérifier l’horaire avec la mairie"?$/m);
  assert.equal(yaml.match(/Vérifier l’horaire/g)?.length, 1, yaml);
  // The footnote is in the public text of its session, not in the notes.
  const accueil = yaml.slice(yaml.indexOf('title: Accueil café'), yaml.indexOf('title: Présentation'));
  assert.match(accueil, /\(note : Offert par la commune\.\)/, yaml);
  assert.match(yaml, /\(note : Source : INSEE 2021\.\)/);
  assert.doesNotMatch(yaml.slice(yaml.indexOf('notes:')), /note : /);
});

test('an English comment is framed in English; a comment without author or text', async () => {
  const body = `<text:h text:outline-level="1">Land take workshop</text:h><text:p>Thursday 6 March 2025</text:p>
    <text:p>09:30 Opening plenary${comment('', 'Check the room')}</text:p><text:p>${comment('Paul', '')}10:30 Coffee break</text:p>`;
  const doc = await readSource(await odt(body), 'workshop.odt');
  assert.deepEqual(doc.reviewComments, [{ text: 'Check the room', line: 5 }]);
  const { yaml } = await importFile(await odt(body), 'workshop.odt');
  assert.match(yaml, /^notes: "?Reviewer's comment: Check the room"?$/m);
  assert.match(yaml, /title: Opening plenary$/m);
});
