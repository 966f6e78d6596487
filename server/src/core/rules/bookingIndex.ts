/**
 * The bookings of every programme of a set (a folder, a workspace), by person and date, kept
 * from one check of the set to the next: a programme is indexed again only when its model
 * changed (its text did), and only the person-dates it books, before or after, have their
 * overlaps computed again. Typing in one file of a workspace of 1,000 closed programmes
 * re-indexes that file, not the 1,000.
 */
import type { ProgrammeModel, Ref } from '../model/types';
import type { ParsedDocument } from '../parse';
import { overlapsAcrossSources, type Overlap } from './bookingOverlaps';
import { isTimed } from './slotPairs';

/** How many other programmes a warning names; it gives the count of the rest. */
export const NAMED_PROGRAMMES = 3;

export interface IndexedProgramme {
  uri: string;
  doc: ParsedDocument;
  model: ProgrammeModel;
}

/** A person's booking in a programme: a slot with known times on a dated day. */
interface OwnBooking {
  /** The person (name without case or extra spaces) and the date. */
  key: string;
  ref: Ref;
  date: number;
  start: number;
  end: number;
  slotTitle: string;
  name: string;
}

export interface Booking extends OwnBooking {
  source: IndexedProgramme;
}

/** The bookings of one person on one date, by programme, and what was computed from them. */
interface Group {
  members: Map<string, Booking[]>;
  overlaps: Overlap<Booking>[];
  /** What the overlaps render to, for the key (the language) they were rendered for. */
  rendered?: { key: string; value: unknown };
}

/** A programme's bookings, by its model (a programme that did not change keeps its model). */
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
      // A step's speaker is booked for the whole slot: a step's length is indicative, not its time.
      const involved = [
        ...slot.speakers,
        ...slot.tracks.flatMap((t) => [...(t.lead ? [t.lead] : []), ...t.speakers]),
        ...(slot.stepDetails ?? []).flatMap((step) => step.speakers),
      ];
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

function normalise(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const byUri = (a: IndexedProgramme, b: IndexedProgramme) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);

export class BookingIndex {
  private readonly programmes = new Map<string, { programme: IndexedProgramme; keys: Set<string> }>();
  private readonly groups = new Map<string, Group>();
  /** Groups whose bookings changed since their overlaps were computed. */
  private readonly dirty = new Set<Group>();
  /** Groups with at least one booking overlapped by another programme. */
  private readonly overlapping = new Set<Group>();

  /** The programmes of the set now: those added, changed or gone since the last call are (re)indexed. */
  update(programmes: readonly IndexedProgramme[]): void {
    const present = new Set<string>();
    for (const programme of programmes) {
      present.add(programme.uri);
      const known = this.programmes.get(programme.uri);
      if (known && known.programme.model === programme.model && known.programme.doc === programme.doc) continue;
      if (known) this.remove(programme.uri, known.keys);
      this.add(programme);
    }
    if (present.size === this.programmes.size) return;
    for (const [uri, known] of this.programmes) if (!present.has(uri)) this.remove(uri, known.keys);
  }

  /**
   * What every overlapped booking renders to (a warning), for `key` (what the rendering
   * depends on besides the bookings: the language). A person-date whose bookings did not
   * change since the last call, for the same key, gives back what it rendered then.
   */
  rendered<T>(key: string, render: (overlap: Overlap<Booking>) => T): T[] {
    for (const group of this.dirty) {
      group.overlaps = overlapsAcrossSources<IndexedProgramme, Booking>([...group.members.values()].flat(), NAMED_PROGRAMMES, byUri);
      delete group.rendered;
      if (group.overlaps.length > 0) this.overlapping.add(group);
      else this.overlapping.delete(group);
    }
    this.dirty.clear();
    const out: T[] = [];
    for (const group of this.overlapping) {
      if (group.rendered?.key !== key) group.rendered = { key, value: group.overlaps.map(render) };
      for (const item of group.rendered.value as T[]) out.push(item);
    }
    return out;
  }

  private add(programme: IndexedProgramme): void {
    const keys = new Set<string>();
    for (const own of ownBookings(programme.model)) {
      keys.add(own.key);
      let group = this.groups.get(own.key);
      if (!group) this.groups.set(own.key, (group = { members: new Map(), overlaps: [] }));
      const list = group.members.get(programme.uri);
      const booking = { ...own, source: programme };
      if (list) list.push(booking);
      else group.members.set(programme.uri, [booking]);
      this.dirty.add(group);
    }
    this.programmes.set(programme.uri, { programme, keys });
  }

  private remove(uri: string, keys: Set<string>): void {
    for (const key of keys) {
      const group = this.groups.get(key);
      if (!group) continue;
      group.members.delete(uri);
      if (group.members.size > 0) {
        this.dirty.add(group);
        continue;
      }
      this.groups.delete(key);
      this.dirty.delete(group);
      this.overlapping.delete(group);
    }
    this.programmes.delete(uri);
  }
}
