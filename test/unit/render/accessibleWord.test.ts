/**
 * Accessible Word exports (RGAA for office documents): the .docx of every example and
 * template, exported as `deroule export --to docx` does, read back by unzipping it (jszip).
 * What a screen reader relies on: the document's language declared (`w:lang` of the default
 * run, in the programme's language); a title and real headings (`Title`, `Heading1`,
 * `Heading2` styles) whose levels never skip one; no paragraph that only looks like a heading
 * (bold text alone outside a table or list); and every table's first row, and only it, marked
 * as a header row (`w:tblHeader`: read out as column headers, repeated on each page).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import JSZip from 'jszip';
import { diskService, exampleFiles, sourceOf } from './exampleFiles';

interface WordParts {
  document: string;
  styles: string;
}

async function wordParts(bytes: Uint8Array): Promise<WordParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    assert.ok(file, `${name} in the package`);
    return file.async('string');
  };
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml') };
}

/** The body's paragraphs outside tables, and its tables, in document order. */
function bodyParts(document: string): { paragraphs: string[]; tables: string[] } {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  const tables = body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return { paragraphs: outside.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [], tables };
}

const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The problems a reader of `file`'s Word export would meet; empty when none. */
function problems(parts: WordParts, language: string): string[] {
  const out: string[] = [];
  const expected = language === 'en' ? 'en-GB' : 'fr-FR';
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.styles)?.[0] ?? '';
  if (!new RegExp(`<w:lang w:val="${expected}"`).test(defaults)) out.push(`the document's language is not declared as ${expected}`);

  const { paragraphs, tables } = bodyParts(parts.document);
  const styles = paragraphs.map(styleOf);
  if (!styles.includes('Title')) out.push('no paragraph in the Title style');
  let level = 0;
  for (const [i, p] of paragraphs.entries()) {
    const heading = /^Heading(\d)$/.exec(styles[i] ?? '');
    if (heading) {
      const next = Number(heading[1]);
      if (next > level + 1) out.push(`Heading${next} “${textOf(p)}” follows Heading${level || ' none'}: a level is skipped`);
      if (!textOf(p).trim()) out.push(`an empty Heading${next}`);
      level = next;
      continue;
    }
    // Bold text alone, in no heading style and no list: a heading only to the eye.
    const runs = p.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const texts = runs.filter((r) => textOf(r).trim());
    if (!styles[i]?.startsWith('Title') && !p.includes('<w:numPr>') && texts.length > 0 && texts.every((r) => /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(r)))
      out.push(`“${textOf(p)}” is bold text standing for a heading, without a heading style`);
  }
  if (level === 0) out.push('no Heading1');

  for (const [t, table] of tables.entries()) {
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];
    const header = rows.map((r) => /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(r));
    if (!header[0]) out.push(`table ${t + 1}: its first row is not a header row`);
    else if (rows[0]!.match(/<w:tc>/g)?.length !== (rows[0]!.match(/<w:tc>[\s\S]*?<w:t(?: [^>]*)?>[^<]+<\/w:t>[\s\S]*?<\/w:tc>/g) ?? []).length) out.push(`table ${t + 1}: a header cell is empty`);
    if (header.slice(1).some(Boolean)) out.push(`table ${t + 1}: a row after the first is marked as a header`);
  }
  return out;
}

describe('accessible Word exports', () => {
  const service = diskService();

  for (const withNotes of [false, true]) {
    test(`every example and template${withNotes ? ', with facilitator notes' : ''}: language, title, headings without a skipped level, header rows`, async () => {
      const found: string[] = [];
      let tables = 0;
      for (const file of exampleFiles()) {
        const source = sourceOf(file);
        const language = service.preview(source, 'participants')?.language;
        assert.ok(language, file);
        const parts = await wordParts((await service.export(source, 'docx', { withNotes })) as Uint8Array);
        tables += bodyParts(parts.document).tables.length;
        for (const problem of problems(parts, language)) found.push(`${file}: ${problem}`);
      }
      assert.deepEqual(found, []);
      assert.ok(tables >= 15, `the examples' agendas and phase tables are checked (${tables})`);
    });
  }

  test('the checks find what they look for', () => {
    const styles = '<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>';
    const p = (style: string | undefined, text: string, bold = false) =>
      `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${text}</w:t></w:r></w:p>`;
    const row = (header: boolean, ...cells: string[]) => `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c) => `<w:tc>${p(undefined, c)}</w:tc>`).join('')}</w:tr>`;
    const document = (...body: string[]) => `<w:document><w:body>${body.join('')}</w:body></w:document>`;
    const good = document(p('Title', 'Atelier'), p('Heading1', 'Programme'), p('Heading2', 'Jeudi'), `<w:tbl>${row(true, 'Heure', 'Séquence')}${row(false, '9h', 'Accueil')}</w:tbl>`, p('Heading1', 'Intervenants'));
    assert.deepEqual(problems({ document: good, styles }, 'fr'), []);
    assert.deepEqual(problems({ document: good, styles }, 'en'), ['the document\'s language is not declared as en-GB']);
    const bad = document(p(undefined, 'Atelier'), p('Heading2', 'Jeudi'), p(undefined, 'Objectifs', true), `<w:tbl>${row(false, 'Heure', '')}${row(true, '9h', 'Accueil')}</w:tbl>`);
    assert.deepEqual(problems({ document: bad, styles }, 'fr'), [
      'no paragraph in the Title style',
      'Heading2 “Jeudi” follows Heading none: a level is skipped',
      '“Objectifs” is bold text standing for a heading, without a heading style',
      'table 1: its first row is not a header row',
      'table 1: a row after the first is marked as a header',
    ]);
  });
});
