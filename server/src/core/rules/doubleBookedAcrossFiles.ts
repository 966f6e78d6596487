/**
 * `double-booked` across the programmes checked together (a folder, a workspace): the same
 * person — same `name`, compared without case or extra spaces — involved (speaker, track
 * lead, track speaker, speaker of a step) in slots of two programmes that overlap on the
 * same date. One warning per booking: it names the other programme's slot when there is
 * one, else the first few other programmes and how many more (n programmes booking one
 * person at the same time give n warnings, each of bounded length, not n(n − 1)).
 */
import type { DiagnosticSink, ReportOptions } from '../diagnostics';
import { messagesFor } from '../messages';
import { valueRangeAt } from '../parse';
import { formatClock, formatDate } from '../time';
import type { Language, Range } from '../types';
import type { BookingIndex, Booking, IndexedProgramme } from './bookingIndex';
import type { Overlap } from './bookingOverlaps';

export { BookingIndex, type IndexedProgramme } from './bookingIndex';

interface Warning {
  uri: string;
  range: Range;
  message: string;
  options: ReportOptions;
}

/**
 * Reports, into the sink of each programme (by uri), the bookings that overlap a booking of
 * another programme of the index. Call `index.update` with the set first.
 */
export function checkBookingsAcrossFiles(index: BookingIndex, sinks: ReadonlyMap<string, DiagnosticSink>, language: Language): void {
  for (const w of index.rendered(language, (overlap) => render(overlap, language))) {
    sinks.get(w.uri)?.report('double-booked', w.range, w.message, w.options);
  }
}

function render({ booking: here, count, named, single }: Overlap<Booking>, language: Language): Warning {
  const m = messagesFor(language);
  const clock = (minutes: number) => formatClock(minutes, language === 'fr' ? 'h' : 'colon');
  const from = here.source;
  const message = single
    ? m.doubleBookedFiles(here.name, single.slotTitle, relativePath(from, single.source), clock(single.start), clock(single.end))
    : m.doubleBookedMany(
        here.name,
        clock(here.start),
        clock(here.end),
        dateText(here.date),
        named.map((b) => relativePath(from, b.source)),
        count - named.length,
      );
  return {
    uri: from.uri,
    range: rangeOf(here),
    message,
    options: {
      data: { id: here.ref.id, otherUri: named[0]!.source.uri, ...(count > 1 ? { otherCount: count } : {}) },
      related: named.map((b) => ({ uri: b.source.uri, range: rangeOf(b), message: b.slotTitle })),
    },
  };
}

/*
 * Every warning of a person-date is rendered again when one of its programmes changes (the
 * counts change): what does not depend on the other bookings is computed once.
 */

/** A booking's range (its own warning's, and the related location of others' warnings). */
const ranges = new WeakMap<Booking, Range>();

function rangeOf(booking: Booking): Range {
  let range = ranges.get(booking);
  if (!range) ranges.set(booking, (range = valueRangeAt(booking.source.doc, booking.ref.path)));
  return range;
}

let lastDate: { day: number; text: string } | undefined;

function dateText(day: number): string {
  if (lastDate?.day !== day) lastDate = { day, text: formatDate(day) };
  return lastDate.text;
}

/** A programme's URI in segments, and its folder's. */
const segments = new WeakMap<IndexedProgramme, string[]>();

function segmentsOf(programme: IndexedProgramme): string[] {
  let parts = segments.get(programme);
  if (!parts) segments.set(programme, (parts = programme.uri.split('/')));
  return parts;
}

/** `other` as seen from the folder of `from`: `apres.programme.yaml`, `../b/apres.programme.yaml`. */
function relativePath(from: IndexedProgramme, other: IndexedProgramme): string {
  const a = segmentsOf(from);
  const b = segmentsOf(other);
  const folder = a.length - 1;
  let common = 0;
  while (common < folder && common < b.length - 1 && a[common] === b[common]) common++;
  if (common < 3) return decodeURIComponent(b[b.length - 1]!); // different schemes or hosts
  return decodeURIComponent([...Array(folder - common).fill('..'), ...b.slice(common)].join('/'));
}
