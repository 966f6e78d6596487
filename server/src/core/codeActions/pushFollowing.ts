/**
 * When a fix makes a slot end later, the slots after it that day must make room: each one
 * starts no earlier than the previous one now ends (keeping its length), and the push stops
 * at the first slot that already fits (a gap absorbs it). Slots that follow the previous end
 * (`duration` alone) move by themselves; those with `end` alone get their end moved, so they
 * do not end before they start.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ProgrammeModel, Slot } from '../model/types';
import type { ParsedDocument } from '../parse';
import { MINUTES_PER_DAY, type TimeStyle } from '../time';
import { followingSlots } from './slotLookup';
import { retimeSlot } from './slotTimes';

/** The edits that make room after `slot` ending at `newEnd`; undefined when the day would run past midnight. */
export function pushFollowing(doc: ParsedDocument, model: ProgrammeModel, slot: Slot, newEnd: number, style: TimeStyle): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  let end = newEnd;
  for (const next of followingSlots(model, slot)) {
    if (next.start === undefined || next.end === undefined) break;
    const by = end - next.start;
    if (by <= 0) break;
    if (next.end + by > MINUTES_PER_DAY) return undefined;
    edits.push(...retimeSlot(doc, next, next.start + by, next.end + by, style));
    end = next.end + by;
  }
  return edits;
}
