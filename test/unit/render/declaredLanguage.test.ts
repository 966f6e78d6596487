/**
 * The language of every output is declared (WCAG 3.1.1 and 3.1.2, RGAA 8.3 and 8.7), and it
 * is the programme's `language`, French when absent (a mission's outputs are in French): the HTML export's `<html lang>`, the
 * rendered document's `lang` (the preview page itself has VS Code's language), the Word
 * document's default `w:lang`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { createLanguageService } from '../../../server/src/core';
import { memoryFiles } from '../../helpers';

const programme = (language: string) => `title: Territorial workshop
format: workshop
${language}date: 2026-03-12
agenda:
  - time: 09h00-09h30
    title: Welcome
    type: welcome
`;

const cases: [string, string, 'fr' | 'en', string][] = [
  ['language: en', 'language: en\n', 'en', 'en-GB'],
  ['language: fr', 'language: fr\n', 'fr', 'fr-FR'],
  ['no language', '', 'fr', 'fr-FR'],
];

for (const [name, line, lang, wordLang] of cases) {
  test(`a programme with ${name}: HTML, preview and Word declare ${lang}`, async () => {
    // The service's own language (the UI's) is the other one: the document's must win.
    const service = createLanguageService({ files: memoryFiles({}), settings: { language: lang === 'fr' ? 'en' : 'fr' } });
    const doc = { uri: 'file:///ws/atelier.programme.yaml', text: programme(line) };
    const html = (await service.export(doc, 'html')) as string;
    assert.match(html, new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}">`));
    assert.match(html, new RegExp(`<article class="programme" lang="${lang}">`));
    const preview = service.preview(doc, 'participants');
    assert.equal(preview?.language, lang);
    assert.match(preview!.html, new RegExp(`^<article class="programme" lang="${lang}">`));
    const zip = await JSZip.loadAsync((await service.export(doc, 'docx')) as Uint8Array);
    const styles = await zip.file('word/styles.xml')!.async('string');
    assert.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '', new RegExp(`<w:lang w:val="${wordLang}"/>`));
  });
}

test('a mission, written in French, declares fr in HTML and in its preview, whatever the UI language', async () => {
  const service = createLanguageService({ files: memoryFiles({}), settings: { language: 'en' } });
  const doc = { uri: 'file:///ws/crte.mission.yaml', text: 'title: Accompagnement CRTE\n' };
  const html = (await service.export(doc, 'html')) as string;
  assert.match(html, /^<!DOCTYPE html>\n<html lang="fr">/);
  assert.match(html, /<article class="mission" lang="fr">/);
  assert.match(service.preview(doc, 'participants')!.html, /^<article class="mission" lang="fr">/);
});
