/**
 * A mission in HTML (the export and the preview): its frame, the purpose of the operation,
 * territories, team, the Gantt, then workstreams, phases, milestones and deliverables in
 * words, governance and indicators (FORMAT.md 7.5). Free text is reflowed; each workstream,
 * phase, milestone and deliverable carries its source line for click-to-reveal.
 */
import type { MissionView } from '../render/viewModel';
import { ganttHtml } from './htmlGantt';
import { colon, esc, freeText, list, meta, section, webLink, type HtmlOptions } from './htmlParts';

export function missionBody(v: MissionView, options: HtmlOptions): string {
  const L = v.labels;
  const c = colon(v.language);
  const field = (label: string, value: string | undefined) => (value ? `<div>${esc(label)}${esc(c)}${esc(value)}</div>` : '');
  const head = `<header class="doc-header"><p class="kind">${esc(v.schemeLabel ?? L.mission)}</p><h1>${esc(v.title)}</h1>
${meta([
  [L.client, v.client],
  [L.partners, v.partners.join(', ')],
  [L.pilot, v.pilot],
  [L.period, v.periodText],
  [L.funding, v.funding],
  [L.contact, v.contact],
])}</header>`;
  const territories = v.territories.length
    ? `<ul>${v.territories.map((t) => `<li>${esc(t.name)}${t.kind ? ` — ${esc(t.kind)}` : ''}${t.populationText ? ` — ${esc(t.populationText)}` : ''}</li>`).join('')}</ul>`
    : '';
  const people = v.people.length
    ? `<ul class="people">${v.people.map((p) => `<li><strong>${esc(p.name)}</strong>${p.role ? ` — ${esc(p.role)}` : ''}${p.organisation ? ` (${esc(p.organisation)})` : ''}</li>`).join('')}</ul>`
    : '';
  const workstreams = v.workstreams.length
    ? `<ul class="items">${v.workstreams
        .map(
          (w) =>
            `<li data-line="${w.line}"><strong>${esc(w.title)}</strong> <span class="g-status status-${esc(w.status)}">${esc(w.statusLabel)}</span>${field(L.territories, w.territories.join(', '))}${field(L.lead, w.lead)}${
              w.method ? `<div class="free"><em>${esc(L.method)}</em>${freeText(w.method)}</div>` : ''
            }${w.description ? `<div class="free">${freeText(w.description)}</div>` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  const phases = v.phases.length
    ? `<ul class="items">${v.phases
        .map((p) => {
          const programmes = p.programmes
            .map((prog) => `<li${prog.missing ? ' class="missing"' : ''}>${esc(prog.title)}${prog.datesText ? ` — ${esc(prog.datesText)}` : ''}${prog.missing ? ` (${esc(L.missing)})` : ''}</li>`)
            .join('');
          return `<li data-line="${p.line}"><strong>${esc(p.title)}</strong> <span class="dates">${esc(p.datesText)}</span>${p.kindLabel ? ` <span class="tag">${esc(p.kindLabel)}</span>` : ''}${field(L.workstream, p.workstreamTitle)}${
            p.description ? `<div class="free">${freeText(p.description)}</div>` : ''
          }${programmes ? `<ul>${programmes}</ul>` : ''}${field(L.deliverables, p.deliverables.join(', '))}${field(L.governance, p.governance.join(', '))}</li>`;
        })
        .join('')}</ul>`
    : '';
  const milestones = v.milestones.length
    ? `<ul class="items">${v.milestones
        .map(
          (m) =>
            `<li data-line="${m.line}">${m.dateText ? `<span class="dates">${esc(m.dateText)}</span> — ` : ''}<strong>${esc(m.title)}</strong>${m.kindLabel ? ` <span class="tag">${esc(m.kindLabel)}</span>` : ''}${field(L.governance, m.governance)}${field(
              L.phase,
              m.phase,
            )}${field(L.workstream, m.workstreamTitle)}${m.description ? `<div class="free">${freeText(m.description)}</div>` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  const deliverables = v.deliverables.length
    ? `<ul class="items">${v.deliverables
        .map(
          (d) =>
            `<li data-line="${d.line}"><strong>${esc(d.title)}</strong>${d.dueText ? ` — ${esc(L.due)}${esc(c)}${esc(d.dueText)}` : ''}${d.statusLabel ? ` <span class="tag status-${esc(d.status)}">${esc(d.statusLabel)}</span>` : ''}${field(L.owner, d.owner)}${
              d.link ? `<div>${esc(L.link)}${esc(c)}${webLink(d.link)}</div>` : ''
            }${d.description ? `<div class="free">${freeText(d.description)}</div>` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  const governance = v.governance.length ? `<ul>${v.governance.map((g) => `<li><strong>${esc(g.name)}</strong>${g.members.length ? ` — ${esc(g.members.join(', '))}` : ''}</li>`).join('')}</ul>` : '';
  const indicators = v.indicators.length
    ? `<table><thead><tr><th></th><th>${esc(L.value)}</th><th>${esc(L.target)}</th></tr></thead><tbody>${v.indicators.map((i) => `<tr><td>${esc(i.label)}</td><td>${esc(i.value ?? '')} ${esc(i.unit ?? '')}</td><td>${esc(i.target ?? '')}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<article class="mission" lang="${v.language}">${head}${[
    section(L.missionContext, freeText(v.context)),
    section(L.territories, territories),
    section(L.themes, list(v.themes)),
    section(L.needs, list(v.needs)),
    section(L.response, freeText(v.response)),
    section(L.team, people),
    section(L.timeline, ganttHtml(v, options), 'timeline'),
    section(L.workstreams, workstreams),
    section(L.phases, phases),
    section(L.milestones, milestones),
    section(L.deliverables, deliverables),
    section(L.governance, governance),
    section(L.indicators, indicators),
  ].join('')}</article>`;
}
