/**
 * A table of the source document read as an agenda (issue 17): `readTable` (tables/) says
 * what each column and row holds; this file turns that reading into the reading state's
 * days and slots, through the same drafts the line reader fills (`agenda.ts`), so assembly,
 * ids, people, speakers and YAML writing stay one path.
 *
 * - header rows are never content;
 * - a day section opens a day (its date read by the day-heading reader); another heading
 *   (« Pause déjeuner » without a time, « Matinée ») is kept as public text: a part of the day
 *   as the next slot's comment (as the line reader does), any other in the next slot's
 *   description;
 * - speakers become `people` (each once) and the slot's speakers;
 * - rows under one time in different rooms become one slot with tracks (`room`, `lead`);
 *   a room of a single session is written in the slot's description, under its header;
 * - cells of columns the table does not explain are kept in the description, under their header.
 *
 * A table that is no agenda is left to the line reader, as its pipe rows.
 */
import { closeSlot, dayHeading, newSlot } from './agenda';
import { PART_OF_DAY, type Line } from './lines';
import { closeSection } from './sections';
import type { TableBlock } from './sourceDocument';
import { nameCase } from './people';
import type { ReadState, SlotDraft, TrackDraft } from './state';
import { detailLine } from './tableRows';
import { cellTime } from './tables/cellTime';
import { readTable, type TablePerson, type TableReading, type TableSlot } from './tables';
import { collapse, fold, mdInline } from './text';
import { typeFromLabel, typeFromText } from './vocabulary';

/** « Tous », « Everyone »: nobody in particular, kept as written. */
const EVERYONE = /^(?:tous|toutes|tout le monde|tous les participants|l'ensemble des participants|ensemble|everyone|everybody|all|all participants|collectif|pleniere)$/;

/** Reads the table as an agenda (true), or leaves it to the line reader (false). */
export function readAgendaTable(r: ReadState, block: TableBlock): TableReading | undefined {
  const reading = readTable(block);
  r.tables.push({ agenda: reading.agenda, columns: reading.columns.map((c) => ({ ...(c.label !== undefined ? { label: c.label } : {}), role: c.role })) });
  if (!reading.agenda) return undefined;
  closeSlot(r);
  closeSection(r);
  const label = (role: string) => reading.columns.find((c) => c.role === role)?.label;
  const speakersLabel = label('speakers');
  const roomLabel = label('room') ?? r.m.tableRoom;
  const lineOf = (text: string): Line => ({ no: block.line, indent: 0, body: text, heading: 0, bullet: false, emphasised: false, text, display: text });
  /** Headings waiting for the next slot (public text in its description). */
  let headings: string[] = [];
  const firstOf = new Map<number, { draft: SlotDraft; slot: TableSlot }>();
  for (const entry of reading.entries) {
    if (entry.kind === 'section') {
      const text = collapse(mdInline(entry.text));
      if (entry.section === 'day' && dayHeading(r, lineOf(text))) continue;
      if (PART_OF_DAY.test(fold(text).replace(/[:.]+$/, '').trim())) r.agenda.pendingSlotComments.push(text);
      else headings.push(text);
      continue;
    }
    if (entry.parallelWith !== undefined && firstOf.has(entry.parallelWith)) {
      const first = firstOf.get(entry.parallelWith)!;
      addTrack(r, first.draft, first.slot, entry, roomLabel);
      continue;
    }
    const untimedDay = !r.agenda.days.at(-1)!.slots.some((x) => x.time || x.start);
    const s = slotOf(r, lineOf(entry.title), entry, speakersLabel, roomLabel);
    if (untimedDay && !s.time && !s.start && s.duration) {
      const start = startWrittenBefore(r, block.line);
      if (start) s.start = start;
    }
    s.entries.unshift(...headings.map((text) => ({ kind: 'desc' as const, text, indent: 0, afterBlank: false, line: block.line })));
    headings = [];
    firstOf.set(entry.row, { draft: s, slot: entry });
  }
  // A heading after the last slot: the last slot's description (public, never the notes).
  const last = r.agenda.slot ?? r.agenda.days[r.agenda.days.length - 1]!.slots.at(-1);
  for (const text of headings) {
    if (last) last.entries.push({ kind: 'desc', text, indent: 0, afterBlank: true, line: block.line });
    else r.fields.context.push(text);
  }
  closeSlot(r);
  return reading;
}

/** A slot of the table as a slot draft of the current day. */
function slotOf(r: ReadState, l: Line, t: TableSlot, speakersLabel: string | undefined, roomLabel: string): SlotDraft {
  const s = newSlot(r, l);
  s.fromTable = true;
  if (t.time?.end && t.time.endMinutes !== t.time.startMinutes) s.time = `${t.time.start}-${t.time.end}`;
  else if (t.time) s.start = t.time.start;
  if (t.duration) {
    // With a range, the duration says it again; kept in the description when it disagrees.
    const range = t.time?.endMinutes !== undefined ? t.time.endMinutes - t.time.startMinutes : undefined;
    if (range === undefined) s.duration = t.duration.text.replace(/\s+/g, '');
    else if (range !== t.duration.minutes) desc(s, l, t.duration.text);
  }
  // `**Title** (type label)`, as the exports write it.
  const typed = /^\*\*((?:\\.|[^*\\]|\*(?!\*))*)\*\*\s*(?:\(([^()]*)\))?\s*$/.exec(t.title);
  if (typed) {
    s.title = collapse(mdInline(typed[1]!));
    const type = typed[2] !== undefined ? typeFromLabel(mdInline(typed[2])) : undefined;
    if (type) s.type = type;
    else if (typed[2] !== undefined) s.title = `${s.title} (${collapse(mdInline(typed[2]))})`;
  } else s.title = collapse(mdInline(t.title));
  s.awaitingTitle = false;
  // The Word export writes the type's label under the title, alone on its line (« travail en groupe »).
  const label = t.details[0] !== undefined && !s.type ? typeFromLabel(collapse(mdInline(t.details[0]))) : undefined;
  if (label) s.type = label;
  for (const detail of label ? t.details.slice(1) : t.details) {
    const text = collapse(mdInline(detail));
    if (text) detailLine(s, /^[-*•]\s/.test(detail.trim()) ? `- ${text}` : text, l, false);
  }
  for (const p of t.speakers) speaker(r, s, p, speakersLabel, l);
  if (t.room) desc(s, l, roomText(roomLabel, t.room));
  for (const x of t.extra) {
    const [first = '', ...more] = x.lines.map((line) => collapse(mdInline(line))).filter(Boolean);
    desc(s, l, x.label ? `${x.label} : ${first}` : first);
    for (const m of more) desc(s, l, m);
  }
  if (!t.time && !t.duration) s.comments.push(r.m.unrecognised);
  r.agenda.slot = s;
  return s;
}

/** A person of a speakers cell: one of `people` and a speaker of the slot; else kept as written. */
function speaker(r: ReadState, s: SlotDraft, p: TablePerson, label: string | undefined, l: Line): void {
  const text = collapse(mdInline(p.text));
  if (p.name) {
    const person = r.people.person(nameCase(p.name, true), p.role, p.organisation);
    (s.speakerIds ??= []).push(person.id);
  } else if (EVERYONE.test(fold(text))) desc(s, l, label ? `${label} : ${text}` : text);
  else if (text) s.who.push(text);
}

/**
 * A row in another room under the same time: the first row's slot becomes a slot of tracks
 * (its own session the first track), and this row its next track.
 */
function addTrack(r: ReadState, s: SlotDraft, firstSlot: TableSlot, t: TableSlot, roomLabel: string): void {
  if (!s.tracks) {
    const first: TrackDraft = { title: s.title, people: s.speakerIds ?? [], description: [] };
    if (firstSlot.room) {
      first.room = firstSlot.room;
      const written = roomText(roomLabel, firstSlot.room);
      s.entries = s.entries.filter((e) => !(e.kind === 'desc' && e.text === written));
    }
    s.tracks = [first];
    s.speakerIds = [];
    s.type ??= typeFromText(s.title);
    s.title = r.m.parallelSessions;
  }
  const track: TrackDraft = { title: collapse(mdInline(t.title)), people: [], description: [] };
  if (t.room) track.room = t.room;
  for (const p of t.speakers) {
    if (p.name) track.people.push(r.people.person(nameCase(p.name, true), p.role, p.organisation).id);
    else if (p.text) track.description.push(collapse(p.text));
  }
  for (const d of t.details) track.description.push(collapse(mdInline(d)));
  for (const x of t.extra) track.description.push(x.label ? `${x.label} : ${x.lines.join(' ')}` : x.lines.join(' '));
  s.tracks.push(track);
}

/** `Salle : Vauban`; `Salle Vauban` alone when the room already says what it is. */
function roomText(label: string, room: string): string {
  return fold(room).startsWith(fold(label)) ? room : `${label} : ${room}`;
}

/** « début à 14h00 », « à partir de 9h », « starts at 9:00 »: said above a table of durations. */
const START_SAID = /(?:d[ée]but|commence|commencera|accueil|[àa] partir de|start(?:s|ing)?(?:\s+at)?|from)\s*(?:[àa]|:|at)?\s*(\d{1,2}\s?[h:]\s?\d{0,2})/iu;

/**
 * The start a table of durations runs from: a clock said in the last lines before the
 * table (the day's heading, « début à 14h00 »), so its first slot has `start` + `duration`.
 */
function startWrittenBefore(r: ReadState, line: number): string | undefined {
  const before = r.lines.filter((l) => l.no < line && l.text).slice(-3);
  for (const l of before.reverse()) {
    const m = START_SAID.exec(l.text);
    const time = m ? cellTime(m[1]!) : undefined;
    if (time && !time.end) return time.start;
  }
  return undefined;
}

function desc(s: SlotDraft, l: Line, text: string): void {
  if (text.trim()) s.entries.push({ kind: 'desc', text, indent: 0, afterBlank: false, line: l.no });
}
