/**
 * `double-booked` across the programmes checked together (a folder, a workspace): the same
 * person — same `name`, compared without case or extra spaces — involved (speaker, track
 * lead or track speaker) in slots of two programmes that overlap on the same date.
 */
import type { DiagnosticSink } from '../diagnostics';
import type { Messages } from '../messages';
import type { ProgrammeModel, Ref } from '../model/types';
import type { ParsedDocument } from '../parse/parseDocument';
import { valueRangeAt } from '../parse/nodes';
import { isTimed } from './slotPairs';

export interface BookingSource {
  doc: ParsedDocument;
  model: ProgrammeModel;
  sink: DiagnosticSink;
  m: Messages;
  clock(minutes: number): string;
}

interface Booking {
  source: BookingSource;
  ref: Ref;
  date: number;
  start: number;
  end: number;
  slotTitle: string;
  name: string;
}

/** A programme's bookings, by its model (a programme that did not change keeps its model). */
type OwnBooking = Omit<Booking, 'source'> & { key: string };
const bookingsOf = new WeakMap<ProgrammeModel, OwnBooking[]>();

function ownBookings(model: ProgrammeModel): OwnBooking[] {
  const known = bookingsOf.get(model);
  if (known) return known;
  const out: OwnBooking[] = [];
  const names = new Map(model.people.filter((p) => p.name?.trim()).map((p) => [p.id, p.name!]));
  for (const day of model.days) {
    if (day.date === undefined) continue;
    for (const slot of day.slots) {
      if (!isTimed(slot) || slot.end <= slot.start) continue;
      const involved = [...slot.speakers, ...slot.tracks.flatMap((t) => [...(t.lead ? [t.lead] : []), ...t.speakers])];
      const seen = new Set<string>();
      for (const ref of involved) {
        const name = names.get(ref.id);
        if (!name) continue;
        const key = `${normalise(name)}|${day.date}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ key, ref, date: day.date, start: slot.start, end: slot.end, slotTitle: slot.title, name });
      }
    }
  }
  bookingsOf.set(model, out);
  return out;
}

export function checkBookingsAcrossFiles(sources: BookingSource[]): void {
  // Only bookings in two different programmes are compared.
  if (sources.length < 2) return;
  const byPersonDay = new Map<string, Booking[]>();
  for (const source of sources) {
    for (const own of ownBookings(source.model)) {
      const list = byPersonDay.get(own.key);
      const booking = { ...own, source };
      if (list) list.push(booking);
      else byPersonDay.set(own.key, [booking]);
    }
  }
  for (const bookings of byPersonDay.values()) {
    for (let i = 0; i < bookings.length; i++) {
      for (let j = i + 1; j < bookings.length; j++) {
        const a = bookings[i]!;
        const b = bookings[j]!;
        if (a.source === b.source || a.start >= b.end || b.start >= a.end) continue;
        report(a, b);
        report(b, a);
      }
    }
  }
}

function report(here: Booking, other: Booking): void {
  const { source } = here;
  const file = relativePath(source.doc.uri, other.source.doc.uri);
  const message = source.m.doubleBookedFiles(here.name, other.slotTitle, file, source.clock(other.start), source.clock(other.end));
  source.sink.report('double-booked', valueRangeAt(source.doc, here.ref.path), message, {
    data: { id: here.ref.id, otherUri: other.source.doc.uri },
    related: [{ uri: other.source.doc.uri, range: valueRangeAt(other.source.doc, other.ref.path), message: other.slotTitle }],
  });
}

function normalise(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `other` as seen from the folder of `from`: `apres.programme.yaml`, `../b/apres.programme.yaml`. */
function relativePath(from: string, other: string): string {
  const a = from.split('/').slice(0, -1);
  const b = other.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  if (common < 3) return decodeURIComponent(b[b.length - 1]!); // different schemes or hosts
  return decodeURIComponent([...Array(a.length - common).fill('..'), ...b.slice(common)].join('/'));
}
