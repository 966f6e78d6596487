/**
 * `double-booked`, within one file: a person who leads or speaks in two tracks of the same
 * slot. The check across programmes is in doubleBookedAcrossFiles.ts.
 */
import type { ProgrammeModel, Ref } from '../model/types';
import type { ProgrammeRule } from './rule';

export const doubleBooked: ProgrammeRule = {
  code: 'double-booked',
  kind: 'programme',
  check(model, ctx) {
    for (const slot of model.slots) {
      if (slot.tracks.length < 2) continue;
      const trackOf = new Map<string, Ref>();
      for (const track of slot.tracks) {
        const inThisTrack = new Set<string>();
        for (const ref of [...(track.lead ? [track.lead] : []), ...track.speakers]) {
          if (inThisTrack.has(ref.id)) continue; // lead and speaker of one track is fine
          inThisTrack.add(ref.id);
          const earlier = trackOf.get(ref.id);
          if (!earlier) {
            trackOf.set(ref.id, ref);
            continue;
          }
          ctx.sink.report('double-booked', ctx.range(ref.path), ctx.m.doubleBookedTracks(displayName(model, ref.id)), {
            data: { id: ref.id, slotPath: slot.path },
            related: [{ uri: ctx.doc.uri, range: ctx.range(earlier.path), message: ref.id }],
          });
        }
      }
    }
  },
};

/** A person's name when the programme gives one, else their id in backquotes. */
export function displayName(model: ProgrammeModel, id: string): string {
  return model.people.find((p) => p.id === id)?.name ?? `\`${id}\``;
}
