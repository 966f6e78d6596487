/**
 * Word (.docx) rendering of a programme or a mission, from the rendering model.
 *
 * The document is meant to be sent out and edited by colleagues: everything is laid out
 * with named Word styles (Title, Heading 1/2, a bordered table style, list styles), the
 * agenda tables repeat their header row on each page, and nothing is positioned by hand.
 * Every piece of user text becomes a docx `TextRun`, which escapes it; no XML is written
 * here as text. Characters XML 1.0 cannot carry (control characters, lone surrogates) are
 * dropped, line breaks become Word line breaks and blank lines new paragraphs.
 *
 * Facilitator notes are printed when the view carries them: the caller decides, when
 * building the view, whether they belong in the export.
 */
import { Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Tab, Table, TabStopType, TextRun } from 'docx';
import type { PersonView, ProgrammeView, RenderView, SlotView } from '../render/viewModel';
import { blocks, bulletOptions, bullets, clean, colon, heading, join, labelled, locale, para, runs, section, table, widths, type Column } from './docxBlocks';
import { checklist, teamBanner, teamMark, trainingSheet } from './docxAudience';
import { missionBody } from './docxMission';
import { COLOURS, documentStyles, numbering, PAGE, S, tableStyle, TEXT_WIDTH } from './docxStyles';

export async function toDocx(view: RenderView): Promise<Uint8Array> {
  const body = view.kind === 'programme' ? programmeBody(view) : missionBody(view);
  const doc = new Document({
    title: clean(view.title),
    ...(view.kind === 'programme' && view.subtitle ? { subject: clean(view.subtitle) } : {}),
    creator: clean((view.kind === 'programme' ? view.organiser : (view.pilot ?? view.client)) ?? 'Déroulé'),
    lastModifiedBy: 'Déroulé',
    description: clean(view.labels.generatedBy),
    styles: documentStyles(view.language),
    numbering: numbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side, header: PAGE.header, footer: PAGE.header },
          },
        },
        headers: { default: new Header({ children: [para([...runs(view.title)], { style: S.header })] }) },
        footers: {
          default: new Footer({
            children: [
              para(
                [
                  ...runs(view.labels.generatedBy),
                  new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
                ],
                { style: S.footer, tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }] },
              ),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  // docx has no option for a table style: it is added to the document's styles as docx
  // components (constant values only), so colleagues can restyle every table at once.
  doc.Styles.addChildElement(tableStyle());
  return Packer.pack(doc, 'uint8array');
}

// ---------------------------------------------------------------------------------------------
// Programme

function programmeBody(v: ProgrammeView): (Paragraph | Table)[] {
  const L = v.labels;
  const out: (Paragraph | Table)[] = [];
  out.push(para(runs(v.formatLabel), { style: S.kicker }));
  out.push(para(runs(v.title), { heading: HeadingLevel.TITLE }));
  if (v.subtitle) out.push(para(runs(v.subtitle), { style: S.subtitle }));
  out.push(...teamBanner(v));
  if (v.sheet) {
    // A training opens with its sheet (which gives the dates, place and audience), then the programme.
    if (v.organiser) out.push(labelled(L.organiser, runs(v.organiser), v));
    out.push(...trainingSheet(v));
  } else out.push(...header(v));
  out.push(...section(L.context, blocks(v.context)));
  if (v.notes) out.push(...section(`${L.notes} [${L.teamBadge}]`, blocks(v.notes, { style: S.notes })));

  if (v.days.length) out.push(heading(L.programme));
  v.days.forEach((day, i) => {
    out.push(heading(join([day.dateText, day.title]) || `${L.day} ${i + 1}`, 2));
    if (day.location) out.push(labelled(L.location, runs(day.location), v, S.meta, true));
    out.push(agenda(v, day.slots));
    out.push(summary(v, day.summary));
    out.push(...checklist(v, day));
  });
  out.push(...closing(v));
  return out;
}

/** The head of a programme that is not a training: its details, objectives, prerequisites, evaluation, accessibility. */
function header(v: ProgrammeView): Paragraph[] {
  const L = v.labels;
  const out: Paragraph[] = [];
  const meta: [string, string | number | undefined][] = [
    [L.organiser, v.organiser],
    [v.days.length > 1 ? L.dates : L.date, v.datesText],
    [L.location, v.location],
  ];
  for (const [label, value] of meta) if (value !== undefined && value !== '') out.push(labelled(label, runs(value), v));
  if (v.audience.length === 1) out.push(labelled(L.audience, runs(v.audience[0]), v));
  else if (v.audience.length > 1) out.push(labelled(L.audience, [], v), ...bullets(v.audience));
  if (v.participants !== undefined) out.push(labelled(L.participants, runs(v.participants.toLocaleString(locale(v))), v));

  out.push(...section(L.objectives, bullets(v.objectives)));
  out.push(...section(L.prerequisites, bullets(v.prerequisites)));
  out.push(...section(L.evaluation, bullets(v.evaluation)));
  out.push(...section(L.accessibility, blocks(v.accessibility)));
  return out;
}

/** After the days: the people, the groups, the deliverables. */
function closing(v: ProgrammeView): Paragraph[] {
  const L = v.labels;
  const out: Paragraph[] = [];
  out.push(
    ...section(
      L.people,
      v.people.map((p) => para([...runs(p.name, { bold: true }), ...runs(personSuffix(p))], bulletOptions(false))),
    ),
  );
  out.push(
    ...section(
      L.groups,
      v.groups.map((g) =>
        para(
          [
            ...runs(g.name, { bold: true }),
            ...(g.lead ? [...runs(` — ${L.lead}${colon(v)}`), ...runs(g.lead)] : []),
            ...(g.size !== undefined ? [...runs(` — ${g.size.toLocaleString(locale(v))}`)] : []),
            ...(g.members.length ? [...runs(' — '), ...runs(g.members.join(', '))] : []),
          ],
          bulletOptions(false),
        ),
      ),
    ),
  );
  out.push(
    ...section(
      L.deliverables,
      v.deliverables.map((d) =>
        para(
          [
            ...runs(d.title, { bold: true }),
            ...(d.owner ? [...runs(` — ${L.owner}${colon(v)}`), ...runs(d.owner)] : []),
            ...(d.dueText ? [...runs(` — ${L.due}${colon(v)}`), ...runs(d.dueText)] : []),
            ...(d.format ? [...runs(' — '), ...runs(d.format)] : []),
          ],
          bulletOptions(false),
        ),
      ),
    ),
  );
  return out;
}

/** ` — role (organisation)`, without repeating the name. */
function personSuffix(p: PersonView): string {
  const role = p.role && p.role !== p.name ? p.role : undefined;
  const organisation = p.organisation && p.organisation !== p.name ? p.organisation : undefined;
  if (!role && !organisation) return '';
  return ` — ${role ?? ''}${role && organisation ? ' ' : ''}${organisation ? `(${organisation})` : ''}`;
}

function agenda(v: ProgrammeView, slots: SlotView[]): Table {
  const L = v.labels;
  const w = widths([13, 8, 27, 21, 31]);
  const columns: Column[] = [L.time, L.duration, L.sequence, L.who, L.details].map((label, i) => ({ label, width: w[i]! }));
  return table(
    columns,
    slots.map((s) => ({ shaded: s.isPause, cells: [timeCell(s), durationCell(s), sequenceCell(v, s), whoCell(v, s), detailsCell(v, s)] })),
  );
}

function timeCell(s: SlotView): Paragraph[] {
  const text = s.startText && s.endText ? `${s.startText} – ${s.endText}` : (s.startText ?? s.endText ?? '');
  return [para(runs(text), { style: S.cell })];
}

function durationCell(s: SlotView): Paragraph[] {
  return [para(runs(s.durationText), { style: S.cell })];
}

function sequenceCell(v: ProgrammeView, s: SlotView): Paragraph[] {
  const out = [para(runs(s.title, { bold: true }), { style: S.cell }), para(runs(s.typeLabel, { italics: true, color: COLOURS.muted }), { style: S.cell })];
  if (s.team) out.push(para(teamMark(v.labels), { style: S.cell }));
  return out;
}

function whoCell(v: ProgrammeView, s: SlotView): Paragraph[] {
  const out = s.speakers.map((p) => {
    const role = p.role && p.role !== p.name ? p.role : undefined;
    return para([...runs(p.name), ...(role ? [...runs(`, ${role}`, { italics: true })] : [])], { style: S.cell });
  });
  if (s.groups.length) out.push(para([...runs(v.labels.groups, { bold: true }), ...runs(colon(v)), ...runs(s.groups.join(', '))], { style: S.cell }));
  return out;
}

function detailsCell(v: ProgrammeView, s: SlotView): Paragraph[] {
  const L = v.labels;
  const cell = { style: S.cell };
  const out: Paragraph[] = [...blocks(s.description, cell), ...bullets(s.steps, true)];
  if (s.tracks.length) {
    out.push(para([...runs(L.tracks, { bold: true })], cell));
    for (const t of s.tracks) {
      const people = [t.lead, ...t.speakers.filter((p) => p.id !== t.lead?.id)].filter((p): p is PersonView => !!p).map((p) => p.name);
      const line = join([t.title, people.join(', '), t.room, t.groups.join(', ')]);
      out.push(para([...runs(line), ...(t.description ? runs(`\n${t.description}`, { italics: true }) : [])], bulletOptions(true)));
    }
  }
  if (s.turns.length) {
    out.push(para([...runs(L.turns, { bold: true })], cell));
    for (const t of s.turns) out.push(para(runs(`${t.group} — ${t.startText}–${t.endText}`), bulletOptions(true)));
  }
  if (s.materials.length) out.push(para([...teamMark(L), ...runs(L.materials, { bold: true }), ...runs(colon(v)), ...runs(s.materials.join(', '))], cell));
  if (s.produces.length) out.push(labelled(L.produces, runs(s.produces.join(', ')), v, S.cell));
  if (s.notes) out.push(...blocks(s.notes, { style: S.notes }, {}, [...teamMark(L), ...runs(L.notes, { bold: true }), ...runs(colon(v))]));
  return out;
}

function summary(v: ProgrammeView, s: ProgrammeView['days'][number]['summary']): Paragraph {
  const L = v.labels;
  const parts = [
    s.startText && s.endText ? `${s.startText} – ${s.endText}` : undefined,
    `${s.contentText} ${L.content}`,
    `${s.pauseText} ${L.pauses}`,
    s.travelText ? `${s.travelText} ${L.travel}` : undefined,
    s.teamText ? `${s.teamText} ${L.teamTime}` : undefined,
    `${s.slots} ${L.slots}`,
  ];
  const perGroup = s.perGroup.length ? [...runs('\n'), ...teamMark(L), ...runs(`${L.timePerGroup}${colon(v)}${s.perGroup.map((g) => `${g.group} ${g.durationText}`).join(' · ')}`)] : [];
  return para([...runs(L.summary, { bold: true }), ...runs(colon(v)), ...runs(join(parts, ' · ')), ...perGroup], { style: S.summary, keepLines: true });
}
