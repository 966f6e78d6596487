/**
 * The line reader: reads a source document's lines in order and sends each to the reader
 * it belongs to — e-mail headers, pipe-table rows, parts of the day, time lines (slots), day
 * headings, the lines of a slot, and the header's fields and sections.
 */
import { parseTimeLine, type TimeLine } from './clocks';
import { closeSlot, dayHeading, openSlot, slotLine } from './agenda';
import { unplaced } from './facts';
import { stepInside, trainingFieldLine } from './fields/index';
import { headerLine } from './fields';
import { EXPORT_COLOPHON, MAIL_HEADER, PART_OF_DAY, RULE_RE, SIGNATURE, SUMMARY_LINE, TABLE_SEP, splitCells, type Line } from './lines';
import { closeSection, headingKind, openSection, sectionBreak, sectionLine } from './sections';
import type { ReadState } from './state';
import { readAgendaTable } from './tableAgenda';
import { tableHeader, tableRow } from './tableRows';
import { collapse, fold, mdInline } from './text';

const FORWARD_MARK = /^-*\s*(?:message transfere|forwarded message|message d'origine|original message)\s*-*$/;

/** Reads every line of the document into the state. */
export function read(r: ReadState): void {
  const lines = r.lines;
  // An e-mail starts with its header lines: they say nothing of the programme.
  let i = 0;
  while (i < lines.length && !lines[i]!.text) i++;
  // « ---------- Message transféré --------- » opens a forwarded e-mail: its header follows.
  const forward = i < lines.length && FORWARD_MARK.test(fold(lines[i]!.text)) ? lines[i++]! : undefined;
  if (i < lines.length && MAIL_HEADER.test(fold(lines[i]!.text))) {
    const mail: string[] = forward ? [forward.text] : [];
    const first = forward?.no ?? lines[i]!.no;
    for (; i < lines.length && lines[i]!.text && MAIL_HEADER.test(fold(lines[i]!.text)); i++) {
      const t = lines[i]!.text;
      const kv = /^([^:]+?)\s*:\s*(.*)$/.exec(t)!;
      if (/^(?:objet|subject)$/.test(fold(kv[1]!).trim()) && kv[2]) r.fields.titleFromSubject = kv[2].replace(/^(?:(?:re|tr|fwd?)\s*:\s*)+/i, '');
      else mail.push(t);
    }
    // The envelope of the e-mail (sender, date, recipients) is for the team, not the participants.
    if (mail.length) r.notes.push({ lines: mail, line: first, unrecognised: false });
  }
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    line(r, l, lines[i + 1]);
    // A table read as an agenda: its pipe rows are done with; the blank line after them is read.
    if (l.table && readAgendaTable(r, l.table.block)) i += l.table.lines - 2;
  }
  closeSlot(r);
  closeSection(r);
}

// --- dispatch

/** One line, with the next (a pipe row above `|---|` is a header). */
function line(r: ReadState, l: Line, next: Line | undefined): void {
  if (l.body.trim() && TABLE_SEP.test(l.body.trim())) return;
  if (!l.text) {
    r.cursor.blank = true;
    if (r.cursor.section) sectionBreak(r);
    r.agenda.table = undefined;
    return;
  }
  const afterBlank = r.cursor.blank && !r.doubleSpaced;
  r.cursor.blank = false;
  if (l.long) {
    if (r.agenda.slot) slotLine(r, l, afterBlank);
    else if (r.cursor.section) sectionLine(r, l, afterBlank);
    else unplaced(r, l, afterBlank);
    return;
  }
  const f = fold(l.text);

  if (r.cursor.section?.kind === 'trailer') {
    sectionLine(r, l, afterBlank);
    return;
  }
  if (RULE_RE.test(l.body) && !l.bullet) return;
  if (SUMMARY_LINE.test(f)) return; // a day summary written by an export: computed again from the agenda
  if (EXPORT_COLOPHON.test(f)) return; // « Programme établi avec Déroulé »: written again by the next export
  if (r.agenda.seenSlot && SIGNATURE.test(f)) {
    closeSlot(r);
    openSection(r, 'trailer', '', l.no);
    sectionLine(r, l, afterBlank);
    return;
  }

  // Markdown table rows
  if (l.body.startsWith('|')) {
    // A row above `|---|` is a header, unless it holds a time (a table without header).
    const timed = splitCells(l.body).some((c) => parseTimeLine(collapse(mdInline(c)))?.rest === '');
    if (next && TABLE_SEP.test(next.body.trim()) && !timed) {
      tableHeader(r, splitCells(l.body));
      return;
    }
    if (tableRow(r, l, afterBlank)) return;
  }

  // Part of the day ("Après-midi"), alone or with its hours: a comment before the next slot.
  const bare = f.replace(/[:.]+$/, '').trim();
  const withoutTimes = collapse(bare.replace(/[(\[]?\s*\d{1,2}\s?[h:]\s?\d{0,2}\s*(?:[-–—/à]|a)\s*\d{1,2}\s?[h:]\s?\d{0,2}\s*[)\]]?/g, '').replace(/[:.–—-]+$/, ''));
  if (PART_OF_DAY.test(withoutTimes)) {
    closeSlot(r);
    closeSection(r);
    r.agenda.pendingSlotComments.push(l.text);
    return;
  }

  // Time lines open slots (a timed bullet inside a slot's range is one of its steps).
  const time = parseTimeLine(l.text);
  if (time && !afterBlank && r.agenda.slot?.range && stepInside(r.agenda.slot.range, l.text) && !isSubTime(r, l, time)) {
    // « 10h45 : pause » inside 10h15–11h30: a step of that session, not an overlapping slot.
    r.agenda.slot.entries.push({ kind: 'step', text: l.text, indent: l.indent, afterBlank, line: l.no });
    return;
  }
  if (time && !(r.agenda.slot && isSubTime(r, l, time))) {
    openSlot(r, l, time);
    return;
  }

  if (dayHeading(r, l)) return;

  // Inside the agenda, what is not a heading belongs to the current slot.
  if (r.agenda.slot) {
    // The training sheet after the agenda (« Durée : … » after a blank line): the programme's, not the slot's.
    if (afterBlank && !l.bullet && l.indent <= r.agenda.slot.indent && trainingFieldLine(l.text)) {
      closeSlot(r);
      headerLine(r, l, afterBlank);
      return;
    }
    const heading = headingKind(l);
    if (!heading) {
      slotLine(r, l, afterBlank);
      return;
    }
    closeSlot(r);
  }
  headerLine(r, l, afterBlank);
}

/** A timed bullet inside the open slot's range is one of its steps, not a new slot. */
function isSubTime(r: ReadState, l: Line, time: TimeLine): boolean {
  const s = r.agenda.slot!;
  if (!s.range || !(l.bullet || l.indent > s.indent) || l.indent <= s.indent) return false;
  const start = time.start.minutes;
  return start !== undefined && start >= s.range.start && start < s.range.end;
}

// --- headings and header fields
