/**
 * A mission in Markdown: its frame, free text reflowed into paragraphs and lists, then
 * workstreams as subsections, phases as a table, milestones and deliverables as lists (dates
 * and months in words), governance and indicators.
 */
import type { MissionView } from '../render/viewModel';
import { reflow } from '../render/reflow';
import { bullet, mdEscape, mdFree, mdLink, section } from './markdownParts';

export function mission(v: MissionView): string {
  const L = v.labels;
  const c = v.language === 'fr' ? ' : ' : ': ';
  const fields = (rows: [string, string | undefined][]) =>
    rows
      .filter(([, value]) => value)
      .map(([k, value]) => `- **${mdEscape(k)}**${c}${mdEscape(value)}`)
      .join('\n');
  const meta = fields([
    [L.client, v.client],
    [L.partners, v.partners.join(', ')],
    [L.pilot, v.pilot],
    [L.period, v.periodText],
    [L.funding, v.funding],
    [L.contact, v.contact],
  ]);
  const nested = (text: string | undefined) => (text ? `\n\n${mdFree(text, '  ')}` : '');
  const workstreams = v.workstreams
    .map(
      (w) =>
        `### ${mdEscape(w.title)} (${mdEscape(w.statusLabel)})\n\n${fields([
          [L.territories, w.territories.join(', ')],
          [L.lead, w.lead],
        ])}${w.method ? `\n\n*${mdEscape(L.method)}*\n\n${mdFree(w.method)}` : ''}${w.description ? `\n\n${mdFree(w.description)}` : ''}`,
    )
    .join('\n\n');
  // A table, as in a wiki: the phase cell adds, under the title, its workstream, its kind and
  // its description reflowed (paragraphs and `•` items on lines of their own).
  const cellText = (text: string | undefined) =>
    reflow(text).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items.map((i) => `• ${i}`)));
  const phases = v.phases.length
    ? `| ${[L.phases, L.dates, L.programme, L.deliverables, L.governance].map((h) => mdEscape(h)).join(' | ')} |\n|---|---|---|---|---|\n${v.phases
        .map((p) => {
          const details = [p.workstreamTitle && `${L.workstream}${c}${p.workstreamTitle}`, p.kindLabel].filter((x): x is string => !!x).map((x) => `*${mdEscape(x, true)}*`);
          const phase = [mdEscape(p.title, true), ...details, ...cellText(p.description).map((x) => mdEscape(x, true))].join('<br>');
          return `| ${[phase, ...[p.datesText, p.programmes.map((x) => `${x.title}${x.datesText ? ` (${x.datesText})` : ''}`).join(' ; '), p.deliverables.join(', '), p.governance.join(', ')].map((cell) => mdEscape(cell, true))].join(' | ')} |`;
        })
        .join('\n')}`
    : '';
  const milestones = v.milestones
    .map((m) => {
      const parts = [m.dateText ? `**${mdEscape(m.dateText)}**` : '', `**${mdEscape(m.title)}**`, m.kindLabel ? mdEscape(m.kindLabel) : ''];
      const more = [m.governance && `${L.governance}${c}${m.governance}`, m.phase && `${L.phase}${c}${m.phase}`, m.workstreamTitle && `${L.workstream}${c}${m.workstreamTitle}`].filter(Boolean).map((x) => mdEscape(x));
      return `- ${[...parts, ...more].filter(Boolean).join(' — ')}${nested(m.description)}`;
    })
    .join('\n');
  const deliverables = v.deliverables
    .map((d) => {
      const parts = [
        `**${mdEscape(d.title)}**`,
        d.dueText ? mdEscape(`${L.due}${c}${d.dueText}`) : '',
        d.owner ? mdEscape(`${L.owner}${c}${d.owner}`) : '',
        d.statusLabel ? mdEscape(`${L.status}${c}${d.statusLabel}`) : '',
        d.link ? `${mdEscape(L.link)}${c}${mdLink(d.link)}` : '',
      ];
      return `- ${parts.filter(Boolean).join(' — ')}${nested(d.description)}`;
    })
    .join('\n');
  return `# ${mdEscape(v.title)}\n\n${v.schemeLabel ? `${mdEscape(v.schemeLabel)}\n\n` : ''}${meta}\n${section(L.missionContext, mdFree(v.context))}${section(
    L.territories,
    bullet(v.territories.map((t) => [t.name, t.kind, t.populationText].filter(Boolean).join(' — '))),
  )}${section(L.themes, bullet(v.themes))}${section(L.needs, bullet(v.needs))}${section(L.response, mdFree(v.response))}${section(
    L.team,
    bullet(v.people.map((p) => [p.name, p.role, p.organisation].filter(Boolean).join(' — '))),
  )}${section(L.workstreams, workstreams)}${section(L.phases, phases)}${section(L.milestones, milestones)}${section(L.deliverables, deliverables)}${section(
    L.governance,
    bullet(v.governance.map((g) => (g.members.length ? `${g.name} — ${g.members.join(', ')}` : g.name))),
  )}${section(L.indicators, bullet(v.indicators.map((i) => `${i.label} : ${i.value ?? '—'}${i.unit ? ` ${i.unit}` : ''}${i.target !== undefined ? ` (${L.target} ${i.target})` : ''}`)))}`;
}
