/**
 * The stylesheet of the HTML export and the preview: readable in light, dark and high
 * contrast (VS Code's body classes and `prefers-color-scheme`), narrow panels, and A4
 * print with a page break before each day.
 */
export const HTML_STYLES = `
:root { --fg:#1d2430; --muted:#5b6474; --bg:#ffffff; --line:#d7dce4; --card:#f6f8fb; --accent:#1f5fa8;
  --welcome:#7a5cc2; --plenary:#1f5fa8; --presentation:#2f7fc1; --discussion:#0f8a8a; --workshop:#2e8b57;
  --group-work:#3f9c35; --exercise:#8a7a12; --site-visit:#b36b00; --report-back:#c0392b; --break:#8e99a8;
  --meal:#8e99a8; --travel:#6b7a8f; --closing:#5d4a8a; --evaluation:#a0527a; --other:#6b7a8f; }
@media (prefers-color-scheme: dark) { :root { --fg:#e3e7ee; --muted:#a4adbb; --bg:#1e1f22; --line:#3a3f47; --card:#26282c; --accent:#6aa7ff; } }
body.vscode-light { --fg:#1d2430; --muted:#5b6474; --bg:#ffffff; --line:#d7dce4; --card:#f6f8fb; --accent:#1f5fa8; }
body.vscode-dark { --fg:#e3e7ee; --muted:#a4adbb; --bg:#1e1f22; --line:#3a3f47; --card:#26282c; --accent:#6aa7ff; }
body.vscode-high-contrast { --fg:#ffffff; --muted:#ffffff; --bg:#000000; --line:#6fc3df; --card:#000000; --accent:#f38518; }
body.vscode-high-contrast-light { --fg:#000000; --muted:#000000; --bg:#ffffff; --line:#0f4a85; --card:#ffffff; --accent:#0f4a85; }
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
.slot.pause { opacity:.85; font-style:italic; }
.slot.highlight { outline:2px solid var(--accent); }
.slot .time { font-variant-numeric:tabular-nums; color:var(--muted); font-size:.92em; }
.slot .duration { display:block; font-size:.85em; }
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
.gantt .phase { display:grid; grid-template-columns:minmax(8em, 14em) 1fr; gap:.5em; align-items:center; margin:.4em 0; }
.gantt .lane { position:relative; height:1.4em; background:var(--card); border-radius:3px; }
.gantt .bar { position:absolute; top:.2em; bottom:.2em; background:var(--accent); border-radius:3px; opacity:.8; }
.gantt .marker { position:absolute; top:0; width:.7em; height:1.4em; margin-left:-.35em; background:#c0392b; border-radius:2px; }
.gantt .marker.link { cursor:pointer; }
.gantt .phase-details { grid-column:2; font-size:.9em; color:var(--muted); }
.gantt .missing { color:#c0392b; }
table { border-collapse:collapse; } th, td { border:1px solid var(--line); padding:.2em .5em; text-align:left; }
.generated { margin-top:2em; font-size:.8em; color:var(--muted); }
${['welcome', 'plenary', 'presentation', 'discussion', 'workshop', 'group-work', 'exercise', 'site-visit', 'report-back', 'break', 'meal', 'travel', 'closing', 'evaluation', 'other']
  .map((t) => `.type-${t} { border-left-color:var(--${t}); }`)
  .join('\n')}
@media (max-width: 420px) { .slot { grid-template-columns:1fr; } .gantt .phase { grid-template-columns:1fr; } .gantt .phase-details { grid-column:1; } }
@media print {
  @page { size:A4; margin:16mm 14mm; }
  :root { --fg:#000; --muted:#444; --bg:#fff; --card:#f4f4f4; --line:#bbb; }
  body { padding:0; font-size:11pt; }
  .day { break-before:page; } .slot { min-height:0 !important; }
  .problems, .highlight { display:none; outline:none; }
}
`;
