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
import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  StringValueElement,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableProperties,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type IParagraphStyleOptions,
} from 'docx';
import type { MissionView, PersonView, ProgrammeView, RenderView, SlotView } from '../render/viewModel';

/** A4 portrait, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, side: 1021, header: 567 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;

const COLOURS = { accent: '000091', muted: '595959', border: '8C8C8C', header: 'DCE3F5', pause: 'EDEDED', notes: 'FFF4CE' };

/** Style ids (the names shown in Word are in `STYLES` and the table style below). */
const S = {
  kicker: 'DerouleFormat',
  subtitle: 'Subtitle',
  meta: 'DerouleMeta',
  cell: 'DerouleTableText',
  cellHeading: 'DerouleTableHeading',
  summary: 'DerouleSummary',
  notes: 'DerouleNotes',
  table: 'DerouleTable',
  header: 'Header',
  footer: 'Footer',
} as const;

const BULLETS = 'deroule-bullets';
const CELL_BULLETS = 'deroule-cell-bullets';

export async function toDocx(view: RenderView): Promise<Uint8Array> {
  const body = view.kind === 'programme' ? programmeBody(view) : missionBody(view);
  const doc = new Document({
    title: clean(view.title),
    ...(view.kind === 'programme' && view.subtitle ? { subject: clean(view.subtitle) } : {}),
    creator: clean((view.kind === 'programme' ? view.organiser : (view.pilot ?? view.client)) ?? 'Déroulé'),
    lastModifiedBy: 'Déroulé',
    description: clean(view.labels.generatedBy),
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 20, language: { value: view.language === 'en' ? 'en-GB' : 'fr-FR' } },
          paragraph: { spacing: { after: 80, line: 264, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: 'Arial', size: 40, bold: true, color: COLOURS.accent }, paragraph: { spacing: { before: 120, after: 120 } } },
        heading1: {
          run: { font: 'Arial', size: 28, bold: true, color: COLOURS.accent },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: 'Arial', size: 24, bold: true, color: COLOURS.accent },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 1 },
        },
        listParagraph: { paragraph: { spacing: { after: 40 } } },
      },
      paragraphStyles: STYLES,
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: [bulletLevel(0, '•', 360), bulletLevel(1, '–', 720)] },
        { reference: CELL_BULLETS, levels: [bulletLevel(0, '•', 227), bulletLevel(1, '–', 454)] },
      ],
    },
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
// Styles

const STYLES: IParagraphStyleOptions[] = [
  {
    id: S.kicker,
    name: 'Déroulé – Format',
    basedOn: 'Normal',
    next: 'Title',
    quickFormat: true,
    run: { bold: true, allCaps: true, size: 18, color: COLOURS.accent },
    paragraph: { spacing: { after: 0 }, keepNext: true },
  },
  {
    id: S.subtitle,
    name: 'Subtitle',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 26, color: COLOURS.muted },
    paragraph: { spacing: { after: 240 } },
  },
  { id: S.meta, name: 'Déroulé – Informations', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 40 } } },
  { id: S.cell, name: 'Déroulé – Texte de tableau', basedOn: 'Normal', quickFormat: true, run: { size: 18 }, paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
  {
    id: S.cellHeading,
    name: 'Déroulé – En-tête de tableau',
    basedOn: S.cell,
    quickFormat: true,
    run: { bold: true, color: COLOURS.accent },
    paragraph: { keepNext: true },
  },
  {
    id: S.summary,
    name: 'Déroulé – Bilan de la journée',
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: 18, color: COLOURS.muted },
    paragraph: { spacing: { before: 80, after: 200 } },
  },
  {
    id: S.notes,
    name: 'Déroulé – Notes d’animation',
    basedOn: 'Normal',
    quickFormat: true,
    run: { italics: true, size: 18 },
    paragraph: { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.notes }, spacing: { after: 60 } },
  },
  {
    id: S.header,
    name: 'header',
    basedOn: 'Normal',
    run: { size: 16, color: COLOURS.muted },
    paragraph: { spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border, space: 4 } } },
  },
  {
    id: S.footer,
    name: 'footer',
    basedOn: 'Normal',
    run: { size: 16, color: COLOURS.muted },
    paragraph: { spacing: { after: 0 }, border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border, space: 4 } } },
  },
];

function bulletLevel(level: number, text: string, indent: number) {
  return {
    level,
    format: LevelFormat.BULLET,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: indent, hanging: Math.min(indent, 227) } } },
  };
}

/** `w:style` of type table: thin borders everywhere, roomy cell margins. */
function tableStyle(): BuilderElement {
  const line = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border };
  return new BuilderElement<{ type: string; styleId: string }>({
    name: 'w:style',
    attributes: { type: { key: 'w:type', value: 'table' }, styleId: { key: 'w:styleId', value: S.table } },
    children: [
      new StringValueElement('w:name', 'Déroulé – Tableau'),
      new StringValueElement('w:basedOn', 'TableNormal'),
      new BuilderElement({ name: 'w:qFormat' }),
      new TableProperties({
        borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
        cellMargin: { top: 57, bottom: 57, left: 85, right: 85 },
      }),
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Text

/** Drops what XML 1.0 cannot carry: C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for one piece of text: line breaks become `w:br`, tabs `w:tab`. */
function runs(text: string | number | undefined, style: RunStyle = {}): TextRun[] {
  const lines = clean(String(text ?? '')).split(/\r\n|[\r\n\u2028\u2029\u0085]/);
  return lines.map((line, i) => {
    const parts = line.split('\t');
    const children = parts.flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part])).filter((c) => c !== '');
    return new TextRun({ ...style, ...(i > 0 ? { break: 1 } : {}), children });
  });
}

function para(children: TextRun[], options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({ ...options, children });
}

/** Free text: a paragraph per block separated by a blank line, line breaks kept inside. */
function blocks(text: string | undefined, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, style: RunStyle = {}, lead: TextRun[] = []): Paragraph[] {
  if (!text || !text.trim()) return lead.length ? [para(lead, options)] : [];
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((c) => c.replace(/^\n+|\n+$/g, ''))
    .filter((c) => c.trim() !== '');
  return chunks.map((chunk, i) => para([...(i === 0 ? lead : []), ...runs(chunk, style)], options));
}

function colon(view: { language: string }): string {
  return view.language === 'fr' ? '\u00a0: ' : ': ';
}

function labelled(label: string, value: TextRun[], view: { language: string }, style: string = S.meta, keepNext = false): Paragraph {
  return para([...runs(label, { bold: true }), ...runs(colon(view)), ...value], { style, ...(keepNext ? { keepNext } : {}) });
}

function bullets(items: string[], cell = false, style?: string): Paragraph[] {
  return items.map((item) => para(runs(item), bulletOptions(cell, style)));
}

function bulletOptions(cell: boolean, style?: string): Omit<IParagraphOptions, 'children' | 'text'> {
  return { numbering: { reference: cell ? CELL_BULLETS : BULLETS, level: 0 }, style: style ?? (cell ? S.cell : 'ListParagraph') };
}

function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return para(runs(text), { heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
}

function section(title: string, content: Paragraph[]): Paragraph[] {
  return content.length ? [heading(title), ...content] : [];
}

function join(parts: (string | undefined)[], separator = ' — '): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join(separator);
}

function locale(view: { language: string }): string {
  return view.language === 'en' ? 'en-GB' : 'fr-FR';
}

// ---------------------------------------------------------------------------------------------
// Tables

interface Column {
  label: string;
  width: number;
}

function table(columns: Column[], rows: { cells: Paragraph[][]; shaded?: boolean }[]): Table {
  const cellOf = (children: Paragraph[], width: number, fill?: string) =>
    new TableCell({
      children: children.length ? children : [para([], { style: S.cell })],
      width: { size: width, type: WidthType.DXA },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    });
  return new Table({
    style: S.table,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cellOf([para(runs(c.label), { style: S.cellHeading })], c.width, COLOURS.header)),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((c, i) => cellOf(r.cells[i] ?? [], c.width, r.shaded ? COLOURS.pause : undefined)),
          }),
      ),
    ],
  });
}

/** Widths that add up to the text width, from relative weights. */
function widths(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w * TEXT_WIDTH) / total));
  out[out.length - 1]! += TEXT_WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Programme

function programmeBody(v: ProgrammeView): (Paragraph | Table)[] {
  const L = v.labels;
  const out: (Paragraph | Table)[] = [];
  out.push(para(runs(v.formatLabel), { style: S.kicker }));
  out.push(para(runs(v.title), { heading: HeadingLevel.TITLE }));
  if (v.subtitle) out.push(para(runs(v.subtitle), { style: S.subtitle }));
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
  out.push(...section(L.context, blocks(v.context)));
  if (v.notes) out.push(...section(L.notes, blocks(v.notes, { style: S.notes })));

  if (v.days.length) out.push(heading(L.programme));
  v.days.forEach((day, i) => {
    out.push(heading(join([day.dateText, day.title]) || `${L.day} ${i + 1}`, 2));
    if (day.location) out.push(labelled(L.location, runs(day.location), v, S.meta, true));
    out.push(agenda(v, day.slots));
    out.push(summary(v, day.summary));
  });

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
    slots.map((s) => ({ shaded: s.isPause, cells: [timeCell(s), durationCell(s), sequenceCell(s), whoCell(v, s), detailsCell(v, s)] })),
  );
}

function timeCell(s: SlotView): Paragraph[] {
  const text = s.startText && s.endText ? `${s.startText} – ${s.endText}` : (s.startText ?? s.endText ?? '');
  return [para(runs(text), { style: S.cell })];
}

function durationCell(s: SlotView): Paragraph[] {
  return [para(runs(s.durationText), { style: S.cell })];
}

function sequenceCell(s: SlotView): Paragraph[] {
  return [para(runs(s.title, { bold: true }), { style: S.cell }), para(runs(s.typeLabel, { italics: true, color: COLOURS.muted }), { style: S.cell })];
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
  if (s.materials.length) out.push(labelled(L.materials, runs(s.materials.join(', ')), v, S.cell));
  if (s.produces.length) out.push(labelled(L.produces, runs(s.produces.join(', ')), v, S.cell));
  if (s.notes) out.push(...blocks(s.notes, { style: S.notes }, {}, [...runs(L.notes, { bold: true }), ...runs(colon(v))]));
  return out;
}

function summary(v: ProgrammeView, s: ProgrammeView['days'][number]['summary']): Paragraph {
  const L = v.labels;
  const parts = [
    s.startText && s.endText ? `${s.startText} – ${s.endText}` : undefined,
    `${s.contentText} ${L.content}`,
    `${s.pauseText} ${L.pauses}`,
    `${s.slots} ${L.slots}`,
  ];
  const perGroup = s.perGroup.length ? `\n${L.timePerGroup}${colon(v)}${s.perGroup.map((g) => `${g.group} ${g.durationText}`).join(' · ')}` : '';
  return para([...runs(L.summary, { bold: true }), ...runs(colon(v)), ...runs(join(parts, ' · ') + perGroup)], { style: S.summary, keepLines: true });
}

// ---------------------------------------------------------------------------------------------
// Mission

function missionBody(v: MissionView): (Paragraph | Table)[] {
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

