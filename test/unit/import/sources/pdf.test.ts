/**
 * A PDF's text layer to the common document (small PDFs written by hand, `makePdf.ts`):
 * items grouped into lines by baseline and ordered by x, a wide gap as a tab, an empty line
 * between paragraphs and between pages. And the refusals: no text (a scan), a password,
 * too many pages (before any page is read), too large (before parsing), not a PDF at all.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importFile } from '../../../../server/src/core/import/index';
import { IMPORT_LIMITS } from '../../../../server/src/core/import/limits';
import { readSource } from '../../../../server/src/core/import/sources/index';
import { binaryData } from '../../../hostileImports';
import { makePdf } from './makePdf';
import { messages, refusal, shown } from './refusal';

test('a PDF: lines by baseline in x order (whatever the order drawn), wide gaps as tabs, paragraphs and pages apart', async () => {
  const pdf = makePdf([
    [
      { text: 'Ouverture', x: 170, y: 700 },
      { text: '9h30', x: 72, y: 700 },
      { text: 'Atelier du', x: 72, y: 780, size: 16 },
      { text: '14 mars', x: 158, y: 780, size: 16 },
      { text: '9h00', x: 72, y: 714 },
      { text: 'Accueil', x: 150, y: 714 },
      { text: 'Mme Dubois', x: 300, y: 714 },
    ],
    [{ text: '14h00', x: 72, y: 780 }, { text: 'Restitution', x: 150, y: 780 }],
  ]);
  const doc = await readSource(pdf, 'programme.pdf');
  assert.equal(doc.format, 'pdf');
  assert.deepEqual(shown(doc.blocks), ['Atelier du 14 mars', '', '9h00\tAccueil\tMme Dubois', '9h30\tOuverture', '', '14h00\tRestitution']);
  assert.match((await importFile(pdf, 'programme.pdf')).yaml, /Restitution/);
});

test('a PDF without text (a scan) is refused, saying so; nothing is read from it', async () => {
  const refused = await refusal(readSource(makePdf([[], []]), 'scan.pdf'));
  assert.deepEqual(refused, { reason: 'noText' });
  assert.deepEqual(messages(refused), ['no text: scanned document? export it with text, or type it', 'aucun texte : document scanné ? exportez-le avec son texte, ou saisissez-le']);
});

test('a PDF that needs a password is refused as encrypted', async () => {
  const refused = await refusal(readSource(makePdf([[{ text: '9h00 Accueil', x: 72, y: 700 }]], { encrypted: true }), 'secret.pdf'));
  assert.deepEqual(refused, { reason: 'encrypted', format: 'pdf' });
  assert.match(messages(refused)[0], /^it is encrypted \(protected by a password\): save a copy without a password as PDF/);
});

test('a PDF of 500 pages is refused on its page count; one at the bound is read', async () => {
  const page = [{ text: '9h00 Séance', x: 72, y: 700 }];
  const refused = await refusal(readSource(makePdf(Array(500).fill(page)), 'long.pdf'));
  assert.deepEqual(refused, { reason: 'pages', count: 500 });
  assert.match(messages(refused)[1], /^il compte 500 pages, au-delà des limites d’un import/);
  const limits = { ...IMPORT_LIMITS, pages: 3 };
  assert.equal((await readSource(makePdf(Array(3).fill(page)), 'court.pdf', limits)).blocks.filter((b) => b.kind === 'line' && b.text).length, 3);
  assert.deepEqual(await refusal(readSource(makePdf(Array(4).fill(page)), 'court.pdf', limits)), { reason: 'pages', count: 4 });
});

test('a 100 MB PDF is refused on its size before parsing; random bytes named .pdf are one clear error', async () => {
  const huge = Buffer.alloc(100 * 1024 * 1024);
  huge.write('%PDF-1.4\n');
  assert.deepEqual(await refusal(readSource(huge, 'enorme.pdf')), { reason: 'fileSize', bytes: huge.length });
  for (const bytes of [binaryData(5000), Buffer.concat([Buffer.from('%PDF-1.7\n'), binaryData(5000)])]) {
    const refused = await refusal(readSource(bytes, 'programme.pdf'));
    assert.deepEqual(refused, { reason: 'corrupt', format: 'pdf' });
    assert.match(messages(refused)[0], /^it is not a readable PDF document/);
  }
});
