/**
 * Property 6: import → export → import is stable. What must be equal, precisely:
 *
 * - the AGENDA: for each day its date, and for each slot its computed start and end
 *   (minutes), its title and its type, in order;
 * - the programme's TITLE;
 * - and the Markdown itself is a fixed point: exporting the re-imported programme gives
 *   the same Markdown as the first export (so nothing drifts on further round trips).
 *
 * Sources: programmes written as people write them (`humanText.ts`), and the Markdown
 * export of generated `.programme.yaml` files (whose agenda must also come back: same
 * times and titles as the generated programme).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { createLanguageService } from '../../../server/src/core';
import { toMarkdown } from '../../../server/src/core/export/markdown';
import { importProgramme } from '../../../server/src/core/import/textImport';
import { buildView } from '../../../server/src/core/render/buildView';
import { PROGRAMME_URI, validProgramme } from './arbitraries';
import { budget } from './budget';
import { humanProgramme } from './humanText';

const service = createLanguageService({ settings: { language: 'fr' } });

/**
 * The agenda as compared: `date | start | end | title | type` per slot. Titles are compared
 * with their white space collapsed: the importer writes every run of spaces (tabs,
 * no-break and ideographic spaces included) as one space, by design (Word text).
 */
function agenda(yaml: string, withType = true): string[] {
  const model = service.analyse(PROGRAMME_URI, yaml).model;
  assert.equal(model?.kind, 'programme', yaml);
  if (model?.kind !== 'programme') return [];
  return model.days.flatMap((d) => d.slots.map((s) => [d.dateText ?? '', s.start, s.end, s.title.replace(/\s+/g, ' ').trim(), withType ? s.type : ''].join(' | ')));
}

function markdown(yaml: string): string {
  const view = buildView(service.analyse(PROGRAMME_URI, yaml));
  assert.ok(view, yaml);
  return toMarkdown(view);
}

function roundTrip(source: string): { first: string; md: string; second: string } {
  const first = importProgramme(source).yaml;
  const md = markdown(first);
  const second = importProgramme(md).yaml;
  return { first, md, second };
}

function assertStable(source: string): void {
  const { first, md, second } = roundTrip(source);
  const why = `source:\n${source}\n--- first import:\n${first}\n--- export:\n${md}\n--- second import:\n${second}`;
  assert.deepEqual(agenda(second), agenda(first), why);
  assert.equal((parse(second) as { title?: unknown }).title, (parse(first) as { title?: unknown }).title, why);
  assert.equal(markdown(second), md, why);
}

test('a programme written by hand: import → export → import keeps the agenda and the title, and the export is a fixed point', () => {
  fc.assert(fc.property(humanProgramme, assertStable), budget(150));
});

test('a generated programme exported to Markdown: the import gets its agenda back, and the round trip is stable', () => {
  fc.assert(
    fc.property(validProgramme, ({ text }) => {
      const md = markdown(text);
      const imported = importProgramme(md).yaml;
      // Times and titles come back as written; types are read back from their labels.
      assert.deepEqual(agenda(imported), agenda(text), `--- export:\n${md}\n--- import:\n${imported}`);
      assertStable(md);
    }),
    budget(150),
  );
});
