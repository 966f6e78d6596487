/** The Word export of a mission: its frame, the phases as a table, deliverables, governance, indicators. */
import { HeadingLevel, Paragraph, Table } from 'docx';
import type { MissionView } from '../render/viewModel';
import { blocks, bulletOptions, bullets, colon, heading, join, labelled, locale, para, runs, section, table, widths, type Column } from './docxBlocks';
import { COLOURS, S } from './docxStyles';

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
    [L.territories, v.territories.map((t) => territory(v, t)).join(' ; ')],
    [L.themes, v.themes.join(', ')],
  ];
  for (const [label, value] of meta) if (value) out.push(labelled(label, runs(value), v));

  out.push(...section(L.needs, bullets(v.needs)));
  out.push(...section(L.response, blocks(v.response)));

  if (v.phases.length) {
    const w = widths([22, 17, 27, 18, 16]);
    const columns: Column[] = [L.phases, L.dates, L.programme, L.deliverables, L.governance].map((label, i) => ({ label, width: w[i]! }));
    const cell = { style: S.cell };
    out.push(heading(L.phases));
    out.push(
      table(
        columns,
        v.phases.map((p) => ({
          cells: [
            [para(runs(p.title, { bold: true }), cell)],
            [para(runs(p.datesText), cell)],
            p.programmes.map((prog) =>
              para(
                [
                  ...runs(join([prog.title, prog.datesText])),
                  ...(prog.missing ? [...runs(` (${L.missing})`, { italics: true, color: COLOURS.muted })] : []),
                ],
                cell,
              ),
            ),
            p.deliverables.map((d) => para(runs(d), cell)),
            p.governance.map((g) => para(runs(g), cell)),
          ],
        })),
      ),
    );
  }

  out.push(
    ...section(
      L.deliverables,
      v.deliverables.map((d) => para([...runs(d.title, { bold: true }), ...(d.dueText ? [...runs(` — ${L.due}${colon(v)}`), ...runs(d.dueText)] : [])], bulletOptions(false))),
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

function territory(v: MissionView, t: MissionView['territories'][number]): string {
  const population = t.population !== undefined ? `${t.population.toLocaleString(locale(v))} ${v.language === 'en' ? 'inhab.' : 'hab.'}` : undefined;
  const details = join([t.kind, population], ', ');
  return details ? `${t.name} (${details})` : t.name;
}
