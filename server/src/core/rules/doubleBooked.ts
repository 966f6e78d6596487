/**
 * `double-booked`, within one file: a person who leads or speaks in two tracks of the same
 * slot. The check across programmes is in doubleBookedAcrossFiles.ts.
 */
import type { ProgrammeModel, Ref } from '../model/types';
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'double-booked',
  severity: 'warning',
  files: 'programme',
  description: {
    en: 'A person booked in two places at the same time.',
    fr: 'Une personne retenue à deux endroits en même temps.',
  },
});

export const doubleBooked: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    for (const slot of model.slots) {
      if (slot.tracks.length < 2) continue;
      // Who is in each track (its lead and speakers, once), then the first track of each person.
      const first: Ref[] = [];
      for (const track of slot.tracks) {
        const inThisTrack: Ref[] = [];
        const add = (ref: Ref) => {
          if (!inThisTrack.some((r) => r.id === ref.id)) inThisTrack.push(ref); // lead and speaker of one track is fine
        };
        if (track.lead) add(track.lead);
        for (const ref of track.speakers) add(ref);
        for (const ref of inThisTrack) {
          const earlier = first.find((r) => r.id === ref.id);
          if (!earlier) {
            first.push(ref);
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
