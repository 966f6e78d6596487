/**
 * A step's own speakers and length (FORMAT.md 7.3) reach every output: seed 004's
 * Frédéric Applincourt speaks in one bullet of 09h15, and a facilitator's « 10 min tour de
 * table, 20 min … » is read on the page as written.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import { createLanguageService } from '../../../server/src/core';
import { buildView } from '../../../server/src/core/render/buildView';
import type { ProgrammeView } from '../../../server/src/core/render/viewModel';

const URI = 'file:///ws/atelier.programme.yaml';
const DAY = `title: Atelier territorial — Poix-du-Nord
language: fr
date: 2026-03-12
people:
  - id: fa
    name: Frédéric Applincourt
    role: RT sur ce secteur
  - id: cd
    name: Claire Dubois
agenda:
  - time: 09h15-10h45
    title: Présentation du projet
    type: presentation
    steps:
      - Le contexte communal
      - text: Le projet de centre-bourg
        speakers: [fa]
        duration: 20min
      - { speakers: [cd, fa], duration: 10min }
`;
const EXPECTED = ['Le contexte communal', 'Le projet de centre-bourg — Frédéric Applincourt (20 min)', 'Claire Dubois, Frédéric Applincourt (10 min)'];

describe('step speakers and lengths in the outputs', () => {
  const service = createLanguageService();
  test('the view gives each step its text, speakers and length; a step of speakers only is their names', () => {
    assert.deepEqual((buildView(service.analyse(URI, DAY), {}) as ProgrammeView).days[0]!.slots[0]!.steps, EXPECTED);
  });
  test('Markdown, HTML and Word show them', async () => {
    const md = String(await service.export({ uri: URI, text: DAY }, 'md'));
    for (const step of EXPECTED) assert.ok(md.includes(`• ${step}`), `${step}\n${md}`);
    const html = String(await service.export({ uri: URI, text: DAY }, 'html'));
    for (const step of EXPECTED) assert.ok(html.includes(`<li>${step.replace(/'/g, '&#39;')}</li>`), `${step}\n${html}`);
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from((await service.export({ uri: URI, text: DAY }, 'docx')) as Uint8Array) })).value;
    for (const step of EXPECTED) assert.ok(docx.includes(step), step);
  });
});
