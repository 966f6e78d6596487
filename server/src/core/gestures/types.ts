/**
 * What every gesture of the preview (issue 19) is and gives back. A gesture names slots,
 * phases and milestones as the preview knows them (indices, not lines); its module computes
 * the text edits that make it from the analysis (every untouched line stays byte for byte),
 * or why it cannot be made, and a sentence for screen readers.
 *
 * The shapes mirror common/protocol.ts's (the core imports nothing outside itself);
 * test/unit/architecture/gestureShapes.test.ts fails to compile if the two drift apart.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import type { Messages } from '../messages';

export interface SlotRef {
  day: number;
  index: number;
}

/** A place between slots: before the slot at `index` of day `day` (`index` = the day's length: at its end). */
export interface SlotPlace {
  day: number;
  index: number;
}

/** A phase of a mission's Gantt: its index in `phases`, or in `workstreams[workstream].phases`. */
export interface PhaseRef {
  workstream?: number;
  index: number;
}

/** A milestone of a mission: its index in `milestones`, or in `workstreams[workstream].milestones`. */
export interface MilestoneRef {
  workstream?: number;
  index: number;
}

/** One gesture of the preview (issue 19). */
export type Gesture =
  /** Drag a slot to another place of its day or of another day; the times follow (pinned slots stay). */
  | { kind: 'move'; slot: SlotRef; to: SlotPlace }
  /** Drag a slot's lower edge: its new length in minutes (5-minute steps); `alone` (Alt): the following slots do not shift. */
  | { kind: 'resize'; slot: SlotRef; minutes: number; alone?: boolean }
  | { kind: 'rename'; slot: SlotRef; title: string }
  | { kind: 'setType'; slot: SlotRef; type: string }
  | { kind: 'duplicate'; slot: SlotRef }
  | { kind: 'delete'; slot: SlotRef }
  /** Mark a slot for the team (`visibility: team`) or back for everyone. */
  | { kind: 'setVisibility'; slot: SlotRef; visibility: 'public' | 'team' }
  /** The "+" between two slots: a new slot of `type` with its default length. */
  | { kind: 'insert'; at: SlotPlace; type: string }
  /** Drag a group from one track of a slot to another. */
  | { kind: 'moveGroup'; slot: SlotRef; group: string; fromTrack: number; toTrack: number }
  /** Drag a phase bar (`both`) or one of its edges on the Gantt, by whole months. */
  | { kind: 'movePhase'; phase: PhaseRef; months: number; edge: 'start' | 'end' | 'both' }
  /** Drag a milestone to another date (YYYY-MM-DD). */
  | { kind: 'moveMilestone'; milestone: MilestoneRef; date: string };

export type GestureOutcome = { edits: TextEdit[]; announce: string } | { refused: string };

/** One gesture's module: from the analysis of the document (its text, tree and model) and the messages of the asked language. */
export type GestureHandler<G extends Gesture> = (analysis: Analysis, gesture: G, m: Messages) => GestureOutcome;
