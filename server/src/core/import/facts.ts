/**
 * Facts of the programme set from anywhere in the reading: its title, its place and the
 * dates noted in the header, a deliverable, and a line kept in the notes (nothing dropped).
 */
import { findDates } from './dates';
import type { Line } from './lines';
import { NOT_NAME, PLACE } from './people';
import type { DeliverableDraft, ReadState } from './state';
import { collapse, fold } from './text';
import { cleanTitle } from './fields/index';

/** The programme's place; a place guessed before (from a sentence or an empty day heading) gives way. */
export function setLocation(r: ReadState, value: string, implied: boolean): void {
  if (r.fields.location && r.fields.locationHeading) {
    r.notes.push({ lines: [r.fields.locationHeading.heading ?? r.fields.location], line: r.fields.locationHeading.line, unrecognised: true });
    r.fields.locationHeading = undefined;
  }
  r.fields.location = value;
  r.fields.locationImplied = implied;
}

/** The title line: its dates and place are noted too (`Atelier … à Poix du Nord, le 5 juin`). */
export function setTitle(r: ReadState, l: Line): void {
  r.fields.title = cleanTitle(l.text, { prefixes: false }).title;
  noteDatesAndPlace(r, l.text, true);
}

/** Dates and a place (`à Poix du Nord`) written in the header, when none is given explicitly. */
export function noteDatesAndPlace(r: ReadState, text: string, place: boolean): void {
  const dates = findDates(text);
  if (!dates.length) return;
  r.dates.implied.push(...dates);
  if (!place || r.fields.location) return;
  const after = text.slice(dates[0]!.index + dates[0]!.length);
  const before = text.slice(0, dates[0]!.index);
  const re = new RegExp(`(?:^|[\\s,(])(?:à|a|at|in)\\s+(${PLACE}(?:\\s\\([^()]*\\))?)`, 'u');
  const m = re.exec(after) ?? re.exec(before);
  if (m && !NOT_NAME.has(fold(m[1]!.split(/\s/)[0]!))) {
    setLocation(r, m[1]!.trim(), true);
    return;
  }
  // "Journée de l'habitat – Amiens, le 25 novembre 2021"
  const comma = new RegExp(`(?:^|[–—-]\\s)(${PLACE}),\\s(?:(?:le|du|on|the)\\s?)?$`, 'u').exec(collapse(before) + (/\s$/.test(before) ? ' ' : ''));
  if (comma && !NOT_NAME.has(fold(comma[1]!.split(/\s/)[0]!))) setLocation(r, comma[1]!.trim(), true);
}

/** A line not understood: kept in the notes (joined to the lines just before it), under a comment. */
export function unplaced(r: ReadState, l: Line, afterBlank: boolean): void {
  const last = r.notes[r.notes.length - 1];
  if (last && last.unrecognised && !afterBlank && last.lastLine === l.no - 1) {
    last.lines.push(l.display);
    last.lastLine = l.no;
    return;
  }
  r.notes.push({ lines: [l.display], line: l.no, unrecognised: true, lastLine: l.no });
}

/** `Rapport de diagnostic — Responsable : DDTM — Échéance : Restitution`: a deliverable draft. */
export function deliverableFromLine(r: ReadState, text: string): void {
  const parts = collapse(text).split(/\s+[—–]\s+/);
  const d: DeliverableDraft = { title: parts[0]!, parts: {} };
  const rest: string[] = [];
  for (const part of parts.slice(1)) {
    const kv = /^(responsable|owner|échéance|echeance|due)\s*:\s*(.+)$/i.exec(part);
    if (kv && /^(responsable|owner)$/i.test(kv[1]!)) [d.owner, d.parts.owner] = [kv[2]!, part];
    else if (kv) [d.due, d.parts.due] = [kv[2]!, part];
    else rest.push(part);
  }
  if (rest.length) d.rest = rest.join(' — ');
  r.deliverables.push(d);
}
