/**
 * Regression (found by the import → export → import property): a title read from a
 * Markdown table cell is kept exactly, final full stop or colon included, so a programme
 * exported to Markdown imports back with the same titles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { createLanguageService } from '../../../server/src/core';
import { toMarkdown } from '../../../server/src/core/export/markdown';
import { importProgramme } from '../../../server/src/core/import/textImport';
import { buildView } from '../../../server/src/core/render/buildView';

const URI = 'file:///ws/x.programme.yaml';

test('a slot title ending with a full stop or a colon survives export to Markdown and import', () => {
  const text = `title: Atelier
date: 2023-12-06
agenda:
  - time: 12h35-14h50
    title: Visite (centre-bourg).
    type: site-visit
  - time: 14h50-15h00
    title: "Bilan :"
`;
  const md = toMarkdown(buildView(createLanguageService().analyse(URI, text))!);
  assert.match(md, /\*\*Visite \(centre-bourg\)\.\*\*/);
  const agenda = (parse(importProgramme(md).yaml) as { agenda: { title: string }[] }).agenda;
  assert.deepEqual(agenda.map((s) => s.title), ['Visite (centre-bourg).', 'Bilan :']);
});

test('a title on a plain text line still loses its final full stop', () => {
  const agenda = (parse(importProgramme('Atelier\nDate : 6 décembre 2023\n\n9h00-9h30 Accueil des participants.\n').yaml) as { agenda: { title: string }[] }).agenda;
  assert.equal(agenda[0]!.title, 'Accueil des participants');
});
