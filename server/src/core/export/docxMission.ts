/**
 * The Word export of a mission: its frame, the purpose of the operation, territories, team,
 * workstreams, the phases as a table, milestones, deliverables (a link only for an http(s)
 * address), governance, indicators. Free text is reflowed; dates and months are in words.
 */
import { ExternalHyperlink, HeadingLevel, Paragraph, Table, TextRun } from 'docx';
import type { MissionView } from '../render/viewModel';
import { bulletOptions, bullets, colon, freeBlocks, heading, join, labelled, locale, para, runs, section, table, widths, type Column } from './docxBlocks';
import { COLOURS, S } from './docxStyles';

const WEB_LINK = /^https?:\/\/[^\s<>"]+$/i;

export function missionBody(v: MissionView): (Paragraph | Table)[] {
  const L = v.labels;
  const out: (Paragraph | Table)[] = [];
  out.push(para(runs(v.schemeLabel ?? L.mission), { style: S.kicker }));
  out.push(para(runs(v.title), { heading: HeadingLevel.TITLE }));
  const meta: [string, string | undefined][] = [
    [L.client, v.client],
    [L.partners, v.partners.join(', ')],
    [L.pilot, v.pilot],
    [L.contact, v.contact],
    [L.period, v.periodText],
    [L.funding, v.funding],
    [L.territories, v.territories.map((t) => territory(t)).join(' ; ')],
    [L.themes, v.themes.join(', ')],
  ];
  for (const [label, value] of meta) if (value) out.push(labelled(label, runs(value), v));

  out.push(...section(L.missionContext, freeBlocks(v.context)));
  out.push(...section(L.needs, bullets(v.needs)));
  out.push(...section(L.response, freeBlocks(v.response)));
  out.push(...section(L.team, bullets(v.people.map((p) => join([p.name, p.role && (p.organisation ? `${p.role} (${p.organisation})` : p.role), !p.role ? p.organisation : undefined])))));

  if (v.workstreams.length) {
    out.push(heading(L.workstreams));
    for (const w of v.workstreams) {
      out.push(heading(`${w.title} (${w.statusLabel})`, 2));
      if (w.territories.length) out.push(labelled(L.territories, runs(w.territories.join(', ')), v));
      if (w.lead) out.push(labelled(L.lead, runs(w.lead), v));
      if (w.method) out.push(labelled(L.method, [], v), ...freeBlocks(w.method));
      out.push(...freeBlocks(w.description));
    }
  }

  if (v.phases.length) {
    const w = widths([26, 17, 23, 18, 16]);
    const columns: Column[] = [L.phases, L.dates, L.programme, L.deliverables, L.governance].map((label, i) => ({ label, width: w[i]! }));
    const cell = { style: S.cell };
    const muted = { italics: true, color: COLOURS.muted };
    out.push(heading(L.phases));
    out.push(
      table(
        columns,
        v.phases.map((p) => ({
          cells: [
            [
              para(runs(p.title, { bold: true }), cell),
              ...(p.workstreamTitle ? [para(runs(`${L.workstream}${colon(v)}${p.workstreamTitle}`, muted), cell)] : []),
              ...freeBlocks(p.description, true),
            ],
            [para(runs(p.datesText), cell), ...(p.kindLabel ? [para(runs(p.kindLabel, muted), cell)] : [])],
            p.programmes.map((prog) => para([...runs(join([prog.title, prog.datesText])), ...(prog.missing ? [...runs(` (${L.missing})`, muted)] : [])], cell)),
            p.deliverables.map((d) => para(runs(d), cell)),
            p.governance.map((g) => para(runs(g), cell)),
          ],
        })),
      ),
    );
  }

  out.push(
    ...section(
      L.milestones,
      v.milestones.flatMap((m) => [
        para(
          [
            ...(m.dateText ? runs(`${m.dateText} — `) : []),
            ...runs(m.title, { bold: true }),
            ...(m.kindLabel ? runs(` (${m.kindLabel})`) : []),
            ...runs(
              join([m.governance && `${L.governance}${colon(v)}${m.governance}`, m.phase && `${L.phase}${colon(v)}${m.phase}`, m.workstreamTitle && `${L.workstream}${colon(v)}${m.workstreamTitle}`]).replace(/^(?=.)/, ' — '),
            ),
          ],
          bulletOptions(false),
        ),
        ...freeBlocks(m.description),
      ]),
    ),
  );
  out.push(
    ...section(
      L.deliverables,
      v.deliverables.flatMap((d) => [
        new Paragraph({
          ...bulletOptions(false),
          children: [
            ...runs(d.title, { bold: true }),
            ...(d.dueText ? runs(` — ${L.due}${colon(v)}${d.dueText}`) : []),
            ...(d.owner ? runs(` — ${L.owner}${colon(v)}${d.owner}`) : []),
            ...(d.statusLabel ? runs(` — ${L.status}${colon(v)}${d.statusLabel}`) : []),
            ...(d.link ? [...runs(` — ${L.link}${colon(v)}`), link(d.link)] : []),
          ],
        }),
        ...freeBlocks(d.description),
      ]),
    ),
  );
  out.push(
    ...section(
      L.governance,
      v.governance.map((g) => para([...runs(g.name, { bold: true }), ...(g.members.length ? [...runs(' — '), ...runs(g.members.join(', '))] : [])], bulletOptions(false))),
    ),
  );
  if (v.indicators.length) {
    const w = widths([50, 25, 25]);
    const number = (n: number | undefined, unit: string | undefined) => (n === undefined ? '' : `${n.toLocaleString(locale(v))}${unit ? ` ${unit}` : ''}`);
    out.push(heading(L.indicators));
    out.push(
      table(
        [L.indicators, L.value, L.target].map((label, i) => ({ label, width: w[i]! })),
        v.indicators.map((i) => ({
          cells: [[para(runs(i.label), { style: S.cell })], [para(runs(number(i.value, i.unit)), { style: S.cell })], [para(runs(number(i.target, i.unit)), { style: S.cell })]],
        })),
      ),
    );
  }
  return out;
}

/** An http(s) address as a Word hyperlink; anything else (never given: the model drops it) as text. */
function link(url: string): TextRun | ExternalHyperlink {
  return WEB_LINK.test(url) ? new ExternalHyperlink({ link: url, children: runs(url, { style: 'Hyperlink' }) }) : runs(url)[0]!;
}

function territory(t: MissionView['territories'][number]): string {
  const details = join([t.kind, t.populationText], ', ');
  return details ? `${t.name} (${details})` : t.name;
}
