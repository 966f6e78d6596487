/**
 * Who sees what (FORMAT.md 7.3), every export read back as its reader would: HTML as text,
 * Markdown as text, Word with mammoth, iCalendar with ical.js. A participant export (the
 * default) holds none of the team corpus; the team's holds all of it, each team item marked
 * « équipe », and each day's materials checklist.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import mammoth from 'mammoth';
import { createLanguageService } from '../../../server/src/core';
import { renderBody } from '../../../server/src/core/export/html';
import { buildView } from '../../../server/src/core/render/buildView';
import type { ProgrammeView } from '../../../server/src/core/render/viewModel';
import { AUDIENCE_PROGRAMME, AUDIENCE_URI, audienceExport, PUBLIC_CORPUS, TEAM_CORPUS } from './audienceFixture';

const loadIcal = () => import('ical.js').then((m) => m.default);
let ICAL: Awaited<ReturnType<typeof loadIcal>>;
before(async () => {
  ICAL = await loadIcal();
});

/** Every export of the fixture, as the text a reader gets. */
async function readAll(audience?: 'participants' | 'team'): Promise<Record<'html' | 'md' | 'docx' | 'ics', string>> {
  const html = String(await audienceExport('html', audience));
  const md = String(await audienceExport('md', audience));
  const docx = (await mammoth.extractRawText({ buffer: Buffer.from((await audienceExport('docx', audience)) as Uint8Array) })).value.replace(/\u00a0/g, ' ');
  const calendar = new ICAL.Component(ICAL.parse(String(await audienceExport('ics', audience))));
  const ics = calendar
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
    .map((e) => `${e.summary}\n${e.description}`)
    .join('\n\n');
  return { html, md, docx, ics };
}

/** HTML as text: tags dropped, entities decoded (so an escaped apostrophe still matches). */
const htmlText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the participants’ form', () => {
  for (const audience of [undefined, 'participants'] as const) {
    test(`no team item in any format (${audience ?? 'the default'})`, async () => {
      const outputs = await readAll(audience);
      for (const [format, raw] of Object.entries(outputs)) {
        const text = format === 'html' ? htmlText(raw) : raw;
        for (const item of TEAM_CORPUS) assert.ok(!text.includes(item), `${format} shows the team item « ${item} »`);
        for (const item of PUBLIC_CORPUS) assert.ok(text.includes(item), `${format} lost « ${item} »`);
        assert.doesNotMatch(text, /Matériel à prévoir|Version pour l’équipe|\[équipe\]|\\\[équipe\\\]|\[ÉQUIPE\]/i, `${format}: no team mark, banner or checklist`);
      }
      assert.doesNotMatch(outputs.html.replace(/<style>[\s\S]*?<\/style>/, ''), /team-badge|team-banner|class="slot[^"]* team"/);
    });
  }

  test('the calendar has one event per public slot, none for a team slot', async () => {
    const calendar = new ICAL.Component(ICAL.parse(String(await audienceExport('ics'))));
    const summaries = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).summary);
    assert.deepEqual(summaries, ['Accueil des participants', 'Atelier cartographique', 'Restitution par groupe', 'Visite de terrain']);
  });

  test('the day summary counts what participants attend: from 08h30, three sequences; their turns stay', async () => {
    const md = String(await audienceExport('md'));
    assert.match(md, /\*Bilan de la journée : 08h30 – 11h00, 2 h contenu, 30 min pauses, 3 séquences\.\*/);
    assert.match(md, /Passages : Groupe 1 10h30–10h45, Groupe 2 10h45–11h00/);
  });
});

describe('the team’s form', () => {
  test('every team item in every format', async () => {
    const outputs = await readAll('team');
    for (const [format, raw] of Object.entries(outputs)) {
      const text = format === 'html' ? htmlText(raw) : raw;
      // The calendar carries slots (with their notes and materials), not the programme's notes nor the day's accounting.
      const expected = format === 'ics' ? TEAM_CORPUS.filter((t) => t !== 'Prévenir le traiteur' && t !== 'Temps par groupe') : TEAM_CORPUS;
      for (const item of expected) assert.ok(text.includes(item), `${format} lacks the team item « ${item} »`);
      for (const item of PUBLIC_CORPUS) assert.ok(text.includes(item), `${format} lost « ${item} »`);
    }
  });

  test('HTML: team slots, notes, materials and the time per group carry the « équipe » badge; the page says it is the team’s', async () => {
    const html = String(await audienceExport('html', 'team'));
    const badge = '<span class="team-badge">équipe</span>';
    assert.match(html, new RegExp(`<div class="slot type-other team"[^>]*>[\\s\\S]*?<strong>Dernière mise au point de l&#39;équipe d&#39;animation</strong> <span class="type"><span class="visually-hidden">\\(type : </span>autre<span class="visually-hidden">\\)</span></span> ${badge}`));
    assert.match(html, new RegExp(`<div class="slot type-other team"[^>]*>[\\s\\S]*?<strong>Débriefing interne des animateurs</strong> <span class="type"><span class="visually-hidden">\\(type : </span>autre<span class="visually-hidden">\\)</span></span> ${badge}`));
    assert.ok(html.includes(`<p class="materials team-item">${badge} <strong>Supports</strong> : Post-it 4 couleurs, Gommettes</p>`));
    assert.ok(html.includes(`<p class="notes pre team-item">${badge} <strong>Notes d’animation</strong> : Clés de la salle chez le gardien</p>`));
    assert.ok(html.includes(`<h2>Notes d’animation ${badge}</h2><p class="pre">Prévenir le traiteur du nombre exact la veille</p>`));
    assert.ok(html.includes(`<br>${badge} Temps par groupe : Groupe 1 1 h 30 · Groupe 2 1 h 30`));
    assert.ok(html.includes(`<p class="team-banner">${badge} Version pour l’équipe d’animation`));
    // Public slots are not marked.
    assert.doesNotMatch(html, /<strong>Atelier cartographique<\/strong> <span class="type"><span class="visually-hidden">\(type : <\/span>atelier<span class="visually-hidden">\)<\/span><\/span> <span class="team-badge">/);
  });

  test('HTML: each day’s materials checklist, every material once with the slots that need it', async () => {
    const html = String(await audienceExport('html', 'team'));
    const lists = [...html.matchAll(/<section class="checklist team-item"><h3>Matériel à prévoir <span class="team-badge">équipe<\/span><\/h3><ul>(.*?)<\/ul><\/section>/g)].map((m) => m[1]);
    assert.deepEqual(lists, [
      '<li><strong>Badges nominatifs</strong> — 08h30 Accueil des participants</li>' +
        '<li><strong>Post-it 4 couleurs</strong> — 09h00 Atelier cartographique ; 10h30 Restitution par groupe</li>' +
        '<li><strong>Gommettes</strong> — 09h00 Atelier cartographique</li>',
      '<li><strong>Gilets de sécurité</strong> — 09h00 Visite de terrain</li>',
    ]);
  });

  test('Markdown: the marks and the checklist', async () => {
    const md = String(await audienceExport('md', 'team'));
    assert.ok(md.includes('> **\\[équipe\\]** Version pour l’équipe d’animation'));
    assert.ok(md.includes('**Débriefing interne des animateurs** (autre) **\\[équipe\\]**'));
    assert.ok(md.includes('\\[équipe\\] Supports : Post-it 4 couleurs, Gommettes<br>\\[équipe\\] Notes d’animation : Clés de la salle chez le gardien'));
    assert.ok(md.includes('### Matériel à prévoir **\\[équipe\\]**\n\n- **Badges nominatifs** — 08h30 Accueil des participants\n- **Post-it 4 couleurs** — 09h00 Atelier cartographique ; 10h30 Restitution par groupe\n- **Gommettes** — 09h00 Atelier cartographique\n'));
    assert.equal(md.match(/Post-it 4 couleurs\*\* —/g)?.length, 1, 'once in the checklist');
  });

  test('Word: the marks and the checklist, read back with mammoth', async () => {
    const bytes = (await audienceExport('docx', 'team')) as Uint8Array;
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\u00a0/g, ' ');
    assert.ok(text.includes('[ÉQUIPE] Version pour l’équipe d’animation'));
    assert.match(text, /Débriefing interne des animateurs\s+autre\s+\[ÉQUIPE\]/);
    assert.ok(text.includes('[ÉQUIPE] Supports : Post-it 4 couleurs, Gommettes'));
    assert.ok(text.includes('[ÉQUIPE] Notes d’animation : Clés de la salle chez le gardien'));
    assert.ok(text.includes('[ÉQUIPE] Matériel à prévoir'));
    assert.ok(text.includes('Post-it 4 couleurs — 09h00 Atelier cartographique ; 10h30 Restitution par groupe'));
    assert.ok(text.includes('Gilets de sécurité — 09h00 Visite de terrain'));
  });

  test('calendar: a team slot is an event marked [équipe], with its notes; materials in the descriptions', async () => {
    const calendar = new ICAL.Component(ICAL.parse(String(await audienceExport('ics', 'team'))));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    assert.deepEqual(
      events.map((e) => e.summary),
      ['Dernière mise au point de l\'équipe d\'animation [équipe]', 'Accueil des participants', 'Atelier cartographique', 'Restitution par groupe', 'Visite de terrain', 'Débriefing interne des animateurs [équipe]'],
    );
    assert.ok(events[2]!.description.includes('[équipe] Supports\u00a0: Post-it 4 couleurs, Gommettes'));
    assert.ok(events[5]!.description.endsWith('Notes d’animation\u00a0: Noter les retours des élus pour le COPIL'));
  });
});

describe('the preview', () => {
  const service = createLanguageService();
  const preview = (audience?: 'participants' | 'team') => service.preview({ uri: AUDIENCE_URI, text: AUDIENCE_PROGRAMME }, audience)!.html;

  test('shows everything, team items marked, with the checklist', () => {
    const html = preview();
    for (const item of TEAM_CORPUS) assert.ok(htmlText(html).includes(item), item);
    assert.equal(html.match(/<div class="slot [^"]*team"/g)?.length, 2);
    assert.ok(html.includes('<h3>Matériel à prévoir <span class="team-badge">équipe</span></h3>'));
  });

  test('as participants will see it, when asked', () => {
    const text = htmlText(preview('participants'));
    for (const item of TEAM_CORPUS) assert.ok(!text.includes(item), item);
  });
});

test('the view: `withNotes`, the earlier switch, still means the team; `for` wins over it', () => {
  const analysis = createLanguageService().analyse(AUDIENCE_URI, AUDIENCE_PROGRAMME);
  const slots = (v: unknown) => (v as ProgrammeView).days[0]!.slots.map((s) => s.title);
  assert.equal(slots(buildView(analysis, { withNotes: true })).length, 4);
  assert.equal(slots(buildView(analysis, { withNotes: true, for: 'participants' })).length, 3);
  assert.equal((buildView(analysis, {}) as ProgrammeView).form, 'participants');
  assert.ok(renderBody(buildView(analysis, { for: 'team' })!).includes('team-banner'));
});
