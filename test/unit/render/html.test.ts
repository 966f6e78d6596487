import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { EXPORT_CSP, renderBody, toHtml } from '../../../server/src/core/export/html';
import { toMarkdown } from '../../../server/src/core/export/markdown';
import { buildView } from '../../../server/src/core/render/buildView';
import type { ProgrammeView } from '../../../server/src/core/render/viewModel';
import { cspProblems } from './csp';
import { HOSTILE, hostileMission, hostileProgramme } from './injection';
import { memoryFiles } from '../../helpers';

const ROOT = resolve(__dirname, '../../../..');
const POIX = readFileSync(join(ROOT, 'examples/poix-du-nord/atelier-territorial.programme.yaml'), 'utf8');

function view(text: string, withNotes = false, uri = 'file:///ws/a.programme.yaml') {
  const service = createLanguageService();
  return buildView(service.analyse(uri, text), { withNotes })!;
}

test('the view of the seed day: times, names, turns, summary', () => {
  const v = view(POIX) as ProgrammeView;
  assert.equal(v.formatLabel, 'Atelier');
  assert.equal(v.datesText, '20 octobre 2021');
  const slots = v.days[0]!.slots;
  assert.equal(slots.length, 11);
  assert.deepEqual([slots[0]!.startText, slots[0]!.endText, slots[0]!.durationText, slots[0]!.typeLabel], ['08h30', '09h00', '30 min', 'accueil']);
  const restitution = slots.find((s) => s.title === 'Restitution par groupe')!;
  assert.deepEqual(restitution.turns.map((t) => `${t.startText}–${t.endText}`), ['16h00–16h15', '16h15–16h30', '16h30–16h45']);
  assert.equal(v.days[0]!.summary.startText, '08h30');
  assert.equal(v.days[0]!.summary.endText, '17h00');
  assert.equal(v.days[0]!.summary.pauseText, '1 h 30');
});

test('HTML: header, one timeline per day with heights by duration, tracks side by side', () => {
  const html = toHtml(view(POIX));
  assert.match(html, /<h1>Identifier et mettre en œuvre les outils d’accompagnement des projets d’aménagement<\/h1>/);
  assert.match(html, /<section class="day" data-line="\d+"><h2>20 octobre 2021<\/h2>/);
  assert.equal((html.match(/class="slot /g) ?? []).length, 11);
  assert.match(html, /class="slot type-site-visit" data-line="\d+" data-end-line="\d+" style="min-height:144px"/); // 2 h at 1.2 px/min
  assert.match(html, /<div class="tracks"><div class="track">/);
  assert.match(html, /Passages<\/strong> : Groupe 1 16h00–16h15/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">/);
  assert.deepEqual(cspProblems(EXPORT_CSP, { scripts: 'none' }), []);
  assert.doesNotMatch(html, /<script|https?:\/\//);
});

test('facilitator notes only when asked for', () => {
  const text = `${POIX.replace('title: Identifier', 'notes: Prévoir les clés de la salle\ntitle: Identifier')}`;
  assert.doesNotMatch(toHtml(view(text)), /clés de la salle/);
  assert.match(toHtml(view(text, true)), /clés de la salle/);
  assert.doesNotMatch(toMarkdown(view(text)), /clés de la salle/);
});

test('Markdown: a table per day, like a programme in a wiki', () => {
  const md = toMarkdown(view(POIX));
  assert.match(md, /^# Identifier et mettre en œuvre/);
  assert.match(md, /\n\| Horaire \| Durée \| Séquence \| Intervenants \| Contenu \|\n\|---\|---\|---\|---\|---\|\n\| 08h30 – 09h00 \| 30 min \| \*\*Accueil des participants - Constitution des groupes \(3 groupes\)\*\* \(accueil\) \|/);
  assert.match(md, /\*Bilan de la journée : 08h30 – 17h00/);
});

test('a mission: Gantt bars across the period and linked programmes at their dates', () => {
  const mission = `title: Atelier flash
scheme: atelier-flash
period: { start: 2022-09, end: 2022-11 }
phases:
  - id: atelier
    title: Atelier sur site
    start: 2022-10
    end: 2022-10
    programmes: [atelier.programme.yaml]
`;
  const service = createLanguageService();
  const analysis = service.analyse('file:///ws/flash.mission.yaml', mission);
  const linked = service.analyse('file:///ws/atelier.programme.yaml', 'title: Atelier sur site\ndate: 2022-10-12\n');
  const v = buildView(analysis, { linked: () => ({ uri: 'file:///ws/atelier.programme.yaml', analysis: linked }) })!;
  const html = toHtml(v);
  assert.match(html, /Atelier des territoires/);
  // September to November 2022 is 91 days: October starts at 30/91 and lasts 31 days (rounded after the difference).
  assert.match(html, /<span class="g-bar kind-core" style="left:32\.97%;width:34\.06%;top:1\.4em" title="Phase : Atelier sur site — octobre 2022" data-line="4">Atelier sur site<\/span>/);
  // The 12th of October, in the middle of its day: (41 + 0.5) / 91.
  assert.match(html, /<span class="marker" style="left:45\.6%" title="Journée programmée : Atelier sur site — 12 octobre 2022"><\/span>/);
  assert.match(renderBody(v, { preview: true }), /<span class="marker link" style="left:45\.6%" title="[^"]*" data-open="file:\/\/\/ws\/atelier\.programme\.yaml"><\/span>/);
});

/** The markup the renderer writes, and nothing else: user text must never add a tag or an attribute. */
const TAGS = new Set('html head meta title style body footer article header section aside p h1 h2 h3 dl dt dd ul li div strong em br span table thead tbody tr th td'.split(' '));
const ATTRIBUTES = new Set(['class', 'style', 'title', 'data-line', 'data-end-line', 'data-open', 'lang', 'charset', 'name', 'content', 'http-equiv']);
/** The preview's editing controls (issue 19): buttons, the menus' templates, the rename field, and what they need. */
const PREVIEW_TAGS = new Set(['button', 'template', 'input']);
const PREVIEW_ATTRIBUTES = new Set(['id', 'type', 'aria-describedby', 'aria-haspopup', 'aria-hidden', 'data-day', 'data-index', 'data-pinned', 'data-team', 'data-type', 'data-action', 'data-track', 'data-group', ...Object.keys(dragAttributes())]);
const NUMBER_ATTRIBUTES = new Set(['data-day', 'data-index', 'data-track']);

/** What the preview's slots and Gantt write for their gestures (issue 19), each with the only values it may take. */
function dragAttributes(): Record<string, RegExp> {
  return {
    'data-from': /^-?\d+$/,
    'data-span': /^\d+$/,
    'data-phase': /^\d+$/,
    'data-milestone': /^\d+$/,
    // A slot's minutes, or a phase's month or date.
    'data-start': /^(?:\d+|\d{4}-\d{2}(?:-\d{2})?)$/,
    'data-end': /^(?:\d+|\d{4}-\d{2}(?:-\d{2})?)$/,
    'data-date': /^\d{4}-\d{2}(?:-\d{2})?$/,
    'data-edge': /^(?:start|end)$/,
    tabindex: /^-?\d+$/,
    role: /^(?:button|group|menu|menuitem|menuitemradio)$/,
    'aria-label': /./,
    'aria-keyshortcuts': /^Alt\+ArrowLeft Alt\+ArrowRight Shift\+Alt\+ArrowLeft Shift\+Alt\+ArrowRight$/,
  };
}

function assertOwnMarkup(html: string, where: string): void {
  const withoutStyles = html.replace(/<style>[^<]*<\/style>/, '<style></style>');
  const tags = [...withoutStyles.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>/g)];
  // Every `<` opens one of those tags: an escaped `<` in user text is `&lt;`.
  assert.equal(tags.length, (withoutStyles.match(/<(?!!DOCTYPE)/g) ?? []).length, `${where}: a stray <`);
  for (const [, , name, rest] of tags) {
    const preview = where.endsWith('preview');
    assert.ok(TAGS.has(name!.toLowerCase()) || (preview && PREVIEW_TAGS.has(name!.toLowerCase())), `${where}: tag <${name}>`);
    const attributes = [...rest!.matchAll(/\s([\w-]+)="([^"]*)"/g)];
    assert.equal(rest!.replace(/\s([\w-]+)="([^"]*)"/g, '').replace(/\/$/, '').trim(), '', `${where}: attribute syntax in <${name}${rest}>`);
    for (const [, attribute, value] of attributes) {
      assert.ok(ATTRIBUTES.has(attribute!) || (preview && PREVIEW_ATTRIBUTES.has(attribute!)), `${where}: attribute ${attribute} on <${name}>`);
      if (NUMBER_ATTRIBUTES.has(attribute!)) assert.match(value!, /^\d+$/, `${where}: ${attribute} ${value}`);
      if (attribute === 'style') assert.match(value!, /^(?:[a-z-]+:[0-9.%()+\- a-z]+;?)+$/, `${where}: style ${value}`);
      if (attribute === 'data-open') assert.match(value!, /^file:\/\/\/ws\/[\w.-]+$/, `${where}: data-open ${value}`);
      const drag = dragAttributes()[attribute!];
      if (drag) assert.match(value!, drag, `${where}: ${attribute} ${value}`);
    }
  }
}

function hostileMissionView(hostile: string, withNotes = true) {
  const service = createLanguageService({ files: memoryFiles({ 'file:///ws/hostile.programme.yaml': hostileProgramme(hostile) }) });
  const uri = 'file:///ws/hostile.mission.yaml';
  const analysis = service.analyse(uri, hostileMission(hostile));
  return buildView(analysis, { withNotes, diagnostics: service.check(uri, hostileMission(hostile)), linked: (path) => service.linked(uri, path) })!;
}

for (const hostile of HOSTILE) {
  test(`hostile text in every field adds no tag or attribute to the HTML: ${JSON.stringify(hostile).slice(0, 40)}`, () => {
    const uri = 'file:///ws/a.programme.yaml';
    const service = createLanguageService();
    const text = hostileProgramme(hostile);
    const programme = buildView(service.analyse(uri, text), { withNotes: true, diagnostics: service.check(uri, text) })!;
    const mission = hostileMissionView(hostile);
    assert.equal(programme.title, hostile);
    assert.equal(mission.title, hostile);
    for (const [name, view] of [['programme', programme], ['mission', mission]] as const) {
      assertOwnMarkup(toHtml(view), `${name} export`);
      // The preview's body, with problem badges (whose messages quote user text) and links.
      assertOwnMarkup(renderBody(view, { preview: true }), `${name} preview`);
    }
    assert.ok(renderBody(mission, { preview: true }).includes('data-open="file:///ws/hostile.programme.yaml"'), 'the linked programme opens by its resolved URI');
  });
}

for (const hostile of HOSTILE) {
  test(`hostile text stays text in Markdown: ${JSON.stringify(hostile).slice(0, 40)}`, () => {
    const md = toMarkdown(view(hostileProgramme(hostile), true));
    assert.doesNotMatch(md, /<(?!br>)[a-z!?/]/i, 'no raw HTML but the line breaks of table cells');
    assert.doesNotMatch(md, /(?<!\\)\]\((?:javascript|data):/i);
    // No user text opens a table cell border or a formula at a cell start.
    const rows = md.split('\n').filter((l) => /^\| \d\dh/.test(l));
    assert.equal(rows.length, 2);
    for (const line of rows) assert.equal(line.split(/(?<!\\)\|/).length, 7, line);
    assert.doesNotMatch(md, /\| [=+\-@]/);
  });
}

test('HTML: a slot says « 08h30 – 09h00 (30 min) » and « Title (type : accueil) » to screen readers, the separators hidden on screen', () => {
  const html = toHtml(view(POIX));
  const first = /<div class="time">([\s\S]*?)<\/div>\n<div class="body"><div class="title">([\s\S]*?)<\/div>/.exec(html)!;
  const hidden = '<span class="visually-hidden">';
  assert.equal(first[1], `<span class="start">08h30</span>${hidden} – </span><span class="end">09h00</span><span class="duration">${hidden} (</span>30 min${hidden})</span></span>`);
  assert.match(first[2]!, new RegExp(`^<strong>[^<]+</strong> <span class="type">${hidden}\\(type : </span>accueil${hidden}\\)</span></span>$`));
  // Visually hidden, not display:none: screen readers still say it; start and end stay on two lines.
  assert.match(html, /\.visually-hidden \{ position:absolute; width:1px; height:1px;[^}]*clip:rect\(0 0 0 0\)/);
  assert.ok(html.includes('.slot .duration, .slot .start, .slot .end { display:block; }'));
  assert.doesNotMatch(html, /\.visually-hidden \{[^}]*display:\s*none/);
});
