/**
 * HTML rendering of a programme or a mission: the body markup (shared with the preview) and
 * a self-contained page (styles inlined, no remote resource, print stylesheet for A4).
 * Every piece of user text goes through `esc`; no user text becomes a URL (but a mission
 * deliverable's http(s) `link`) or an attribute other than escaped `title`/`data-*` values.
 */
import { headerFields } from '../render/trainingSheetView';
import type { ProgrammeView, RenderView, SlotView } from '../render/viewModel';
import { checklistHtml, teamBadge, teamBanner, trainingSheetHtml } from './htmlAudience';
import { missionBody } from './htmlMission';
import { editTemplates, slotAttributes, slotControls, trackEditing, withInsertButtons } from './htmlEditing';
import { esc, list, meta, section, type HtmlOptions } from './htmlParts';
import { HTML_STYLES } from './htmlStyles';

export { esc } from './htmlParts';

const PX_PER_MINUTE = 1.2;
const MIN_SLOT_PX = 34;

export type { HtmlOptions } from './htmlParts';

/**
 * The exported page runs no script and loads nothing: its styles are inline, it has no image.
 * `base-uri` and `form-action` do not fall back to `default-src`, so they are closed too.
 */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A complete, self-contained HTML document. */
export function toHtml(view: RenderView, options: HtmlOptions = {}): string {
  return `<!DOCTYPE html>
<html lang="${view.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<title>${esc(view.title)}</title>
<style>${HTML_STYLES}</style>
</head>
<body>
${renderBody(view, options)}
<footer class="generated">${esc(view.labels.generatedBy)}</footer>
</body>
</html>
`;
}

export function renderBody(view: RenderView, options: HtmlOptions = {}): string {
  return view.kind === 'programme' ? programmeBody(view, options) : missionBody(view, options);
}


function programmeBody(v: ProgrammeView, options: HtmlOptions): string {
  const L = v.labels;
  // A training opens with its sheet, which already gives the dates, place and audience.
  const headMeta = headerFields(v);
  const head = `<header class="doc-header">
<p class="kind">${esc(v.formatLabel)}</p>
<h1>${esc(v.title)}</h1>${v.subtitle ? `<p class="subtitle">${esc(v.subtitle)}</p>` : ''}
${meta(headMeta)}${teamBanner(v)}
</header>`;
  const context = section(L.context, v.context ? `<p class="pre">${esc(v.context)}</p>` : '');
  const notes = v.notes ? section(`${esc(L.notes)} ${teamBadge(L)}`, `<p class="pre">${esc(v.notes)}</p>`, 'notes team-item', true) : '';
  const intro = v.sheet
    ? [trainingSheetHtml(v), context, notes].join('')
    : [
        section(L.objectives, list(v.objectives)),
        section(L.prerequisites, list(v.prerequisites)),
        section(L.evaluation, list(v.evaluation)),
        section(L.accessibility, v.accessibility ? `<p>${esc(v.accessibility)}</p>` : ''),
        context,
        notes,
      ].join('');
  const days = v.days.map((day, i) => {
    const heading = [day.dateText, day.title].filter(Boolean).join(' — ') || `${L.day} ${i + 1}`;
    const s = day.summary;
    const summary = `<aside class="summary"><strong>${esc(L.summary)}</strong> ${s.startText ? `${esc(s.startText)} – ${esc(s.endText)} · ` : ''}${esc(s.contentText)} ${esc(L.content)} · ${esc(s.pauseText)} ${esc(L.pauses)}${s.travelText ? ` · ${esc(s.travelText)} ${esc(L.travel)}` : ''}${s.teamText ? ` · ${esc(s.teamText)} ${esc(L.teamTime)}` : ''} · ${s.slots} ${esc(L.slots)}${
      s.perGroup.length ? `<br>${teamBadge(L)} ${esc(L.timePerGroup)} : ${s.perGroup.map((g) => `${esc(g.group)} ${esc(g.durationText)}`).join(' · ')}` : ''
    }</aside>`;
    return `<section class="day" data-line="${day.line}"${options.preview ? ` data-day="${i}"${day.start !== undefined ? ` data-day-start="${day.start}"` : ''}` : ''}><h2>${esc(heading)}</h2>${day.location ? `<p class="day-location">${esc(day.location)}</p>` : ''}<div class="timeline">${timeline(i, day.slots, L, options)}</div>${summary}${checklistHtml(day, L)}</section>`;
  });
  const people = v.people.length
    ? section(L.people, `<ul class="people">${v.people.map((p) => `<li><strong>${esc(p.name)}</strong>${p.role ? ` — ${esc(p.role)}` : ''}${p.organisation ? ` (${esc(p.organisation)})` : ''}</li>`).join('')}</ul>`)
    : '';
  const groups = v.groups.length
    ? section(L.groups, `<ul>${v.groups.map((g) => `<li><strong>${esc(g.name)}</strong>${g.lead ? ` — ${esc(L.lead)} : ${esc(g.lead)}` : ''}${g.size ? ` — ${g.size}` : ''}${g.members.length ? ` — ${esc(g.members.join(', '))}` : ''}</li>`).join('')}</ul>`)
    : '';
  const deliverables = v.deliverables.length
    ? section(L.deliverables, `<ul>${v.deliverables.map((d) => `<li><strong>${esc(d.title)}</strong>${d.owner ? ` — ${esc(L.owner)} : ${esc(d.owner)}` : ''}${d.dueText ? ` — ${esc(L.due)} : ${esc(d.dueText)}` : ''}${d.format ? ` — ${esc(d.format)}` : ''}</li>`).join('')}</ul>`)
    : '';
  return `<article class="programme" lang="${v.language}">${head}${intro}${days.join('')}${people}${groups}${deliverables}${options.preview ? editTemplates(v) : ''}</article>`;
}

function timeline(day: number, slots: SlotView[], L: ProgrammeView['labels'], options: HtmlOptions): string {
  const out: string[] = [];
  const own: string[] = [];
  let previousEnd: number | undefined;
  for (const slot of slots) {
    if (previousEnd !== undefined && slot.start !== undefined) {
      if (slot.start > previousEnd) out.push(`<div class="gap" style="height:${Math.round((slot.start - previousEnd) * PX_PER_MINUTE * 0.5)}px">${esc(L.gap)}</div>`);
      if (slot.start < previousEnd) out.push(`<div class="overlap">${esc(L.overlap)}</div>`);
    }
    out.push(slotHtml(slot, L, options));
    own.push(out.splice(0).join(''));
    if (slot.end !== undefined) previousEnd = Math.max(previousEnd ?? 0, slot.end);
  }
  // The preview puts a "+" before each slot (and its gap or overlap mark) and at the day's end.
  return options.preview ? withInsertButtons(day, slots, own, L.edit) : own.join('');
}

function slotHtml(s: SlotView, L: ProgrammeView['labels'], options: HtmlOptions): string {
  const minutes = s.start !== undefined && s.end !== undefined ? s.end - s.start : 0;
  const height = Math.max(MIN_SLOT_PX, Math.round(minutes * PX_PER_MINUTE));
  const who = [
    ...s.speakers.map((p) => `${esc(p.name)}${p.role ? ` <span class="role">(${esc(p.role)})</span>` : ''}`),
    ...(s.groups.length ? [`<span class="groups">${esc(s.groups.join(', '))}</span>`] : []),
  ];
  const tracks = s.tracks.length
    ? `<div class="tracks">${s.tracks
        .map(
          (t, i) => {
            // The preview's tracks take dropped group chips (htmlEditing.ts); an export lists the groups.
            const editing = options.preview ? trackEditing(s, t, i, L.edit) : undefined;
            const groups = editing ? editing.groups : t.groups.length ? `<div>${esc(t.groups.join(', '))}</div>` : '';
            return `<div class="track"${editing?.attributes ?? ''}><strong>${esc(t.title)}</strong>${groups}${t.lead ? `<div>${esc(L.lead)} : ${esc(t.lead.name)}</div>` : ''}${
              t.speakers.length ? `<div>${esc(t.speakers.map((p) => p.name).join(', '))}</div>` : ''
            }${t.room ? `<div class="room">${esc(L.room)} : ${esc(t.room)}</div>` : ''}${t.description ? `<div>${esc(t.description)}</div>` : ''}</div>`;
          },
        )
        .join('')}</div>`
    : '';
  const details = [
    s.description ? `<p class="pre">${esc(s.description)}</p>` : '',
    list(s.steps),
    tracks,
    s.turns.length ? `<p class="turns"><strong>${esc(L.turns)}</strong> : ${s.turns.map((t) => `${esc(t.group)} ${esc(t.startText)}–${esc(t.endText)}`).join(' · ')}</p>` : '',
    s.materials.length ? `<p class="materials team-item">${teamBadge(L)} <strong>${esc(L.materials)}</strong> : ${esc(s.materials.join(', '))}</p>` : '',
    s.produces.length ? `<p class="produces"><strong>${esc(L.produces)}</strong> : ${esc(s.produces.join(', '))}</p>` : '',
    s.notes ? `<p class="notes pre team-item">${teamBadge(L)} <strong>${esc(L.notes)}</strong> : ${esc(s.notes)}</p>` : '',
    options.preview && s.problems.length
      ? `<ul class="problems">${s.problems.map((p) => `<li class="${esc(p.severity)}" title="${esc(p.code)}">${esc(p.message)}</li>`).join('')}</ul>`
      : '',
  ].join('');
  // Start and end stand on two lines by CSS, not `<br>`, with a visually hidden « – » between
  // them and brackets around the duration and the type: a screen reader says « 09h00 – 09h30
  // (30 min) », « Title (type : plénière) », and a copy or an import of the page reads the same.
  const time = s.startText ? `<span class="start">${esc(s.startText)}</span>${hidden(' – ')}<span class="end">${esc(s.endText)}</span>` : '—';
  return `<div class="slot type-${esc(s.type)}${s.isPause ? ' pause' : ''}${s.team ? ' team' : ''}" data-line="${s.line}" data-end-line="${s.endLine}"${options.preview ? slotAttributes(s) : ''} style="min-height:${height}px">
<div class="time">${time}${s.durationText ? `<span class="duration">${hidden(' (')}${esc(s.durationText)}${hidden(')')}</span>` : ''}</div>
<div class="body"><div class="title"><strong>${esc(s.title)}</strong> <span class="type">${hidden(`(${L.slotTypePrefix}`)}${esc(s.typeLabel)}${hidden(')')}</span>${s.team ? ` ${teamBadge(L)}` : ''}</div>${who.length ? `<div class="who">${who.join(' · ')}</div>` : ''}${details}</div>${options.preview ? slotControls(s, L.edit) : ''}
</div>`;
}

/** Text for screen readers and copies only: separators the layout shows by position. */
function hidden(text: string): string {
  return `<span class="visually-hidden">${esc(text)}</span>`;
}
