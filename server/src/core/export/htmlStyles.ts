/**
 * The stylesheet of the HTML export and the preview: readable in light, dark and high
 * contrast (VS Code's body classes and `prefers-color-scheme`), narrow panels, and A4
 * print with a page break before each day. Text meets WCAG 2.1 AA contrast (4.5:1) on its
 * background in every scheme: test/unit/render/accessibility.test.ts checks it with axe-core.
 */
export const HTML_STYLES = `
:root { --fg:#1d2430; --muted:#5b6474; --bg:#ffffff; --line:#d7dce4; --card:#f6f8fb; --accent:#1f5fa8; --ok:#1e7a4a; --danger:#b0342a;
  --welcome:#7a5cc2; --plenary:#1f5fa8; --presentation:#2f7fc1; --discussion:#0f8a8a; --workshop:#2e8b57;
  --group-work:#3f9c35; --exercise:#8a7a12; --site-visit:#b36b00; --report-back:#c0392b; --break:#8e99a8;
  --meal:#8e99a8; --travel:#6b7a8f; --closing:#5d4a8a; --evaluation:#a0527a; --other:#6b7a8f; }
@media (prefers-color-scheme: dark) { :root { --fg:#e3e7ee; --muted:#a4adbb; --bg:#1e1f22; --line:#3a3f47; --card:#26282c; --accent:#6aa7ff; --ok:#4cc38a; --danger:#ff8a80; } }
body.vscode-light { --fg:#1d2430; --muted:#5b6474; --bg:#ffffff; --line:#d7dce4; --card:#f6f8fb; --accent:#1f5fa8; --ok:#1e7a4a; --danger:#b0342a; }
body.vscode-dark { --fg:#e3e7ee; --muted:#a4adbb; --bg:#1e1f22; --line:#3a3f47; --card:#26282c; --accent:#6aa7ff; --ok:#4cc38a; --danger:#ff8a80; }
body.vscode-high-contrast { --fg:#ffffff; --muted:#ffffff; --bg:#000000; --line:#6fc3df; --card:#000000; --accent:#f38518; --ok:#89d185; --danger:#f48771; }
body.vscode-high-contrast-light { --fg:#000000; --muted:#000000; --bg:#ffffff; --line:#0f4a85; --card:#ffffff; --accent:#0f4a85; --ok:#1e6b3a; --danger:#b5200d; }
* { box-sizing: border-box; }
body { margin:0; padding:16px; font:14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color:var(--fg); background:var(--bg); overflow-wrap:anywhere; }
h1 { font-size:1.6em; margin:.1em 0 .2em; } h2 { font-size:1.15em; margin:1.2em 0 .5em; border-bottom:2px solid var(--line); padding-bottom:.2em; }
.kind { text-transform:uppercase; letter-spacing:.06em; font-size:.75em; color:var(--muted); margin:0; }
.subtitle { font-size:1.1em; color:var(--muted); margin:0 0 .6em; }
.meta { display:grid; grid-template-columns:max-content 1fr; gap:.15em .8em; margin:.6em 0; }
.meta dt { color:var(--muted); } .meta dd { margin:0; }
.pre { white-space:pre-wrap; }
.timeline { display:flex; flex-direction:column; gap:4px; }
.slot { display:grid; grid-template-columns:5.2em 1fr; gap:.6em; padding:.35em .6em; border-left:5px solid var(--other); background:var(--card); border-radius:4px; break-inside:avoid; }
.slot.pause { font-style:italic; }
.slot.highlight { outline:2px solid var(--accent); }
.slot .time { font-variant-numeric:tabular-nums; color:var(--muted); font-size:.92em; }
.slot .duration, .slot .start, .slot .end { display:block; } .slot .duration { font-size:.85em; }
.visually-hidden { position:absolute; width:1px; height:1px; margin:-1px; padding:0; border:0; overflow:hidden; clip:rect(0 0 0 0); clip-path:inset(50%); white-space:nowrap; }
.slot .type { font-size:.78em; color:var(--muted); border:1px solid var(--line); border-radius:3px; padding:0 .3em; display:inline-block; max-width:100%; }
.slot ul { margin:.2em 0; padding-left:1.2em; } .slot p { margin:.2em 0; }
.who { color:var(--muted); } .role { font-size:.9em; }
.tracks { display:flex; gap:6px; flex-wrap:wrap; margin:.3em 0; }
.track { flex:1 1 10em; border:1px dashed var(--line); border-radius:4px; padding:.3em .45em; font-size:.92em; }
.gap { border:1px dashed var(--line); color:var(--muted); font-size:.8em; text-align:center; min-height:14px; }
.overlap { background:#c0392b; color:#fff; font-size:.8em; text-align:center; border-radius:3px; }
.summary { margin:.6em 0 0; padding:.4em .6em; border:1px solid var(--line); border-radius:4px; font-size:.92em; }
.problems { list-style:none; padding:0; } .problems li { font-size:.85em; border-radius:3px; padding:0 .3em; margin:.15em 0; }
.problems .error { background:#c0392b; color:#fff; } .problems .warning { background:#d68910; color:#000; }
.problems .information, .problems .hint { border:1px solid var(--line); }
.notes { border-left:3px solid var(--accent); padding-left:.4em; }
.team-badge { display:inline-block; font-size:.75em; font-weight:600; font-style:normal; letter-spacing:.03em; text-transform:uppercase; color:#ffffff; background:#5b2d86; border-radius:3px; padding:0 .4em; vertical-align:.1em; }
.slot.team { background-image:repeating-linear-gradient(135deg, transparent 0 10px, rgba(91,45,134,.07) 10px 20px); outline:1px dashed #5b2d86; }
.team-banner { margin:.6em 0; padding:.4em .6em; border:2px solid #5b2d86; border-radius:4px; }
.checklist { margin:.6em 0 0; padding:.4em .6em; border:1px dashed #5b2d86; border-radius:4px; font-size:.92em; }
.checklist h3 { font-size:1em; margin:0 0 .3em; } .checklist ul { margin:0; padding-left:1.2em; }
.sheet { display:grid; grid-template-columns:minmax(8em, max-content) 1fr; gap:.35em 1em; margin:.4em 0; }
.sheet dt { font-weight:600; } .sheet dd { margin:0; } .sheet ul { margin:0; padding-left:1.2em; }
.gantt { margin:.4em 0 .8em; padding-right:.6em; break-inside:avoid; -webkit-print-color-adjust:exact; print-color-adjust:exact; }
.g-row { display:grid; grid-template-columns:minmax(7em, 13em) 1fr; gap:.6em; border-top:1px solid var(--line); }
.g-axis { border-top:none; }
.g-label { padding:.25em 0; font-size:.9em; line-height:1.25; }
.g-status, .tag { display:inline-block; font-size:.78em; border:1px solid var(--line); border-radius:3px; padding:0 .35em; color:var(--muted); }
.g-status.status-in-progress, .tag.status-in-progress { border-color:var(--accent); color:var(--accent); }
.g-status.status-done, .tag.status-delivered { border-color:var(--ok); color:var(--ok); }
.g-status.status-abandoned { text-decoration:line-through; }
.g-track { position:relative; font-size:.8em; min-height:1.6em; }
.g-years, .g-months { position:relative; height:1.5em; }
.g-year, .g-month { position:absolute; top:0; height:1.5em; overflow:hidden; white-space:nowrap; text-align:center; border-left:1px solid var(--line); }
.g-year { font-weight:600; } .g-month { color:var(--muted); }
.g-tick { position:absolute; top:0; bottom:0; border-left:1px dotted var(--line); }
.g-tick.g-year-start { border-left:1px solid var(--muted); }
.g-bar { position:absolute; height:1.4em; line-height:1.4em; padding:0 .35em; background:var(--accent); color:var(--bg); border-radius:3px; overflow:hidden; white-space:nowrap; text-overflow:ellipsis; }
.g-bar.kind-preparation, .g-bar.kind-follow-up { background:var(--card); color:var(--fg); border:2px dashed var(--accent); line-height:calc(1.4em - 4px); }
.g-milestone { position:absolute; top:.25em; width:.85em; height:.85em; margin-left:-.43em; background:#d68910; border:1px solid var(--fg); transform:rotate(45deg); }
.g-due { position:absolute; top:.2em; width:0; height:0; margin-left:-.5em; border-left:.5em solid transparent; border-right:.5em solid transparent; border-top:.95em solid #2e8b57; }
.gantt .marker { position:absolute; top:.1em; width:.3em; height:1.1em; margin-left:-.15em; background:var(--danger); border-radius:1px; }
.gantt .marker.link, .gantt.preview [data-line] { cursor:pointer; }
.g-bar:hover, .g-milestone:hover, .g-due:hover, .gantt .marker:hover { outline:2px solid var(--fg); }
.g-legend { display:flex; flex-wrap:wrap; gap:.4em 1.2em; align-items:center; margin-top:.5em; font-size:.85em; color:var(--muted); }
.g-key { display:inline-flex; align-items:center; gap:.4em; }
.g-key-bar { display:inline-block; width:1.8em; height:.8em; background:var(--accent); border-radius:2px; }
.g-key-milestone { display:inline-block; width:.7em; height:.7em; background:#d68910; border:1px solid var(--fg); transform:rotate(45deg); }
.g-key-due { display:inline-block; width:0; height:0; border-left:.45em solid transparent; border-right:.45em solid transparent; border-top:.8em solid #2e8b57; }
.g-key-day { display:inline-block; width:.3em; height:1em; background:var(--danger); }
.items > li { margin:.35em 0; } .items .free p { margin:.2em 0; } .items .free ul { margin:.2em 0; }
.dates { color:var(--muted); }
.missing { color:var(--danger); }
a { color:var(--accent); }
table { border-collapse:collapse; } th, td { border:1px solid var(--line); padding:.2em .5em; text-align:left; }
.generated { margin-top:2em; font-size:.8em; color:var(--muted); }
${['welcome', 'plenary', 'presentation', 'discussion', 'workshop', 'group-work', 'exercise', 'site-visit', 'report-back', 'break', 'meal', 'travel', 'closing', 'evaluation', 'other']
  .map((t) => `.type-${t} { border-left-color:var(--${t}); }`)
  .join('\n')}
@media (max-width: 420px) { .slot { grid-template-columns:1fr; } .sheet { grid-template-columns:1fr; } .g-row { grid-template-columns:1fr; } .g-axis .g-label { display:none; } }
@media print {
  @page { size:A4; margin:16mm 14mm; }
  :root { --fg:#000; --muted:#444; --bg:#fff; --card:#f4f4f4; --line:#bbb; --accent:#1f5fa8; --ok:#1e7a4a; --danger:#b0342a; }
  body { padding:0; font-size:11pt; }
  .day { break-before:page; } .slot { min-height:0 !important; }
  .problems, .highlight { display:none; outline:none; }
}
`;
