/**
 * What a mission v2 looks like in the HTML export (and the preview), in Markdown and in Word
 * (FORMAT.md 7.5): every key that has a value, months in words, free text reflowed, the
 * Gantt with its axis, a row per workstream, diamonds and due marks with hover texts, and a
 * deliverable link that is a link only when it is http(s).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import mammoth from 'mammoth';
import { toDocx } from '../../../server/src/core/export/docx';
import { renderBody, toHtml } from '../../../server/src/core/export/html';
import { toMarkdown } from '../../../server/src/core/export/markdown';
import type { MissionView } from '../../../server/src/core/render/viewModel';
import { crteView, CRTE_MISSION } from './missionV2Fixture';

const line = (snippet: string) => CRTE_MISSION.split('\n').findIndex((l) => l === snippet);
const all = (html: string, pattern: RegExp) => [...html.matchAll(new RegExp(pattern.source, 'g'))].map((m) => m[1] ?? m[0]);

test('HTML: every key that has a value, in French', () => {
  const html = toHtml(crteView());
  for (const s of [
    '<dt>Pilote</dt><dd>Mélanie Guiot</dd>',
    '<dt>Financement</dt><dd>Gratuit pour les collectivités</dd>',
    '<h2>Objet de l’opération</h2><p>Les contrats de relance et de transition écologique (CRTE) engagent l&#39;État et les territoires sur six ans.</p><p>Le Cerema accompagne :</p><ul><li>la CC de Pont-Audemer Val de Risle,</li><li>la CC des Sources de l&#39;Orne, par des ateliers co-animés.</li></ul>',
    '<li>CC de Pont-Audemer Val de Risle — intercommunalité (EPCI) — 30\u202f000 habitants</li>',
    '<h2>Thématiques</h2><ul><li>Transition écologique</li></ul>',
    '<h2>Réponse</h2><p>Un diagnostic à partir des vécus des élus, puis des ateliers.</p>',
    '<li><strong>Mélanie Guiot</strong> — Cheffe de projet (Cerema Normandie-Centre)</li>',
    `<li data-line="${line('  - id: pa')}"><strong>Pont-Audemer Val de Risle</strong> <span class="g-status status-done">terminé</span><div>Territoires : CC de Pont-Audemer Val de Risle</div><div>Animation : Mélanie Guiot</div><div class="free"><em>Méthode</em><p>Diagnostic à partir des vécus des élus ; ateliers co-animés avec des agents formés.</p></div></li>`,
    '<strong>Cadrage régional</strong> <span class="dates">septembre 2021</span> <span class="tag">préparation</span>',
    '<div>Chantier : Pont-Audemer Val de Risle</div><div class="free"><p>Entretiens avec les maires et visite du territoire.</p></div><ul><li>Séminaire des élus — 18 novembre 2021</li></ul>',
    `<li data-line="${line('  - id: signature-pa')}"><span class="dates">décembre 2021</span> — <strong>Signature du CRTE de Pont-Audemer</strong> <span class="tag">signature</span><div>Gouvernance : Comité de pilotage</div><div>Phase : Diagnostic Pont-Audemer</div>`,
    '<strong>Carnet de territoire</strong> — Échéance : février 2022 <span class="tag status-delivered">livré</span><div>Responsable : CAUE de l&#39;Eure</div><div>Lien : <a href="https://www.example.org/carnet?a=1&amp;b=2" rel="noopener noreferrer">https://www.example.org/carnet?a=1&amp;b=2</a></div>',
    '<strong>Rapport final</strong> — Échéance : 30 juin 2022 <span class="tag status-in-progress">en cours</span><div>Responsable : Mélanie Guiot</div><div class="free"><p>Synthèse des six territoires.</p></div>',
    '<li><strong>Comité de pilotage</strong> — Préfecture de l&#39;Eure, Cerema</li>',
  ])
    assert.ok(html.includes(s), s);
  // Never an ISO month or date in what a reader sees (the source lines are numbers only).
  assert.doesNotMatch(html.replace(/<style>[\s\S]*?<\/style>/, ''), /\b\d{4}-\d{2}\b/);
});

test('HTML: a link that is not http(s) is never a link, and nothing else becomes one', () => {
  const html = toHtml(crteView());
  assert.deepEqual(all(html, /<a href="([^"]*)"/), ['https://www.example.org/carnet?a=1&amp;b=2']);
  assert.doesNotMatch(html, /javascript:/);
  assert.ok(html.includes('<strong>Note d&#39;étape</strong> — Échéance : mars 2022</li>'));
  // Even a view that carried one (the model drops it) writes it as text.
  const v = crteView();
  v.deliverables[2]!.link = 'javascript:alert(1)';
  const forced = toHtml(v);
  assert.equal(all(forced, /<a href="([^"]*)"/).length, 1);
  assert.ok(forced.includes('Lien : javascript:alert(1)</div>'));
});

test('the Gantt: years and months on the axis, the first row then one row per workstream, diamonds, due marks, hover texts, legend', () => {
  const html = toHtml(crteView());
  const gantt = html.slice(html.indexOf('<div class="gantt">'), html.indexOf('<section', html.indexOf('<div class="gantt">')));
  assert.deepEqual(all(gantt, /<span class="g-year"[^>]*>([^<]*)</), ['2021', '2022']);
  assert.deepEqual(all(gantt, /<span class="g-month"[^>]*>([^<]*)</), ['sept.', 'oct.', 'nov.', 'déc.', 'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin']);
  assert.deepEqual(all(gantt, /<span class="g-month"[^>]*title="([^"]*)"/).slice(0, 2), ['septembre 2021', 'octobre 2021']);
  assert.deepEqual(all(gantt, /<div class="g-label"[^>]*><strong>([^<]*)</), ['Ensemble de la mission', 'Pont-Audemer Val de Risle', 'Sources de l&#39;Orne', 'Lisieux Normandie']);
  assert.deepEqual(all(gantt, /<span class="g-status[^"]*">([^<]*)</), ['terminé', 'en cours', 'abandonné']);
  // Each row's bars, in the row of their workstream.
  const rows = gantt.split('<div class="g-row').slice(2);
  assert.deepEqual(
    rows.map((r) => all(r, /<span class="g-bar[^>]*>([^<]*)</)),
    [['Cadrage régional', 'Bilan'], ['Diagnostic Pont-Audemer', 'Stratégie Pont-Audemer'], ['Diagnostic Sources de l&#39;Orne'], []],
  );
  assert.deepEqual(rows.map((r) => all(r, /class="g-milestone[^"]*"[^>]*title="([^"]*)"/)), [
    ['Jalon : Lancement régional — 14 septembre 2021 — lancement'],
    ['Jalon : Signature du CRTE de Pont-Audemer — décembre 2021 — signature — Comité de pilotage'],
    ['Jalon : COPIL Sources de l&#39;Orne — 8 février 2022 — comité'],
    [],
  ]);
  assert.deepEqual(rows.map((r) => all(r, /class="g-due"[^>]*title="([^"]*)"/)), [
    ['Échéance d’un livrable : Rapport final — 30 juin 2022 — Mélanie Guiot — en cours', 'Échéance d’un livrable : Note d&#39;étape — mars 2022'],
    ['Échéance d’un livrable : Carnet de territoire — février 2022 — CAUE de l&#39;Eure — livré'],
    [],
    [],
  ]);
  assert.match(gantt, /class="g-bar kind-preparation" style="left:0%;width:9\.9%;top:1\.4em" title="Phase : Cadrage régional — septembre 2021 \(préparation\)" data-line="\d+">/);
  assert.match(gantt, /class="marker" style="left:[\d.]+%" title="Journée programmée : Séminaire des élus — 18 novembre 2021"/);
  assert.deepEqual(all(gantt, /<span class="g-key"><span class="[^"]*"><\/span>([^<]*)</), ['Phase', 'Jalon', 'Échéance d’un livrable', 'Journée programmée']);
});

test('the Gantt in the preview: every bar, diamond and due mark carries the source line of what it draws', () => {
  const body = renderBody(crteView(), { preview: true });
  const gantt = body.slice(body.indexOf('<div class="gantt preview"'));
  const lines = (cls: string) => all(gantt, new RegExp(`class="${cls}[^"]*"[^>]*data-line="(\\d+)"`)).map(Number);
  assert.deepEqual(lines('g-bar').sort((a, b) => a - b), ['cadrage', 'diagnostic-pa', 'strategie-pa', 'diagnostic-so', 'bilan'].map((id) => line(`  - id: ${id}`)));
  assert.deepEqual(lines('g-milestone').sort((a, b) => a - b), ['lancement', 'signature-pa', 'copil-so'].map((id) => line(`  - id: ${id}`)));
  assert.deepEqual(lines('g-due').sort((a, b) => a - b), ['carnet', 'rapport', 'note'].map((id) => line(`  - id: ${id}`)));
  assert.match(gantt, /class="marker link"[^>]*data-open="file:\/\/\/ws\/seminaire\.programme\.yaml"/);
});

test('a long mission names only quarters on its axis; a mission with nothing dated has no Gantt', () => {
  const long = crteView('fr', CRTE_MISSION.replace('period: { start: 2021-09, end: 2022-06 }', 'period: { start: 2021-01, end: 2023-12 }'));
  const html = toHtml(long);
  assert.deepEqual(all(html, /<span class="g-month"[^>]*>([^<]+)</).slice(0, 4), ['janv.', 'avr.', 'juil.', 'oct.']);
  assert.equal(all(html, /<span class="g-month"/).length, 36);
  const undated = crteView('fr', 'title: Sans dates\nphases:\n  - id: a\n    title: A\n');
  assert.doesNotMatch(toHtml(undated), /class="gantt/);
});

test('HTML in English: labels, months, populations, statuses', () => {
  const html = toHtml(crteView('en'));
  for (const s of [
    '<h2>Purpose</h2>',
    '<dt>Funding</dt>',
    '30,000 inhabitants',
    '<h2>Timeline</h2>',
    '<strong>Whole mission</strong>',
    '>Sep<',
    'title="Milestone: Signature du CRTE de Pont-Audemer — December 2021 — signature',
    'Due: February 2022 <span class="tag status-delivered">delivered</span>',
    '<span class="g-status status-in-progress">in progress</span>',
    '<span class="dates">October – December 2021</span>',
  ])
    assert.ok(html.includes(s), s);
});

test('Markdown: the same keys, free text reflowed into paragraphs and lists (one cell line per paragraph in the phases table), months in words, an autolink for an http link only', () => {
  const md = toMarkdown(crteView());
  for (const s of [
    '- **Pilote** : Mélanie Guiot',
    '- **Financement** : Gratuit pour les collectivités',
    "## Objet de l’opération\n\nLes contrats de relance et de transition écologique (CRTE) engagent l'État et les territoires sur six ans.\n\nLe Cerema accompagne :\n\n- la CC de Pont-Audemer Val de Risle,\n- la CC des Sources de l'Orne, par des ateliers co-animés.\n",
    '- CC de Pont-Audemer Val de Risle — intercommunalité (EPCI) — 30\u202f000 habitants',
    "### Pont-Audemer Val de Risle (terminé)\n\n- **Territoires** : CC de Pont-Audemer Val de Risle\n- **Animation** : Mélanie Guiot\n\n*Méthode*\n\nDiagnostic à partir des vécus des élus ; ateliers co-animés avec des agents formés.",
    '| Phases | Dates | Programme | Livrables | Gouvernance |\n|---|---|---|---|---|\n| Cadrage régional<br>*préparation* | septembre 2021 |  |  |  |\n',
    '| Diagnostic Pont-Audemer<br>*Chantier : Pont-Audemer Val de Risle*<br>Entretiens avec les maires et visite du territoire. | octobre – décembre 2021 | Séminaire des élus (18 novembre 2021) | Carnet de territoire | Comité de pilotage |',
    '- **décembre 2021** — **Signature du CRTE de Pont-Audemer** — signature — Gouvernance : Comité de pilotage — Phase : Diagnostic Pont-Audemer',
    "- **Carnet de territoire** — Échéance : février 2022 — Responsable : CAUE de l'Eure — État : livré — Lien : <https://www.example.org/carnet?a=1&b=2>",
    '- **Rapport final** — Échéance : 30 juin 2022 — Responsable : Mélanie Guiot — État : en cours\n\n  Synthèse des six territoires.',
    "- **Note d'étape** — Échéance : mars 2022\n",
  ])
    assert.ok(md.includes(s), s);
  assert.doesNotMatch(md, /javascript|\b\d{4}-\d{2}\b/);
  assert.equal((md.match(/<https?:/g) ?? []).length, 1);
});

test('Word: the same keys, free text as paragraphs and bullets, the http link as a hyperlink only', async () => {
  const bytes = await toDocx(crteView());
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const text = html.replace(/\u00a0/g, ' ');
  for (const s of [
    '<strong>Pilote</strong> : Mélanie Guiot',
    '<strong>Financement</strong> : Gratuit pour les collectivités',
    'CC de Pont-Audemer Val de Risle (intercommunalité (EPCI), 30\u202f000 habitants)',
    "<h1>Objet de l’opération</h1><p>Les contrats de relance et de transition écologique (CRTE) engagent l'État et les territoires sur six ans.</p><p>Le Cerema accompagne :</p><ul><li>la CC de Pont-Audemer Val de Risle,</li><li>la CC des Sources de l'Orne, par des ateliers co-animés.</li></ul>",
    '<h1>Équipe</h1><ul><li>Mélanie Guiot — Cheffe de projet (Cerema Normandie-Centre)</li><li>Paul Martin</li></ul>',
    '<h2>Pont-Audemer Val de Risle (terminé)</h2>',
    '<p><strong>Méthode</strong> : </p><p>Diagnostic à partir des vécus des élus ; ateliers co-animés avec des agents formés.</p>',
    'octobre – décembre 2021',
    '<p>Entretiens avec les maires et visite du territoire.</p>',
    '<li>décembre 2021 — <strong>Signature du CRTE de Pont-Audemer</strong> (signature) — Gouvernance : Comité de pilotage — Phase : Diagnostic Pont-Audemer — Chantier : Pont-Audemer Val de Risle</li>',
    "<strong>Carnet de territoire</strong> — Échéance : février 2022 — Responsable : CAUE de l'Eure — État : livré — Lien : <a href=\"https://www.example.org/carnet?a=1&amp;b=2\">https://www.example.org/carnet?a=1&amp;b=2</a>",
    "<li><strong>Note d'étape</strong> — Échéance : mars 2022</li>",
  ])
    assert.ok(text.includes(s), s);
  assert.equal((html.match(/<a href=/g) ?? []).length, 1);
});

test('no view is changed by rendering it (the preview renders the same view again)', () => {
  const v: MissionView = crteView();
  const before = JSON.stringify(v);
  toHtml(v);
  toMarkdown(v);
  assert.equal(JSON.stringify(v), before);
});
