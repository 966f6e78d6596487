/**
 * Markdown: header, objectives (or a training's whole sheet), and a table per day (time, duration, session, who,
 * details), like a programme in a wiki. User text is escaped so it can neither break the
 * table nor become markup, a link or a spreadsheet formula.
 */
import { headerFields, trainingSheetRows } from '../render/trainingSheetView';
import type { ProgrammeView, RenderView, SlotView } from '../render/viewModel';
import { mission } from './markdownMission';
import { bullet, mdEscape, section } from './markdownParts';

export { mdEscape } from './markdownParts';

export function toMarkdown(view: RenderView): string {
  return (view.kind === 'programme' ? programme(view) : mission(view)).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}


function programme(v: ProgrammeView): string {
  const L = v.labels;
  // A training opens with its sheet, which already gives the dates, place and audience.
  const headMeta = headerFields(v);
  const meta = headMeta
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([k, value]) => `- **${mdEscape(k)}** : ${mdEscape(value)}`)
    .join('\n');
  const days = v.days
    .map((day, i) => {
      const heading = [day.dateText, day.title].filter(Boolean).join(' — ') || `${L.day} ${i + 1}`;
      const rows = day.slots.map((s) => `| ${cells(s, L).join(' | ')} |`).join('\n');
      const sm = day.summary;
      const perGroup = sm.perGroup.length ? `

${badge(L)} ${mdEscape(L.timePerGroup)} : ${sm.perGroup.map((g) => `${mdEscape(g.group)} ${g.durationText}`).join(', ')}` : '';
      const summary = `*${mdEscape(L.summary)} : ${sm.startText ? `${sm.startText} – ${sm.endText}, ` : ''}${sm.contentText} ${mdEscape(L.content)}, ${sm.pauseText} ${mdEscape(L.pauses)}, ${sm.travelText ? `${sm.travelText} ${mdEscape(L.travel)}, ` : ''}${sm.teamText ? `${sm.teamText} ${mdEscape(L.teamTime)}, ` : ''}${sm.slots} ${mdEscape(L.slots)}.*${perGroup}`;
      return `
## ${mdEscape(heading)}

${day.location ? `${mdEscape(day.location)}

` : ''}| ${[L.time, L.duration, L.sequence, L.who, L.details].map((h) => mdEscape(h)).join(' | ')} |
|---|---|---|---|---|
${rows}

${summary}
${checklist(day, L)}`;
    })
    .join('');
  const banner = v.form === 'team' ? `> ${badge(L)} ${mdEscape(L.teamForm)}\n\n` : '';
  return `# ${mdEscape(v.title)}\n\n${v.subtitle ? `*${mdEscape(v.subtitle)}*\n\n` : ''}${mdEscape(v.formatLabel)}\n\n${banner}${meta}\n${v.sheet ? sheet(v) : fields(v)}${section(L.context, v.context ? mdEscape(v.context) : '')}${v.notes ? section(`${L.notes} [${L.teamBadge}]`, mdEscape(v.notes)) : ''}${days}${section(
    L.people,
    bullet(v.people.map((p) => [p.name, p.role, p.organisation].filter(Boolean).join(' — '))),
  )}${section(L.deliverables, bullet(v.deliverables.map((d) => [d.title, d.owner && `${L.owner} : ${d.owner}`, d.dueText && `${L.due} : ${d.dueText}`].filter(Boolean).join(' — '))))}`;
}

/** The fields of a programme that is not a training, each under its heading. */
function fields(v: ProgrammeView): string {
  const L = v.labels;
  return `${section(L.objectives, bullet(v.objectives))}${section(L.prerequisites, bullet(v.prerequisites))}${section(L.evaluation, bullet(v.evaluation))}${section(L.accessibility, v.accessibility ? mdEscape(v.accessibility) : '')}`;
}

/** The training sheet (FORMAT.md 7.3) as one section: `- **Label** : value`, lists as nested bullets. */
function sheet(v: ProgrammeView): string {
  const rows = trainingSheetRows(v).map(({ label, value }) =>
    Array.isArray(value) ? `- **${mdEscape(label)}** :
${bullet(value).replace(/^/gm, '  ')}` : `- **${mdEscape(label)}** : ${mdEscape(value).replace(/\n/g, '\n  ')}`,
  );
  return section(v.labels.trainingSheet, rows.join('\n'));
}

function cells(s: SlotView, L: ProgrammeView['labels']): string[] {
  const time = s.startText ? `${s.startText} – ${s.endText}` : '';
  const who = [...s.speakers.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)), ...(s.groups.length ? [s.groups.join(', ')] : [])].join(' ; ');
  const details = [
    s.description ?? '',
    ...s.steps.map((st) => `• ${st}`),
    ...s.tracks.map((t) => `${L.tracks} : ${[t.title, t.lead?.name, t.room, t.groups.join(', ')].filter(Boolean).join(' — ')}`),
    s.turns.length ? `${L.turns} : ${s.turns.map((t) => `${t.group} ${t.startText}–${t.endText}`).join(', ')}` : '',
    s.materials.length ? `[${L.teamBadge}] ${L.materials} : ${s.materials.join(', ')}` : '',
    s.produces.length ? `${L.produces} : ${s.produces.join(', ')}` : '',
    s.notes ? `[${L.teamBadge}] ${L.notes} : ${s.notes}` : '',
  ].filter(Boolean);
  return [mdEscape(time, true), mdEscape(s.durationText ?? '', true), `**${mdEscape(s.title, true)}** (${mdEscape(s.typeLabel, true)})${s.team ? ` ${badge(L)}` : ''}`, mdEscape(who, true), details.map((d) => mdEscape(d, true)).join('<br>')];
}

/** The word that marks a team item, in bold brackets: **\[équipe\]**. */
function badge(L: ProgrammeView['labels']): string {
  return `**${mdEscape(`[${L.teamBadge}]`)}**`;
}

/** The team's materials checklist of a day: each material once, with the slots that need it. */
function checklist(day: ProgrammeView['days'][number], L: ProgrammeView['labels']): string {
  if (!day.materials?.length) return '';
  const items = day.materials.map((m) => `- **${mdEscape(m.material)}** — ${mdEscape(m.slots.join(' ; '))}`).join('\n');
  return `\n### ${mdEscape(L.materialsChecklist)} ${badge(L)}\n\n${items}\n`;
}
